import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/index.js';
import { extractQuotes } from '../../../src/extract/quotes/index.js';
import type { Actor } from '../../../src/schema/result.js';

/** Actors by name: every occurrence of each name is a mention. */
function actorsIn(text: string, doc: ReturnType<typeof createDocument>, specs: Array<[string, Actor['kind']]>): Actor[] {
  return specs.map(([name, kind], i) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push(doc.span(at, at + name.length));
    return { id: `a${i + 1}`, name, kind, aliases: [], roles: [], country: null, mentions };
  });
}

/** A headline line, so that the sentences under test are body text. */
const HEADLINE = 'Story headline goes here\n\n';

/** Every quotation's speaker name (or null) in a body text under a headline. */
const speakersOf = (text: string) => extractQuotes(createDocument(`${HEADLINE}${text}`), { dates: [], actors: [] }).map((q) => q.speaker?.name ?? null);

const lastSpeaker = (text: string, specs: Array<[string, Actor['kind']]> = []) => {
  const doc = createDocument(text);
  const quotes = extractQuotes(doc, { dates: [], actors: actorsIn(text, doc, specs) });
  return quotes[quotes.length - 1]?.speaker?.name ?? null;
};

describe('extractQuotes: a common noun points back to whom it names', () => {
  it.each([
    ['"the group" → the armed group named before', 'The Delta Front, which holds the port, did not comment. In a message posted on Telegram, the group said its units had hit "enemy depots and supply lines".', [['Delta Front', 'group'], ['Telegram', 'organization']], 'Delta Front'],
    ['"the group" prefers an armed group to an organisation named later', 'The Delta Front denied it. The Red Cross could not confirm. Later the group said it had "never targeted civilians".', [['Delta Front', 'group'], ['Red Cross', 'organization']], 'Delta Front'],
    ['"the statement said" → who issued the statement', 'The Ministry of Water said in a statement that 40 wells had dried up. "Rationing will begin on Monday," the statement said.', [], 'Ministry of Water'],
    ['"a statement issued by X" … "the statement said"', 'According to a statement issued by the coast guard, the crew were "safe and well". "Two boats were towed to port," the statement said.', [], 'coast guard'],
    ['"the statement quoted Mr Y as saying" → Y', 'Mayor Hugo Brandt toured the site. "We will rebuild the bridge," the statement quoted Mr Brandt as saying.', [], 'Hugo Brandt'],
    ['"the 58-year-old" → the person named before', 'A second farmer, Pedro Alves, said he lost his cattle. "Nothing is left. We have no fodder," the 58-year-old said.', [], 'Pedro Alves'],
  ] as Array<[string, string, Array<[string, Actor['kind']]>, string]>)('%s', (_name, text, actors, name) => {
    expect(lastSpeaker(text, actors)).toBe(name);
  });

  it('keeps the bare noun when nothing was named before it', () => {
    expect(lastSpeaker('"We will not stop," the group said.')).toBe('group');
  });
});

describe('extractQuotes: unnamed speakers are described', () => {
  it.each([
    ['one of the …', '"The water came up to our knees," said one of the shopkeepers, a baker who asked not to be named.', 'one of the shopkeepers'],
    ['a described person, then "he"', 'One fisherman from Port Lemo, who asked not to be identified, said he had lost his boat.\n\n"The wave took everything we had," he told the BBC.', 'fisherman from Port Lemo'],
    ['a described person with a clause, then "he"', 'A senior army officer in Kavala, who was not authorised to speak to the press, told Reuters the base was hit. "The shelling lasted all night," he said.', 'senior army officer in Kavala'],
    ['a described subject with a participle', 'A senior official in the regional government, speaking on condition of anonymity, put the death toll at "nearly 60" and said most were children.', 'senior official in the regional government'],
    ['inverted, described', '"We ran to the river," said a teacher at the village school.', 'teacher at the village school'],
    ['inverted, described with whom the person serves', '"The talks are stuck," said a person close to the negotiations.', 'person close to the negotiations'],
    ['inverted, an aide to a named person', '"He will sign it," said a former aide to Governor Lena Ortiz.', 'former aide to Governor Lena Ortiz'],
    ['inverted, the name after a description with a time phrase', '"The plan was sound," wrote the ambassador at the time, Paul Osei.', 'Paul Osei'],
    ['preverbal, a person close to someone', 'A person close to the mayor said the talks were stuck. "Nobody will move," he said.', 'person close to the mayor'],
    ['a described person before a clause', 'Another nurse, who declined to be named, said the wards were full. "We sleep in shifts," she said.', 'nurse'],
    ['a bare description before a clause', '"The convoy was stopped twice," the official, who spoke on condition of anonymity, said.', 'official'],
    ['a described person with "of"', 'A 35-year-old mother of three, who fled on Sunday, said she had lost everything. "We have nothing," she told AFP.', '35-year-old mother of three'],
    ['"one of them" → the people named before', 'Villagers told Reuters the town was empty. "Everyone has left," said one of them.', 'Villagers'],
    ['"the report" as a subject', '"Aid has not arrived," the report said.', 'report'],
  ])('%s', (_name, text, name) => {
    expect(lastSpeaker(text)).toBe(name);
  });

  it('does not take the writer of the byline for a later "he"', () => {
    const text = 'Six killed in attack on border post\n\nOmar Farooq\nPublished August 20, 2025\n\nGunmen attacked a border post on Tuesday. "They came in the dark," he said.';
    expect(lastSpeaker(text)).toBe('he');
  });

  it('does not take the organisation a described person belongs to for the speaker', () => {
    const text = '"I would want answers," said a senior Harbour Party committee member who backs the mayor.';
    expect(lastSpeaker(text, [['Harbour Party', 'organization']])).toBe('senior Harbour Party committee member');
  });

  it('does not take the place a person is in for the speaker', () => {
    const text = 'A nurse in Molvania said the clinic was full. "We have no beds left," she said.';
    expect(lastSpeaker(text, [['Molvania', 'country']])).toBe('nurse in Molvania');
  });

  it('takes the name after a description in an inverted attribution', () => {
    const text = '"Help arrived far too late," said the Relief Coordinator in the Republic of Molvania, Karin Ost.';
    expect(lastSpeaker(text, [['Republic of Molvania', 'country']])).toBe('Karin Ost');
  });

  it('finds the name before several descriptions', () => {
    const text = 'Ali Demir, a spokesman for the Free Hills Front (FHF), one of the main rebel factions, said the town was empty. "Nobody is left there," he told Reuters.';
    expect(lastSpeaker(text)).toBe('Ali Demir');
  });
});

describe('extractQuotes: an attribution in the sentence after a question or exclamation', () => {
  it.each([
    ['a name and a verb', '"Is the road open at last?" Ana Ruiz asked. "We have waited a week."', ['Ana Ruiz', 'Ana Ruiz']],
    ['a description and a short ending', '"Stop right there!" the officer shouted at the crowd.', ['officer']],
    ['a pronoun', 'Ana Ruiz drove to the bridge. "Why is it still closed?" she asked.', ['Ana Ruiz']],
    ['a verb of manner', '"Is this a joke?" the senator fumed.', ['senator']],
  ])('%s', (_name, text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });

  it.each([
    ['the next sentence reports something else', '"Who will pay for the repairs now?" The council said on Monday that the budget for the bridge was spent.'],
    ['a statement, not a question', '"The road is closed." The council said it would reopen.'],
  ])('does not reach into the next sentence when %s', (_name, text) => {
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('extractQuotes: headlines and standfirsts', () => {
  it.each([
    ['speaker noun before a colon', 'Fishermen: ‘The sea gave us nothing this year’', 'Fishermen'],
    ['speaker noun after a dash', '‘The sea gave us nothing this year’ — fisherman', 'fisherman'],
    ['a semicolon closes the first reporting clause', 'Flood toll rises to 30, says Red Cross; army says it rescued "hundreds" from rooftops.', 'army'],
    ['a comma before a new reporting clause', 'Health office says 20 dead, Molvanian army says it hit a rebel “command post”.', 'Molvanian army'],
    ['an embedded clause still gives way to the outer speaker', 'The ministry said, in a statement, that its troops had responded “proportionately”.', 'ministry'],
  ])('%s', (_name, text, name) => {
    expect(lastSpeaker(text)).toBe(name);
  });

  it('gives a headline quotation the speaker of the body quotation that repeats it', () => {
    const text = '‘We slept on the roof’: floods cut off three villages\n\nAmina Yusuf lost her home. “We slept on the roof. The water kept rising,” she told reporters.';
    const doc = createDocument(text);
    const quotes = extractQuotes(doc, { dates: [], actors: [] });
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Amina Yusuf', 'Amina Yusuf']);
  });
});

describe('extractQuotes: short quotations that are speech, and names that are not', () => {
  it.each([
    ['a figure after "put the toll at"', 'The governor put the toll at "nearly 40" on Tuesday.'],
    ['a figure in words', 'Witnesses spoke of "dozens dead" in the square.'],
    ['a slogan in title case right after its verb', 'Protesters chanted “Stop the War” outside the embassy.'],
  ])('keeps %s', (_name, text) => {
    const doc = createDocument(`${HEADLINE}${text}`);
    expect(extractQuotes(doc, { dates: [], actors: [] })).toHaveLength(1);
  });

  it.each([
    ['a nickname inside a name', 'Its leader, Jean “Big Lion” Pierre, said the attacks would continue.'],
    ['a gloss in brackets', 'Gunmen from Fanm Lib (“Free Women”) stormed the market, the UN said.'],
    ['a name in title case', 'The rebels announced a rival “Council of National Salvation” in the north.'],
  ])('leaves out %s', (_name, text) => {
    const doc = createDocument(`${HEADLINE}${text}`);
    expect(extractQuotes(doc, { dates: [], actors: [] })).toEqual([]);
  });

  it('keeps a quotation between two capitalised words when it is a clause', () => {
    const text = 'Officials accused Ukrainian "military-industrial enterprises and the plants supplying them," Russian media reported.';
    const doc = createDocument(`${HEADLINE}${text}`);
    expect(extractQuotes(doc, { dates: [], actors: [] })).toHaveLength(1);
  });
});

describe('extractQuotes: "he" and "she" skip people of the other gender', () => {
  it.each([
    ['a title before the name', 'Mrs. Ruiz said the bridge was unsafe. Mr. Costa disagreed with the plan. "It has stood for a century," he said. "It will fall," she said.', ['Costa', 'Ruiz']],
    ['a role noun before the name', 'Paul Osei said the talks went well. Then spokeswoman Lena Ortiz spoke. "We are close," he said.', ['Paul Osei']],
    ['a role noun after the name', 'Paul Osei, a farmer, said the plan would fail. Lena Ortiz, an actress, praised it. "It is a bad plan," he said.', ['Paul Osei']],
    ['pronouns after the only name in a sentence', 'Lena Ortiz said she would vote. Paul Osei said he would not. "Nobody will know," she said.', ['Lena Ortiz']],
    // First names of no gender known to the lexicon, so that only the pronouns could tell.
    ['an object pronoun says nothing of the subject', 'Kemi Ortiz said she would vote. Tunde Osei praised her. "Nobody will know," she said.', ['Tunde Osei']],
    ['a first name tells when the article does not', 'Paul Osei praised the plan. Lena Ortiz criticised it. Paul Osei said it would pass. "It is a bad plan," she said.', ['Lena Ortiz']],
    ['the article outweighs a first name given to both', 'Marty Osei said she would vote. Paul Kamara agreed. "Nobody will know," she said.', ['Marty Osei']],
    ['the first names of a couple sharing a surname', 'Hillary Dunmore spoke first. Donald Dunmore followed. "It was a fine day," she said.', ['Hillary Dunmore']],
  ])('%s', (_name, text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });

  it('still takes the latest person when nothing says their gender', () => {
    expect(speakersOf('Kemi Ortiz praised the plan. Tunde Osei said it would fail. "It is a bad plan," she said.')).toEqual(['Tunde Osei']);
  });
});

describe('extractQuotes: "he" and "she" point back to a person the text named, not only to a speaker', () => {
  it.each([
    ['the subject of the sentence before', '"We are ready," said the spokesman, Tunde Kamara.\n\nOn his blog on Monday, Kofi Mensah did not back down. "I stand by every word," he wrote.', [['Tunde Kamara', 'person'], ['Kofi Mensah', 'person']], 'Kofi Mensah'],
    ['the subject of the same sentence', 'Kemi Adebayo, who had left the firm a year earlier, rejected the "reckless" plan, she wrote in her memoir.', [['Kemi Adebayo', 'person']], 'Kemi Adebayo'],
    ['the speaker of the sentence before wins over a person it mentions', '"We will win," said Kofi Mensah, an adviser to Tunde Kamara.\n\n"The vote is close," he said.', [['Kofi Mensah', 'person'], ['Tunde Kamara', 'person']], 'Kofi Mensah'],
    ['not a person after a preposition', 'Kofi Mensah spoke on the radio.\n\nAsked about Tunde Kamara, he said: "We have never met."', [['Kofi Mensah', 'person'], ['Tunde Kamara', 'person']], 'Kofi Mensah'],
    ['through a definite description to the person it describes', 'Kemi Adebayo wants the district to become a state.\n\nThe veteran senator wrote that the city "is neglected." She promised to "be a champion" for it.', [['Kemi Adebayo', 'person']], 'Kemi Adebayo'],
    ['never a thing that reports', 'The book accuses Kofi Mensah of lying.\n\n"That is a distortion," he said.', [['Kofi Mensah', 'person']], 'Kofi Mensah'],
    ['not a person named inside a quotation', 'Kofi Mensah spoke on Monday. "I believe Tunde Kamara will lose," he said. "He has no plan," he added.', [['Kofi Mensah', 'person'], ['Tunde Kamara', 'person']], 'Kofi Mensah'],
  ] as Array<[string, string, Array<[string, Actor['kind']]>, string]>)('%s', (_name, text, actors, name) => {
    expect(lastSpeaker(text, actors)).toBe(name);
  });
});

describe('extractQuotes: a quotation alone in its sentence after a reporting sentence', () => {
  it.each([
    ['a clause in the sentence before', 'Lena Ortiz, an engineer, argues that the dam is safe. "It has stood for a century and it will stand for another."', ['Lena Ortiz']],
    ['a paragraph ending with a colon', 'In a post on his blog, Paul Osei wrote:\n\n"The dam has stood for a century and it will stand for another."', ['Paul Osei']],
    ['a party label in brackets', '"It reminds us how much is at stake," Sen. Lena Ortiz (R-Fla.) said on Saturday.', ['Lena Ortiz']],
    ['a verb of memory', '"Nobody listened to the engineers," remembered Paul Osei, a former adviser.', ['Paul Osei']],
  ])('%s', (_name, text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });

  it('does not reach back across a paragraph that does not introduce it', () => {
    const text = 'Lena Ortiz argues that the dam is safe.\n\n"It has stood for a century and it will stand for another."';
    expect(speakersOf(text)).toEqual([null]);
  });
});
