// Factiva exports: short articles written for this project in Factiva's field-code
// layout (codes alone on their line or before the value, LP/TD body, AN closing).
import { describe, expect, it } from 'vitest';
import { allSpans, type DocumentResult } from '../../src/schema/result.js';
import { documents, dumpFixture, expectSpansInFile, expectSpansWithin, resultsOf } from './dumpHelpers.js';

describe('Factiva export', async () => {
  const path = dumpFixture('factiva.txt');
  const results = await resultsOf(path, 'factiva');

  it('gives one result per article with the accession number as source.id', () => {
    expect(results.map((r) => [r.source.record, r.source.id, 'error' in r ? r.error.code : r.source.lines])).toEqual([
      [1, 'VALOBS0020240807ek870001', [1, 22]],
      [2, 'NMW0000020240809ek890002', [24, 34]],
      [3, 'COMDLY0020240810ek8a0003', [36, 43]],
      [4, 'COMDLY0020240812ek8c0004', 'EEMPTY'],
      [5, undefined, [51, 58]],
    ]);
  });

  it('reads HD, BY, PD, SN, SE and WC into the metadata', () => {
    expect((results[0] as DocumentResult).metadata).toEqual({
      title: 'Wildfire forces evacuation of hill towns',
      byline: 'Nadia Ferro',
      published: '2024-08-07',
      referenceDate: '2024-08-07',
      referenceDateSource: 'published',
      // Factiva has no dateline field: the body's own dateline is read from the text.
      dateline: { place: 'CASTELLO', agency: 'Valley Wire' },
      outlet: 'The Valley Observer',
      section: 'World',
      wordCount: 104,
    });
    expect((results[1] as DocumentResult).metadata).toMatchObject({ title: 'Mine collapse traps workers in Redhill', byline: null, published: '2024-08-09', outlet: 'Northern Mining Weekly' });
  });

  it('takes items from LP and TD only, with spans in the export file', () => {
    const [first, second] = documents(results);
    expectSpansWithin(first!, [12, 18]);
    expectSpansWithin(second!, [29, 32]);
    for (const result of documents(results)) expectSpansInFile(result, path);
    expect(first!.casualties.map((c) => [c.outcome, c.count.low, c.span.line])).toEqual([['injured', 4, 14]]);
  });

  it('leaves field codes before text out of the analysis: no "TD" or "LP" item', () => {
    const second = results[1] as DocumentResult;
    expect(second.actors.map((a) => a.name)).not.toContain('TD');
    expect(allSpans(second).some((s) => /^(?:LP|TD)\b/.test(s.text))).toBe(false);
    expect(second.casualties.map((c) => [c.outcome, c.count.low, c.span.line, c.span.column])).toEqual([['killed', 2, 30, 5]]);
  });

  it('warns of an unreadable PD and of an article the export cuts (no AN)', () => {
    expect((results[2] as DocumentResult).warnings.map((w) => w.code)).toEqual(['EDATE']);
    expect((results[2] as DocumentResult).metadata.referenceDate).toBeNull();
    expect((results[4] as DocumentResult).warnings.map((w) => w.code)).toEqual(['TRUNCATED']);
  });
});
