import { describe, expect, it } from 'vitest';
import { readQuantity } from '../../../src/extract/casualties/quantity.js';
import { wordsOf } from '../../../src/extract/casualties/words.js';

const read = (text: string) => {
  const q = readQuantity(wordsOf(text, 0), 0);
  return q && { low: q.low, high: q.high, approximate: q.approximate };
};

describe('readQuantity', () => {
  const cases: Array<[string, number | null, number | null, boolean?]> = [
    ['7 villagers', 7, 7],
    ['1,200 people', 1200, 1200],
    ['1.5 million people', 1500000, 1500000],
    ['3 million', 3000000, 3000000],
    ['forty-one people', 41, 41],
    ['Thirty-two people', 32, 32],
    ['eleven', 11, 11],
    ['two hundred and sixty', 260, 260],
    ['a hundred people', 100, 100],
    ['a dozen people', 12, 12],
    ['three dozen', 36, 36],
    ['half a dozen', 6, 6],
    ['several guards', 3, null],
    ['dozens of guards', 24, null],
    ['scores of people', 40, null],
    ['hundreds of families', 200, null],
    ['thousands of people', 2000, null],
    ['tens of thousands of people', 20000, null],
    ['hundreds of thousands', 200000, null],
    ['30-35 people', 30, 35],
    ['30–35 people', 30, 35],
    ['between 40 and 45 people', 40, 45],
    ['40 to 45 people', 40, 45],
    ['four or five people', 4, 5],
    ['more than 300', 301, null],
    ['over 300', 301, null],
    ['at least 31', 31, null],
    ['nearly 300', null, 299],
    ['almost 50', null, 49],
    ['up to 60', null, 60],
    ['as many as 60', null, 60],
    ['about 120', 120, 120, true],
    ['around 120', 120, 120, true],
    ['some 120', 120, 120, true],
    ['roughly 120', 120, 120, true],
    ['an estimated 3,500', 3500, 3500, true],
    ['more than a dozen', 13, null],
    ['nearly a dozen', null, 11],
    ['some three million', 3000000, 3000000, true],
  ];
  it.each(cases)('%s → %s/%s', (text, low, high, approximate = false) => {
    expect(read(text)).toEqual({ low, high, approximate });
  });

  it.each(['people', 'a man', '12.5 km', 'the', 'over the weekend', 'between them'])('%s is not a figure', (text) => {
    expect(read(text)).toBeNull();
  });
});
