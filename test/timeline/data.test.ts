import { describe, expect, it } from 'vitest';
import { TIMELINE_WORD_LISTS } from '../../src/timeline/words.js';

describe('timeline word lists', () => {
  it.each(Object.entries(TIMELINE_WORD_LISTS))('%s loads and has no duplicates', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list).size).toBe(list.length);
    expect(list.every((w) => w === w.toLowerCase().trim() && w.length > 0)).toBe(true);
  });
});
