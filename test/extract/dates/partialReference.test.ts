// A reference date without a year, from a dateline such as "MOSUL, Nov 4 (Wire) -": days and
// months keep XXXX, what needs the year (weekdays, weeks, years) stays null.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/index.js';
import { extractDates } from '../../../src/extract/dates/index.js';

const valuesOf = (body: string, dateline = 'MOSUL, Nov 4 (Wire) - ') => {
  const doc = createDocument(`Troops push into the old city\n\n${dateline}${body}`);
  return { source: doc.referenceDateSource, reference: doc.referenceDate, values: extractDates(doc).map((d) => [d.text, d.value]) };
};

describe('a partial reference date from a yearless dateline', () => {
  it.each<[string, string, string | null]>([
    ['this month', 'Troops expect to reach the river this month.', 'XXXX-11'],
    ['last month', 'The offensive began last month.', 'XXXX-10'],
    ['yesterday', 'Officers said the bridge fell yesterday.', 'XXXX-11-03'],
    ['this morning', 'Shelling resumed this morning.', 'XXXX-11-04TMO'],
    ['a yearless day in the past', 'The offensive began on October 17, officers said.', 'XXXX-10-17'],
    ['a month in the past', 'The offensive began in October, officers said.', 'XXXX-10'],
    ['on Friday', 'Forces advanced on Friday, officers said.', null],
    ['last week', 'Forces advanced last week, officers said.', null],
    ['last year', 'The city fell last year.', null],
    ['two years ago', 'The city fell two years ago.', null],
  ])('%s', (_name, body, value) => {
    const found = valuesOf(body);
    expect(found).toMatchObject({ source: 'dateline', reference: 'XXXX-11-04' });
    expect(found.values.at(-1)?.[1]).toBe(value);
  });

  it('crosses the year back from January without inventing one', () => {
    expect(valuesOf('The offensive began last month.', 'KABUL, Jan 12 - ').values.at(-1)).toEqual(['last month', 'XXXX-12']);
  });

  it('keeps explicit dates with their year', () => {
    expect(valuesOf('The city fell on 17 October 2016.').values.at(-1)).toEqual(['17 October 2016', '2016-10-17']);
  });

  it('gives way to a publication date', () => {
    const doc = createDocument('Troops push into the old city\nPublished: 5 November 2016\n\nMOSUL, Nov 4 (Wire) - Forces advanced on Friday.');
    expect(doc).toMatchObject({ referenceDate: '2016-11-05', referenceDateSource: 'published' });
  });
});
