// Page shapes from many outlets' layouts (texts written for the project, fixtures/pages):
// headline, byline, publication and reference date, and the furniture lines left unread.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../../src/index.js';
import type { DocumentResult } from '../../src/schema/result.js';

interface PageShape {
  file: string;
  layout: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  referenceDate: string | null;
  referenceDateSource: string;
  skipped: number[];
}

const dir = path.resolve(__dirname, '../../fixtures/pages');
const shapes = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as PageShape[];
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const results = new Map<string, DocumentResult>();
const resultOf = (file: string) => {
  if (!results.has(file)) results.set(file, extract(read(file), { path: file }));
  return results.get(file)!;
};

/** Every span an item carries, with the item's kind. */
function itemLines(result: DocumentResult): Array<{ kind: string; line: number }> {
  const out: Array<{ kind: string; line: number }> = [];
  for (const actor of result.actors) for (const m of actor.mentions) out.push({ kind: 'actor', line: m.line });
  for (const kind of ['dates', 'quotes', 'casualties', 'claims'] as const) {
    for (const item of result[kind]) out.push({ kind, line: item.span.line });
  }
  return out;
}

describe('page shapes', () => {
  it('has at least 40 shapes', () => {
    expect(shapes.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(shapes)('$file ($layout)', (shape) => {
    it('reads title, byline, published and reference date', () => {
      const { title, byline, published, referenceDate, referenceDateSource } = resultOf(shape.file).metadata;
      expect({ title, byline, published, referenceDate, referenceDateSource }).toEqual({
        title: shape.title,
        byline: shape.byline,
        published: shape.published,
        referenceDate: shape.referenceDate,
        referenceDateSource: shape.referenceDateSource,
      });
    });

    it('skips the furniture lines, each with a reason, and takes no item from them', () => {
      const result = resultOf(shape.file);
      expect(result.skipped.map((s) => s.line)).toEqual(shape.skipped);
      for (const s of result.skipped) expect(s.reason).toMatch(/^(?:boilerplate: |duplicate of line )/);
      const skipped = new Set(shape.skipped);
      expect(itemLines(result).filter(({ line }) => skipped.has(line))).toEqual([]);
    });
  });
});

describe('the machine clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is never read: results are the same at any system time, and undated pages keep relative dates unresolved', () => {
    const files = ['lede-only.txt', 'wire-yearless-mosul.txt', 'caption-date-top.txt'];
    const at = (iso: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(iso));
      const out = files.map((f) => extract(read(f), { path: f }));
      vi.useRealTimers();
      return out;
    };
    const early = at('2001-01-01T00:00:00Z');
    expect(at('2033-07-15T12:00:00Z')).toEqual(early);
    const weekdays = early.flatMap((r) => r.dates).filter((d) => /^(?:on )?(?:Sunday|Friday)$/.test(d.text));
    expect(weekdays.length).toBeGreaterThan(0);
    for (const d of weekdays) expect(d.value).toBeNull();
  });
});
