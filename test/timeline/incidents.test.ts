// The timeline built from full extractions: reports of one incident in several articles
// merge by date, place and victims, and their figures are listed per source.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { buildTimeline } from '../../src/timeline/index.js';

const article = (path: string, text: string) => extract(text, { path, referenceDate: '2025-06-15' });

const police = article('a.txt', 'Gunmen kill 12 in Plateau village\n\nGunmen killed 12 villagers in Bokkos on Tuesday, police said.\n\nThe attack came a year after a raid on the same district killed 100 people.\n');
const residents = article('b.txt', 'Plateau villagers bury their dead\n\nResidents said 20 villagers were killed in Bokkos on Tuesday when gunmen stormed the village.\n');
const elsewhere = article('c.txt', 'Bandits strike Zamfara\n\nBandits killed 7 villagers in Maru on Tuesday, officials said.\n');

describe('timeline of incidents', () => {
  it('one incident reported by two articles is one event, its figures listed per source as a conflict', () => {
    const events = buildTimeline([police, residents]).events;
    const event = events.find((e) => e.reports.length === 2)!;
    expect(event.date).toBe('2025-06-10');
    expect(event.reports.map((r) => [r.path, r.incident, r.scope])).toEqual([['a.txt', 'i1', 'incident'], ['b.txt', 'i1', 'incident']]);
    expect(event.conflicts).toHaveLength(1);
    expect(event.conflicts[0]!.figures.map((f) => [f.path, f.low, f.source])).toEqual([['a.txt', 12, 'police'], ['b.txt', 20, 'Residents']]);
  });

  it('an incident is one report, not one per claim', () => {
    const reports = buildTimeline([police]).events.flatMap((e) => e.reports);
    expect(reports.filter((r) => r.incident === 'i1')).toHaveLength(1);
  });

  it('incidents at other places on the same day stay apart', () => {
    const events = buildTimeline([police, elsewhere]).events;
    expect(events.every((e) => e.reports.length === 1)).toBe(true);
  });
});
