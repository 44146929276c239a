// Every word list loads, is non-empty and has no duplicates (case-insensitive).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(import.meta.dirname, '../../../src/extract/dates/data');
const files = [...fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f)), ...['months.json', 'weekdays.json'].map((f) => path.resolve(import.meta.dirname, '../../../src/lexicon/data', f))];

/** Every list in a JSON value: arrays, and the keys of objects. */
function lists(value: unknown, where: string): Array<[string, string[]]> {
  if (Array.isArray(value)) return [[where, value.map(String)]];
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const nested = entries.flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? lists(v, `${where}.${k}`) : Array.isArray(v) && typeof v[0] === 'string' ? lists(v, `${where}.${k}`) : []));
    return [[where, entries.map(([k]) => k)], ...nested];
  }
  return [];
}

describe('dates data lists', () => {
  it('finds the data files', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
  for (const file of files) {
    it(`${path.basename(file)} loads, is non-empty and has no duplicates`, () => {
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      const found = lists(data, path.basename(file));
      expect(found.length).toBeGreaterThan(0);
      for (const [where, list] of found) {
        expect(list.length, where).toBeGreaterThan(0);
        const lower = list.map((w) => w.toLowerCase());
        const dupes = lower.filter((w, i) => lower.indexOf(w) !== i);
        expect(dupes, where).toEqual([]);
      }
    });
  }
});
