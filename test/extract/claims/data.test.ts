import { describe, expect, it } from 'vitest';
import { WORD_LISTS } from '../../../src/extract/claims/rules/wordLists.js';

describe('claim word lists', () => {
  it.each(Object.entries(WORD_LISTS))('%s loads and has no duplicates', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    const lower = list.map((w) => w.toLowerCase().trim());
    expect(new Set(lower).size).toBe(lower.length);
    expect(lower.every((w) => w.length > 0)).toBe(true);
  });
});
