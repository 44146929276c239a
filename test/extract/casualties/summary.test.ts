import { describe, expect, it } from 'vitest';
import { summarizeCasualties } from '../../../src/extract/casualties/index.js';
import type { Casualty } from '../../../src/schema/result.js';
import { body, summaryOf } from './helpers.js';

describe('summary of a text', () => {
  const rows: Array<[string, Record<string, { low: number | null; high: number | null }>]> = [
    ['A bomb killed 5 people and wounded 12. Two more died later.', { killed: { low: 7, high: 7 }, injured: { low: 12, high: 12 } }],
    ['Gunmen killed three villagers; the attackers were also killed.', { killed: { low: 3, high: 3 } }],
    ['The blast killed the driver and two passengers.', { killed: { low: 3, high: 3 } }],
    ['A policeman was killed at the checkpoint.', { killed: { low: 1, high: 1 } }],
    ['The raid killed at least 14 people, including 6 children.', { killed: { low: 14, high: null } }],
    ['Eleven rebels and four soldiers were killed.', { killed: { low: 15, high: 15 } }],
    ['A suicide bomber detonated his vest, killing himself and 9 others.', { killed: { low: 10, high: 10 } }],
    ['Nearly 40 people were wounded.', { injured: { low: null, high: 39 } }],
    ['No casualties were reported.', {}],
    ['Gunmen killed 8 farmers. The 8 farmers were buried on Sunday after the 8 farmers killed were named.', { killed: { low: 8, high: 8 } }],
    ['The insurgency has killed more than 6,000 people. On Monday, militants killed 4 soldiers.', { killed: { low: 4, high: 4 } }],
    ['The insurgency has killed more than 6,000 people since 2012.', { killed: { low: 6001, high: null } }],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(summaryOf(body(text))).toEqual(expected);
  });

  it('a headline repeating the body is counted once', () => {
    expect(summaryOf('Gunmen kill 9 in northern village\n\nGunmen killed 9 farmers in the village on Monday.')).toEqual({ killed: { low: 9, high: 9 } });
  });
  it('a headline counts when the body gives no figure', () => {
    expect(summaryOf('Gunmen kill 9 in northern village\n\nThe attack happened on Monday.')).toEqual({ killed: { low: 9, high: 9 } });
  });
  it('a first line that is a full sentence is not a headline', () => {
    expect(summaryOf('Gunmen killed 9 farmers on Monday.\nTwo more died later.')).toEqual({ killed: { low: 11, high: 11 } });
  });
});

const item = (id: string, low: number | null, high: number | null, victims: string | null, source: string | null, extra: Partial<Casualty> = {}): Casualty => ({
  id, outcome: 'killed', count: { low, high, text: String(low), approximate: false }, victims, victimActor: null,
  source: source ? { name: source, actor: null } : null, date: null, partOf: null, scope: 'event',
  span: { start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 1, text: 'x' }, ...extra,
});

describe('summarizeCasualties on items', () => {
  it('of competing figures for the same victims from different sources, the most conservative counts', () => {
    expect(summarizeCasualties([item('c1', 12, 12, 'civilians', 'rescuers'), item('c2', 15, 15, null, 'monitor')])).toEqual({ killed: { low: 12, high: 12 } });
  });
  it('competing claims about different victims are both counted', () => {
    const items = [item('c1', 5, 5, 'Northern soldiers', 'army'), item('c2', 2, 2, 'Eastern soldiers', 'rebels'), item('c3', 3, 3, 'Western soldiers', 'army')];
    expect(summarizeCasualties(items).killed).toEqual({ low: 10, high: 10 });
  });
  it('two sources on the same soldiers: the lower figure', () => {
    const items = [item('c1', 5, 5, 'Indian soldiers', 'army A'), item('c2', 1, 1, 'Indian soldier', 'army B')];
    expect(summarizeCasualties(items).killed).toEqual({ low: 1, high: 1 });
  });
  it('figures from the same source are added', () => {
    expect(summarizeCasualties([item('c1', 5, 5, 'people', 'police'), item('c2', 2, 2, 'people', 'police')]).killed).toEqual({ low: 7, high: 7 });
  });
  it('parts are not added', () => {
    expect(summarizeCasualties([item('c1', 10, null, 'people', null), item('c2', 4, 4, 'children', null, { partOf: 'c1' })]).killed).toEqual({ low: 10, high: null });
  });
  it('outcomes without figures are absent', () => {
    expect(summarizeCasualties([])).toEqual({});
  });
});

describe('summary of event descriptions', () => {
  const rows: Array<[string, number | null]> = [
    ['Gunmen fired on a patrol near the market. Four police officers were killed and two others were wounded.', 4],
    ['A bomber blew himself up at a bus stop, killing himself and 7 commuters.', 8],
    ['Raiders attacked a farm, killing a herder and his three sons.', 4],
    ['Four people, a teacher and three pupils, were shot dead in the classroom.', 4],
    ['A mine exploded under a truck. Three soldiers were killed. Two more soldiers died later in hospital.', 5],
    ['Six people died in the blast. A day later, another victim died of his injuries, bringing the death toll to 7.', 7],
    ['Shelling killed 14 villagers, among them 5 children. The rebels said 30 people had been killed.', 14],
    ['Bandits killed 5 farmers in the village. Soldiers later killed 3 of the bandits.', 8],
    ['Six members of one family were killed when a shell hit their home.', 6],
    ['Police killed several gang members after the gang killed 11 people.', 14],
    ['Fighters torched homes in the district. No casualties were reported.', null],
  ];
  it.each(rows)('%s → killed %s', (text, killed) => {
    expect(summaryOf(body(text)).killed?.low ?? null).toBe(killed);
  });
  it('the running total of a conflict does not add to the event it follows', () => {
    expect(summaryOf(body('Militants killed 3 soldiers on Monday. The war has killed 9,000 people and displaced one million since 2015.'))).toEqual({ killed: { low: 3, high: 3 }, displaced: { low: 1000000, high: 1000000 } });
  });
});
