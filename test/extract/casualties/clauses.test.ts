// Victims, sources, scopes and dates read per clause (own sentences): what incidents
// need from each figure.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { summarizeCasualties } from '../../../src/extract/casualties/index.js';
import { body } from './helpers.js';

const casualties = (sentence: string) => extract(body(sentence), { referenceDate: '2025-06-15' }).casualties;

describe('victims are the noun phrase and nothing after it', () => {
  const rows: Array<[string, string]> = [
    ['Gunmen killed 3 people late on Friday in the town.', 'people'],
    ['A strike killed 5 people overnight.', 'people'],
    ['Shelling killed 4 civilians early on Monday.', 'civilians'],
    ['Gunmen killed 6 villagers there, police said.', 'villagers'],
    ['Gunmen killed 7 people Sunday night in the market.', 'people'],
    ['The raid killed 2 members of a local militia yesterday.', 'members of a local militia'],
  ];
  it.each(rows)('%s', (sentence, victims) => {
    expect(casualties(sentence).map((c) => c.victims)).toEqual([victims]);
  });
  it('a noun phrase that only starts like a stop word is kept', () => {
    expect(casualties('The blast killed 4 nearby residents.').map((c) => c.victims)).toEqual(['nearby residents']);
  });
});

describe('a contrasting clause with its own reporting verb gives the figure its source', () => {
  const rows: Array<[string, Array<string | null>]> = [
    ['Al Shabaab claimed to have killed 30 soldiers, while the army said 5 soldiers died.', ['Al Shabaab', 'army']],
    ['The group claimed it killed 47 soldiers; the government said 10 soldiers died.', ['group', 'government']],
    ['Rebels said 30 people were killed, but the police said that 12 people were killed.', ['Rebels', 'police']],
  ];
  it.each(rows)('%s', (sentence, sources) => {
    expect(casualties(sentence).map((c) => c.source?.name ?? null)).toEqual(sources);
  });
  it('without a contrast, the sentence\'s source stands', () => {
    expect(casualties('The army said 5 soldiers died and 3 were wounded.').map((c) => c.source?.name)).toEqual(['army', 'army']);
  });
});

describe('scopes', () => {
  const rows: Array<[string, string]> = [
    ["The death toll from Saturday's bombing rose to 40.", 'total'],
    ['The toll has climbed to 48.', 'total'],
    ['The death toll now stands at 140.', 'event'],
    ['The war, now in its third year, has killed tens of thousands of people.', 'cumulative'],
    ['More than 40,000 people have been killed since October 2023.', 'cumulative'],
    ['Gunmen killed 4 people since the market opened.', 'event'],
  ];
  it.each(rows)('%s', (sentence, scope) => {
    expect(casualties(sentence).map((c) => c.scope)).toEqual([scope]);
  });
});

describe('dates of figures', () => {
  it('a date after "since" does not date the figure', () => {
    const [c] = casualties('In the worst clashes since the takeover in 2021, more than 70 people have been killed.');
    expect(c!.date).toBeNull();
  });
  it('each listed figure takes the date next to it', () => {
    const r = extract(body('Militants killed 3 soldiers on Monday and 5 civilians on Wednesday in separate attacks.'), { referenceDate: '2025-06-15' });
    const value = (id: string | null) => r.dates.find((d) => d.id === id)?.value ?? null;
    expect(r.casualties.map((c) => `${c.count.low} ${value(c.date)}`)).toEqual(['3 2025-06-09', '5 2025-06-11']);
  });
});

describe('competing figures', () => {
  it('"more than 70" is a bound, not an addition: it competes', () => {
    const r = extract(body('More than 70 people have been killed, officials said. Residents said 90 people were killed.'));
    expect(r.summary.casualties.killed).toEqual({ low: 71, high: null });
  });
  it('a side\'s figure for some of the victims is a part of the article\'s own toll', () => {
    const items = casualties('More than 70 people have been killed in the clashes. The rebels claimed to have killed dozens of soldiers.');
    expect(summarizeCasualties(items).killed).toEqual({ low: 71, high: null });
  });
  it('a side\'s toll for everyone still rivals the article\'s narrower figure', () => {
    const items = casualties('Shelling killed 14 villagers. The rebels said 30 people had been killed.');
    expect(summarizeCasualties(items).killed).toEqual({ low: 14, high: 14 });
  });
});
