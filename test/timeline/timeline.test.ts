import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { formatTimeline } from '../../src/timeline/output/format.js';
import { resultOf, type MiniArticle } from './articles.js';

// Two articles about the same days, told in different words.
const shellingA: MiniArticle = {
  path: 'a.txt',
  referenceDate: '2025-05-07',
  text: 'Shelling hits border town\n\nRebel artillery shelled the border town of Kelmar on Monday, killing 14 civilians, the regional governor said.\n\nOn 2 May, the Northern Alliance announced a truce with government forces.\n',
  dates: [{ text: 'Monday', value: '2025-05-05' }, { text: '2 May', value: '2025-05-02' }],
  actors: [{ name: 'Kelmar', kind: 'place' }, { name: 'Northern Alliance', kind: 'group' }],
  casualties: [{ text: '14 civilians', outcome: 'killed', low: 14, victims: 'civilians' }],
  casualtySources: { '14 civilians': 'regional governor' },
};
const shellingB: MiniArticle = {
  path: 'b.txt',
  referenceDate: '2025-05-08',
  text: 'Civilians die in Kelmar bombardment\n\nAt least 19 civilians were killed when rebels bombarded Kelmar on 5 May, according to a local hospital.\n\nThe Northern Alliance declared a ceasefire on Friday.\n',
  dates: [{ text: '5 May', value: '2025-05-05' }, { text: 'Friday', value: '2025-05-02' }],
  actors: [{ name: 'Kelmar', kind: 'place' }, { name: 'Northern Alliance', kind: 'group' }],
  casualties: [{ text: 'At least 19 civilians', outcome: 'killed', low: 19, high: null, victims: 'civilians' }],
  casualtySources: { 'At least 19 civilians': 'local hospital' },
};
// Same place, same day, another event.
const council: MiniArticle = {
  path: 'c.txt',
  referenceDate: '2025-05-07',
  text: 'Council passes budget\n\nOn 5 May, the Kelmar city council approved a new budget for schools.\n',
  dates: [{ text: '5 May', value: '2025-05-05' }],
  actors: [{ name: 'Kelmar', kind: 'place' }],
};
// No year known: "5 May" is XXXX-05-05, compatible with 2025-05-05.
const undatedYear: MiniArticle = {
  path: 'd.txt',
  referenceDate: null,
  text: 'Town mourns its dead\n\nFuneral prayers were held in Kelmar for civilians killed by rebel shelling on 5 May.\n\nThe Northern Alliance signed a separate truce on 1 March.\n',
  dates: [{ text: '5 May', value: 'XXXX-05-05' }, { text: '1 March', value: 'XXXX-03-01' }],
  actors: [{ name: 'Kelmar', kind: 'place' }, { name: 'Northern Alliance', kind: 'group' }],
};

const timelineOf = (...articles: MiniArticle[]) => buildTimeline(articles.map(resultOf));
const shape = (articles: MiniArticle[]) =>
  timelineOf(...articles).events.map((e) => ({ date: e.date, reports: e.reports.map((r) => `${r.path}:${r.line}`) }));

describe('timeline merging', () => {
  it('merges two articles that report the same events in different words', () => {
    expect(shape([shellingA, shellingB])).toEqual([
      { date: '2025-05-02', reports: ['a.txt:5', 'b.txt:5'] },
      { date: '2025-05-05', reports: ['a.txt:3', 'b.txt:3'] },
    ]);
  });

  it('does not merge different events on the same day', () => {
    expect(shape([shellingA, council])).toEqual([
      { date: '2025-05-02', reports: ['a.txt:5'] },
      { date: '2025-05-05', reports: ['a.txt:3'] },
      { date: '2025-05-05', reports: ['c.txt:3'] },
    ]);
  });

  it('does not merge the same kind of event on different days', () => {
    const otherDay = { ...shellingB, path: 'e.txt', dates: [{ text: '5 May', value: '2025-05-04' }, { text: 'Friday', value: '2025-05-01' }] };
    expect(shape([shellingA, otherDay]).every((e) => e.reports.length === 1)).toBe(true);
  });

  it('links reports through capitalised names when no actor was extracted', () => {
    const withoutActors = (a: MiniArticle): MiniArticle => ({ ...a, actors: [] });
    expect(shape([withoutActors(shellingA), withoutActors(shellingB)]).find((e) => e.date === '2025-05-02')!.reports).toEqual(['a.txt:5', 'b.txt:5']);
  });

  it('merges a date without a year into the dated event and keeps the year', () => {
    const events = shape([shellingA, undatedYear]);
    expect(events).toContainEqual({ date: '2025-05-05', reports: ['a.txt:3', 'd.txt:3'] });
  });

  it('orders dated events, then events without a year by month and day, then unresolved', () => {
    const unresolved: MiniArticle = {
      path: 'f.txt', referenceDate: null, text: 'Talks stall again\n\nEnvoys left Kelmar earlier this week.\n', dates: [{ text: 'earlier this week', value: null }],
    };
    expect(shape([unresolved, undatedYear, shellingA]).map((e) => e.date)).toEqual(['2025-05-02', '2025-05-05', 'XXXX-03-01', null]);
  });
});

describe('timeline casualties and conflicts', () => {
  it('lists each report\'s figures and the figures that disagree', () => {
    const event = timelineOf(shellingA, shellingB).events.find((e) => e.date === '2025-05-05')!;
    expect(event.casualties.map((c) => [c.path, c.line, c.outcome, c.low, c.high, c.source])).toEqual([
      ['a.txt', 3, 'killed', 14, 14, 'regional governor'],
      ['b.txt', 3, 'killed', 19, null, 'local hospital'],
    ]);
    expect(event.conflicts).toHaveLength(1);
    expect(event.conflicts[0]!.outcome).toBe('killed');
    expect(event.conflicts[0]!.figures.map((f) => f.low)).toEqual([14, 19]);
  });

  it('does not report a conflict between figures about different victims', () => {
    const soldiers = { ...shellingB, path: 's.txt', text: shellingB.text.replace('19 civilians', '19 soldiers'), casualties: [{ text: 'At least 19 soldiers', outcome: 'killed' as const, low: 19, high: null, victims: 'soldiers' }] };
    const event = timelineOf(shellingA, soldiers).events.find((e) => e.date === '2025-05-05' && e.reports.length === 2)!;
    expect(event.conflicts).toEqual([]);
  });
});

describe('timeline formats', () => {
  const timeline = timelineOf(shellingA, shellingB);

  it('json is { events: [...] } and jsonl one event per line', () => {
    expect(Object.keys(JSON.parse(formatTimeline(timeline, 'json', { color: false })))).toEqual(['events']);
    const lines = formatTimeline(timeline, 'jsonl', { color: false }).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).date)).toEqual(['2025-05-02', '2025-05-05']);
  });

  it('pretty lists file:line under each entry, without colour codes when asked', () => {
    const text = formatTimeline(timeline, 'pretty', { color: false });
    expect(text).toContain('a.txt:3');
    expect(text).toContain('b.txt:3');
    expect(text).toMatch(/^2025-05-02 /m);
    expect(text).not.toMatch(/\u001b\[/);
    expect(formatTimeline(timeline, 'pretty', { color: true })).toMatch(/\u001b\[/);
  });

  it('csv has one row per report, quoted per RFC 4180', () => {
    const csv = formatTimeline(timeline, 'csv', { color: false });
    const rows = csv.split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(1 + 4);
    expect(rows[0]).toBe('event,date,summary,path,line,source,report_date,hedged,claim,conflicts,incident,scope');
    expect(rows[3]).toContain('"Rebel artillery shelled the border town of Kelmar on Monday, killing 14 civilians, the regional governor said."');
  });
});
