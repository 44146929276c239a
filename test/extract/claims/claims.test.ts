import { describe, expect, it } from 'vitest';
import { Document } from '../../../src/document/index.js';
import { extractClaims } from '../../../src/extract/claims/index.js';
import { actorItems, article, casualtyItems, documentWithDates, emptyFound, HEADLINE, quoteItems, type DateSpec } from './found.js';

type Expected = Array<{ text?: string; date: string | null; inherited?: boolean }>;

const run = (text: string, dates: DateSpec[]) => {
  const { doc, found } = documentWithDates(text, dates);
  return extractClaims(doc, found);
};
const summary = (text: string, dates: DateSpec[]) =>
  run(text, dates).map((k) => ({ text: k.text, date: k.date?.value ?? null, ...(k.date?.inherited ? { inherited: true } : {}) }));

describe('dated claims', () => {
  const cases: Array<[string, string, DateSpec[], Expected]> = [
    ['a date in the main clause', 'Rebels seized the town of Marwa on Friday, a military spokesman said.', [{ text: 'Friday', value: '2025-03-07' }],
      [{ date: '2025-03-07' }]],
    ['one claim per dated clause', 'The agency opened its office in 2015, and closed it in 2022.', [{ text: '2015', value: '2015' }, { text: '2022', value: '2022' }],
      [{ text: 'The agency opened its office in 2015', date: '2015' }, { text: 'and closed it in 2022.', date: '2022' }]],
    ['a dated relative clause', 'The mission, which started patrolling in May 2023, now has 900 troops.', [{ text: 'May 2023', value: '2023-05' }],
      [{ date: '2023-05' }]],
    ['"since" bounds a state, not an event', 'Peacekeepers stationed in the valley since 2017 repelled an assault on Tuesday.',
      [{ text: '2017', value: '2017' }, { text: 'Tuesday', value: '2025-03-11' }], [{ date: '2025-03-11' }]],
    ['"since" through a noun phrase', 'In the heaviest rain since the founding of the city in 1890, three bridges collapsed.', [{ text: '1890', value: '1890' }],
      [{ date: null }]],
    ['the same date twice stays one claim', 'Talks opened on Monday and a deal was signed on Monday.',
      [{ text: 'Monday', value: '2025-03-10' }, { text: 'Monday', value: '2025-03-10', nth: 1 }], [{ date: '2025-03-10' }]],
    ['a date inside one clause does not split it', 'Envoys met in Geneva on 3 March 2025 at noon.',
      [{ text: '3 March 2025', value: '2025-03-03' }, { text: 'noon', value: '2025-03-03T12:00', type: 'TIME' }], [{ date: '2025-03-03' }]],
    ['a reported clause has its own date', 'The monitor said on Friday that gunmen had burned the mill in 2019.',
      [{ text: 'Friday', value: '2025-03-07' }, { text: '2019', value: '2019' }],
      [{ text: 'The monitor said on Friday', date: '2025-03-07' }, { text: 'that gunmen had burned the mill in 2019.', date: '2019' }]],
    ['a range is not cut at its "and"', 'Rebels held the pass between 4 May and 9 May 2024.', [{ text: '4 May', value: '2024-05-04' }, { text: '9 May 2024', value: '2024-05-09' }],
      [{ date: '2024-05-04' }]],
    ['"and" between nouns does not open a clause', 'The envoy said on Friday that police and army units had cleared the camp in 2019.',
      [{ text: 'Friday', value: '2025-03-07' }, { text: '2019', value: '2019' }],
      [{ text: 'The envoy said on Friday', date: '2025-03-07' }, { text: 'that police and army units had cleared the camp in 2019.', date: '2019' }]],
    ['the main clause dates a sentence whose relative clause has another date', 'The council that took office in 2021 dissolved itself in 2024.',
      [{ text: '2021', value: '2021' }, { text: '2024', value: '2024' }], [{ date: '2024' }]],
    ['a time and a date of the same day stay one claim', 'The blast hit the depot at 3 a.m., on Tuesday.',
      [{ text: '3 a.m.', value: '2025-03-11T03:00', type: 'TIME' }, { text: 'Tuesday', value: '2025-03-11' }], [{ date: '2025-03-11T03:00' }]],
    ['a wire dateline\'s date is the filing date', 'KIGALI, May 3 (AFP) - Floods swept away a bridge near the border on Friday, officials said.',
      [{ text: 'May 3', value: '2025-05-03' }, { text: 'Friday', value: '2025-05-02' }], [{ date: '2025-05-02' }]],
    ['"since" governs a clause too', 'Rebels shelled the port, the worst fighting since a truce took effect in July.',
      [{ text: 'July', value: '2024-07' }], [{ date: null }]],
    ['"since" beyond another clause does not govern', 'The group has ruled the valley since 2015 and attacked the dam in 2024.',
      [{ text: '2015', value: '2015' }, { text: '2024', value: '2024' }], [{ date: '2024' }]],
    ['durations and sets do not date a claim', 'The fighting lasted four days and resumed every week.',
      [{ text: 'four days', value: 'P4D', type: 'DURATION' }, { text: 'every week', value: 'P1W', type: 'SET' }], [{ date: null }]],
    ['an unresolved date gives a null value', 'The convoy was ambushed a day after the talks.', [{ text: 'a day after', value: null }], [{ date: null }]],
  ];
  it.each(cases)('%s', (_name, text, dates, expected) => {
    expect(summary(text, dates)).toMatchObject(expected);
    expect(run(text, dates)).toHaveLength(expected.length);
  });

  it('numbers claims k1.. and keeps text equal to its span', () => {
    const text = 'Rebels shelled Aroma on 2 March.\nThe army retook Aroma in 2024, and lost it in 2025.\n';
    const claims = run(text, [{ text: '2 March', value: 'XXXX-03-02' }, { text: '2024', value: '2024' }, { text: '2025', value: '2025' }]);
    expect(claims.map((k) => k.id)).toEqual(['k1', 'k2', 'k3']);
    for (const k of claims) {
      expect(k.text).toBe(k.span.text);
      expect([...HEADLINE + text].slice(k.span.start, k.span.end).join('')).toBe(k.text);
    }
    expect(claims.map((k) => k.span.line)).toEqual([3, 4, 4]);
  });

  it('matches dates by code points when the text has astral characters', () => {
    const text = 'Crowds 🙂🙂 gathered on Sunday. Police 🙂 dispersed them on Monday.\n';
    const claims = run(text, [{ text: 'Sunday', value: '2025-03-09' }, { text: 'Monday', value: '2025-03-10' }]);
    expect(claims.map((k) => k.date?.value)).toEqual(['2025-03-09', '2025-03-10']);
  });
});

describe('which sentences are claims', () => {
  const cases: Array<[string, string, string[]]> = [
    ['headline and byline are furniture', 'Floods hit coastal towns\n\nBy Jane Roe\n\nFloods swept through coastal towns, officials said.\n',
      ['Floods swept through coastal towns, officials said.']],
    ['a heading line is furniture', 'Storm damage in the north\n\nRelief workers reached the valley.\n\nAid pours in\n\nTrucks arrived with food.\n',
      ['Relief workers reached the valley.', 'Trucks arrived with food.']],
    ['a timestamp line is furniture', 'Storm damage in the north\n\nLast updated on 8 Nov 2024\n\nTrucks arrived with food.\n', ['Trucks arrived with food.']],
    ['questions are not claims', 'Toll rises in the valley\n\nNobody knows the toll. Who fired first?\n', ['Nobody knows the toll.']],
    ['a photo caption is a claim', 'Quake survivors wait for aid\n\nRescuers search the rubble in Hama, Syria, June 2, 2024. (Photo: Agency)\n', ['Rescuers search the rubble in Hama, Syria, June 2, 2024.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(extractClaims(new Document(text), emptyFound()).map((k) => k.text)).toEqual(expected);
  });
});

it('a caption without its full stop is a claim when it has a date', () => {
  const caption = 'Fishermen haul nets in Dakar, Senegal, on June 2, 2024 (Photo: Agency)';
  expect(summary(`${caption}\n\nAid pours in\n`, [{ text: 'June 2, 2024', value: '2024-06-02' }])).toEqual([{ text: caption, date: '2024-06-02' }]);
});

describe('inherited dates', () => {
  const cases: Array<[string, string, DateSpec[], Array<string | null>, boolean[]]> = [
    ['an event subject continues the event', 'Gunmen attacked a police post in Kotli on Sunday. The attack lasted two hours.',
      [{ text: 'Sunday', value: '2025-03-09' }], ['2025-03-09', '2025-03-09'], [false, true]],
    ['"It" after an event subject', 'The raid on the depot took place on Sunday. It destroyed four trucks.',
      [{ text: 'Sunday', value: '2025-03-09' }], ['2025-03-09', '2025-03-09'], [false, true]],
    ['"It" after an actor subject does not inherit', 'The ministry said on Sunday that talks had failed. It blamed the rebels.',
      [{ text: 'Sunday', value: '2025-03-09' }], ['2025-03-09', null], [false, false]],
    ['"later" moves to another time', 'The army shelled the ridge on Sunday. The shelling later spread to nearby villages.',
      [{ text: 'Sunday', value: '2025-03-09' }], ['2025-03-09', null], [false, false]],
    ['a consequence is a later event', 'Drones struck fuel depots on Sunday. The strikes triggered mass protests.',
      [{ text: 'Sunday', value: '2025-03-09' }], ['2025-03-09', null], [false, false]],
    ['a perfect tense sums up, not continues', 'The uprising began in 2011. The fighting has killed thousands.',
      [{ text: '2011', value: '2011' }], ['2011', null], [false, false]],
    ['a subject that is not the event', 'A bomb exploded in the market on Sunday. Residents heard it from miles away.',
      [{ text: 'Sunday', value: '2025-03-09' }], ['2025-03-09', null], [false, false]],
    ['another paragraph', 'A bomb exploded in the market on Sunday.\n\nThe explosion shattered windows.',
      [{ text: 'Sunday', value: '2025-03-09' }], ['2025-03-09', null], [false, false]],
    ['a sentence with its own unresolved date', 'The siege began on Sunday. The siege ended the previous week.',
      [{ text: 'Sunday', value: '2025-03-09' }, { text: 'the previous week', value: null }], ['2025-03-09', null], [false, false]],
  ];
  it.each(cases)('%s', (_name, text, dates, values, inherited) => {
    const claims = run(text, dates);
    expect(claims.map((k) => k.date?.value ?? null)).toEqual(values);
    expect(claims.map((k) => k.date?.inherited === true)).toEqual(inherited);
  });

  it('an inherited date points to the item that dates the event', () => {
    const claims = run('The attack on the convoy happened on Sunday. The attack left six dead.', [{ text: 'Sunday', value: '2025-03-09' }]);
    expect(claims[1]!.date).toEqual({ id: 'd1', value: '2025-03-09', inherited: true });
  });
});

describe('hedged', () => {
  const cases: Array<[string, boolean]> = [
    ['Militants reportedly seized the town.', true],
    ['The town may fall within days.', true],
    ['Talks are expected to resume next week.', true],
    ['The group claimed the bombing.', true],
    ['Officials said the attackers were likely foreign fighters.', true],
    ['Troops seized the town.', false],
    ['Elections were held in May.', false],
  ];
  it.each(cases)('%s → %s', (text, hedged) => {
    expect(extractClaims(article(text), emptyFound())[0]?.hedged).toBe(hedged);
  });
});

describe('links', () => {
  it('lists the actors, quotes and casualties inside each claim', () => {
    const text = 'Rebels of the Delta Front killed 12 soldiers on Monday. The army vowed revenge, saying “they will pay”.\n';
    const doc = article(text);
    const found = {
      ...emptyFound(),
      actors: actorItems(doc, [{ name: 'Delta Front', kind: 'group' }, { name: 'army' }]),
      quotes: quoteItems(doc, ['they will pay']),
      casualties: casualtyItems(doc, [{ text: '12 soldiers', outcome: 'killed', low: 12, victims: 'soldiers' }]),
    };
    const claims = extractClaims(doc, found);
    expect(claims.map((k) => ({ actors: k.actors, quotes: k.quotes, casualties: k.casualties }))).toEqual([
      { actors: ['a1'], quotes: [], casualties: ['c1'] },
      { actors: ['a2'], quotes: ['q1'], casualties: [] },
    ]);
  });
});

describe('sources of dated clauses', () => {
  const sources = (text: string, dates: DateSpec[]) => run(text, dates).map((k) => [k.date?.value ?? null, k.source?.name ?? null]);

  it.each([
    ['the clause before the date reports it', 'Morovia denies arming the rebels, though independent monitors said in a report last May that 2,000 soldiers were there.',
      [{ text: 'last May', value: '2024-05' }], [['2024-05', 'independent monitors']]],
    ['an inverted clause after the date reports it', 'The council will meet on Friday, a council member said, and the bloc will take up the crisis next week, two diplomats said.',
      [{ text: 'Friday', value: '2025-03-14' }, { text: 'next week', value: '2025-W12' }], [['2025-03-14', 'council member'], ['2025-W12', 'diplomats']]],
    ['a record names its compiler', 'In 2023, more than 1,700 people were abducted in the state, according to data compiled by Delta Analytics, a research firm.',
      [{ text: '2023', value: '2023' }], [['2023', 'Delta Analytics']]],
    ['a reported clause with its own date keeps the sentence source', 'The monitor said on Friday that gunmen had burned the mill in 2019.',
      [{ text: 'Friday', value: '2025-03-07' }, { text: '2019', value: '2019' }], [['2025-03-07', 'monitor'], ['2019', 'monitor']]],
  ] as Array<[string, string, DateSpec[], Array<[string, string]>]>)('%s', (_name, text, dates, expected) => {
    expect(sources(text, dates)).toEqual(expected);
  });
});
