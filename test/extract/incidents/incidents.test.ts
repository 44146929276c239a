// Incidents on articles written for these tests, one per shape the issue names, and
// the background and split rules as tables of composed sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import type { DocumentResult, Incident } from '../../../src/schema/result.js';
import { EVENT_SET } from './eventSet.js';

const REFERENCE = '2025-06-15';
const run = (text: string) => extract(text, { referenceDate: REFERENCE });
const killedOf = (i: Incident) => i.figures.killed ?? null;
const reported = (r: DocumentResult) => r.incidents.filter((i) => i.scope === 'incident');
const background = (r: DocumentResult) => r.incidents.filter((i) => i.scope === 'background');
const actorName = (r: DocumentResult, id: string | null) => r.actors.find((a) => a.id === id)?.name ?? null;

describe('articles of several shapes', () => {
  it('one incident: date, place, perpetrators, figures and claims', () => {
    const r = run('Attack on Borno village\n\nBoko Haram fighters killed five villagers and wounded three others in Kauri, Borno state, on Monday.');
    expect(r.incidents).toHaveLength(1);
    const [i] = r.incidents;
    expect(i!.scope).toBe('incident');
    expect(i!.date?.value).toBe('2025-06-09');
    expect(actorName(r, i!.place)).toBe('Kauri');
    expect(i!.actors.perpetrators.map((id) => actorName(r, id))).toEqual(['Boko Haram']);
    expect(i!.figures).toEqual({ killed: { low: 5, high: 5 }, injured: { low: 3, high: 3 } });
    expect(i!.casualties).toEqual(r.casualties.map((c) => c.id));
    expect(i!.claims.length).toBeGreaterThan(0);
    expect(r.summary.casualties).toEqual(i!.figures);
  });

  it('two incidents on different days are both counted', () => {
    const r = run('On Monday, gunmen killed 6 people in Zamfara.\n\nOn Wednesday, bandits killed 9 villagers in Katsina.');
    expect(reported(r).map((i) => [i.date?.value, killedOf(i)?.low])).toEqual([['2025-06-09', 6], ['2025-06-11', 9]]);
    expect(r.summary.casualties.killed).toEqual({ low: 15, high: 15 });
  });

  it('an incident and a running toll: the toll is background and not counted', () => {
    const r = run('Gunmen killed four farmers in Benue state on Friday. The violence between herders and farmers has killed more than 1,000 people this year.');
    expect(reported(r).map(killedOf)).toEqual([{ low: 4, high: 4 }]);
    expect(background(r).map(killedOf)).toEqual([{ low: 1001, high: null }]);
    expect(r.summary.casualties.killed).toEqual({ low: 4, high: 4 });
  });

  it('an incident and an anniversary: the recalled deaths are background', () => {
    const r = run("Police opened fire on protesters in Nairobi on Wednesday, killing 3 people. The protests mark the anniversary of last year's demonstrations, in which 60 people were killed.");
    expect(reported(r).map(killedOf)).toEqual([{ low: 3, high: 3 }]);
    expect(background(r).map(killedOf)).toEqual([{ low: 60, high: 60 }]);
    expect(r.summary.casualties.killed?.low).toBe(3);
  });

  it('competing claims by two sides: side by side, the most conservative counts, disputed', () => {
    const r = run('Al Shabaab militants attacked a military base in Middle Shabelle on Wednesday. The group claimed it killed 47 soldiers; the government said 10 soldiers and 30 militants died.');
    expect(r.incidents).toHaveLength(1);
    const [i] = r.incidents;
    expect(i!.disputed).toBe(true);
    expect(i!.figures.killed).toEqual({ low: 40, high: 40 });
    expect(i!.sources.map((s) => s.name)).toEqual(expect.arrayContaining(['Al Shabaab', 'government']));
    expect(r.casualties.filter((c) => c.count.low === 47 || c.count.low === 10).map((c) => c.source?.name)).toEqual(['Al Shabaab', 'government']);
  });

  it('a headline that repeats the body is one figure', () => {
    const r = run('Bomb kills 7 in Mogadishu\n\nA car bomb exploded outside a hotel in Mogadishu on Friday, killing 7 people.');
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]!.casualties).toHaveLength(2);
    expect(r.incidents[0]!.figures.killed).toEqual({ low: 7, high: 7 });
    expect(r.summary.casualties.killed).toEqual({ low: 7, high: 7 });
  });

  it('an updated toll replaces the earlier figure of the same event, whatever day it is reported', () => {
    const r = run("The death toll from Saturday's bombing in Kabul rose to 40 on Monday, officials said. On Saturday, officials had reported 25 dead.");
    expect(reported(r)).toHaveLength(1);
    expect(r.summary.casualties.killed).toEqual({ low: 40, high: 40 });
  });

  it('a side\'s claim about some of the victims is part of the article\'s overall toll', () => {
    const r = run('More than 70 people have been killed in the clashes.\n\nThe rebels claimed to have killed dozens of soldiers.');
    expect(r.summary.casualties.killed).toEqual({ low: 71, high: null });
    expect(r.incidents[0]!.disputed).toBe(false);
  });

  it('an article that only recalls gives background and an empty summary', () => {
    const r = run('The insurgency has killed more than 6,000 people since 2012.');
    expect(r.incidents.map((i) => i.scope)).toEqual(['background']);
    expect(r.summary.casualties).toEqual({});
  });

  it('no figures, no incidents', () => {
    expect(run('The talks resumed in Istanbul on Tuesday.').incidents).toEqual([]);
  });
});

/** killed.low per incident scope, in text order: "incident 5, background 300". */
const scopes = (text: string) => run(text).incidents.map((i) => `${i.scope} ${killedOf(i)?.low ?? '-'}`).join(', ');

describe('background rules', () => {
  const valid: Array<[string, string, string]> = [
    ['recalledEvent: "a year after"', 'A car bomb killed 20 people in Baghdad on Sunday. The attack came a year after a bombing in the same district killed 300 people.', 'incident 20, background 300'],
    ['recalledEvent: "since" before the figure', 'Rebels killed 10 people in Beni on Monday. It was the deadliest attack since an assault in the same area killed 40 people.', 'incident 10, background 40'],
    ['recalledEvent: a cue before the comma', 'Two years after the massacre of 80 villagers in Solhan, gunmen killed 5 people in the same town on Sunday.', 'background 80, incident 5'],
    ['recalledEvent: a relative clause takes the cue before it', 'Troops killed 2 protesters on Friday during the anniversary of the uprising, in which 90 people were killed.', 'incident 2, background 90'],
    ['earlierDate: another month', 'Bandits killed 9 people in Kebbi on Saturday. In March, gunmen killed 50 villagers in the same district.', 'incident 9, background 50'],
    ['earlierDate: last year', 'A roadside bomb killed 3 soldiers in Diyala on Monday. Last year a bomb killed 11 soldiers there.', 'incident 3, background 11'],
    ['runningTotal: a subject with a parenthesis', 'Shelling killed 24 civilians on Tuesday. The war, now in its third year, has killed tens of thousands of people.', 'incident 24, background 20000'],
    ['runningTotal: since a date', 'Airstrikes killed 25 people on Thursday. More than 40,000 people have been killed since October 2023.', 'incident 25, background 40001'],
  ];
  it.each(valid)('%s', (_name, text, expected) => {
    expect(scopes(text)).toBe(expected);
  });

  const invalid: Array<[string, string, string]> = [
    ['"after" alone is the event itself', 'Five people were killed after gunmen stormed a bar in Cauca on Saturday.', 'incident 5'],
    ['a date in the anchor\'s month', 'Gunmen killed 4 people on 12 June. Police said 2 more people died in hospital in June.', 'incident 6'],
    ['a later day is not background', 'Gunmen killed 4 people on Monday. On Tuesday, a bomb killed 3 soldiers in the capital.', 'incident 4, incident 3'],
    ['"since" after the figure belongs to the running-total scope only', 'Gunmen killed 4 people on Monday, the first attack in the town since 2019.', 'incident 4'],
    ['runningTotal: a count since a recent day is the event\'s toll', 'Clashes since Monday have killed 40 people in the town.', 'incident 40'],
    ['runningTotal: a count since a recent date is the event\'s toll', 'At least 40 people have been killed since 12 June in clashes in the town.', 'incident 40'],
    ['recalledEvent: "since" a recent day is no cue', 'The fighting since Tuesday killed 12 people in the town.', 'incident 12'],
  ];
  it.each(invalid)('%s', (_name, text, expected) => {
    expect(scopes(text)).toBe(expected);
  });
});

describe('split rules', () => {
  const rows: Array<[string, string, string]> = [
    ['anotherDay: two dated figures in one sentence', 'Militants killed 3 soldiers on Monday and 5 civilians on Wednesday in Tillaberi.', 'incident 3, incident 5'],
    ['saidSeparate: before the figure', 'Gunmen killed 6 people in Zamfara. In a separate attack, bandits killed 9 villagers in Katsina.', 'incident 6, incident 9'],
    ['saidSeparate: after the first figure of a sentence', 'Gunmen killed 6 people in Zamfara. Bandits killed 9 villagers in a separate attack in Katsina.', 'incident 6, incident 9'],
    ['saidSeparate: between two figures of a sentence', 'Gunmen killed 6 people in Zamfara, and in a separate raid bandits killed 9 villagers in Katsina.', 'incident 6, incident 9'],
    ['not separate: "separately" reporting the same figure', 'Gunmen killed 6 people in Zamfara. Police said 2 more people died later.', 'incident 8'],
    ['a state reported on a later day is the same incident', 'Gunmen killed 18 people in Kenscoff on Monday. Residents said 15 people were still missing on Wednesday.', 'incident 18'],
    ['a figure referred back to on a later day is the same incident', 'Armed men killed 8 guests at a wedding on Saturday. The 8 guests were buried on Sunday.', 'incident 8'],
    ['undated figures further on return to the lead incident', 'Insurgents beheaded six people in a village on Saturday.\n\nTroops killed 11 insurgents in a follow-up operation on Sunday.\n\nThe group said its fighters had killed 14 people in the village.', 'incident 6, incident 11'],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(scopes(text)).toBe(expected);
  });
});

describe('the event set (own GTD/ACLED-style descriptions)', () => {
  it.each(EVENT_SET.map((c) => [c.shape, c.text, c.killed] as const))('%s: %s', (_shape, text, killed) => {
    expect(run(text).summary.casualties.killed?.low ?? null).toBe(killed);
  });
});
