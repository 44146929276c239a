// Refiners and overlap resolution, seen through whole documents.
import { describe, expect, it } from 'vitest';
import { datesOf } from './helpers.js';

describe('dates refiners and spans', () => {
  it('merges a dateline date and its clock time into one TIME', () => {
    const [d] = datesOf('Reporter Desk | October 30, 2025 | 1:54 PM PKT\n\nTalks resumed.', null);
    expect(d).toMatchObject({ text: 'October 30, 2025 | 1:54 PM PKT', type: 'TIME', value: '2025-10-30T13:54' });
  });

  it('keeps "on 12 October at 2 p.m." as a date and a time on that date', () => {
    const found = datesOf('The attack began on 12 October at 2 p.m.', '2025-10-30');
    expect(found.map((d) => [d.text, d.value])).toEqual([['12 October', '2025-10-12'], ['2 p.m.', '2025-10-12T14:00']]);
  });

  it('prefers the longest expression', () => {
    const found = datesOf('Prices fell over the last month.', '2025-10-30');
    expect(found.map((d) => [d.text, d.type])).toEqual([['the last month', 'DURATION']]);
  });

  it('numbers items in text order and every span text equals the source', () => {
    const text = 'Title line\n\nOn 12 October the army attacked. Two days later, on Tuesday, it withdrew.\n';
    const found = datesOf(text, '2025-10-30');
    expect(found.map((d) => d.id)).toEqual(found.map((_, i) => `d${i + 1}`));
    for (const d of found) expect([...text].slice(d.span.start, d.span.end).join('')).toBe(d.text);
  });

  it('marks values computed from the reference date as relative', () => {
    const [absolute, relative] = datesOf('In 2021 and again last year, the talks failed.', '2025-10-30');
    expect(absolute!.relative).toBe(false);
    expect(relative!.relative).toBe(true);
  });

  it('keeps offsets right after astral characters', () => {
    const text = '😀😀 The strike came on Monday.';
    const [d] = datesOf(text, '2025-10-30');
    expect(d!.text).toBe('Monday');
    expect([...text].slice(d!.span.start, d!.span.end).join('')).toBe('Monday');
  });
});

describe('dateline timestamps', () => {
  it('joins "at" between date and time on a byline line only', () => {
    const text = 'Talks collapse in Doha\nBy Sam Reed | October 30, 2025 at 2:05 pm\n\nThe talks collapsed on 29 October at 2 p.m. local time.\n';
    const found = datesOf(text, null);
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['October 30, 2025 at 2:05 pm', '2025-10-30T14:05'],
      ['29 October', '2025-10-29'],
      ['2 p.m. local time', '2025-10-29T14:00'],
    ]);
  });
});
