import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/index.js';
import { extractQuotes } from '../../../src/extract/quotes/index.js';
import type { Actor } from '../../../src/schema/result.js';

const quotesOf = (text: string, actors: Actor[] = []) => {
  const doc = createDocument(text);
  return extractQuotes(doc, { dates: [], actors });
};
const speakers = (text: string) => quotesOf(text).map((q) => [q.text, q.speaker?.name ?? null]);

describe('extractQuotes: speaker attribution', () => {
  it.each([
    ['after, surname', '“The bridge will reopen next week,” Okonkwo wrote on Facebook.', [['The bridge will reopen next week,', 'Okonkwo']]],
    ['after, nominal', '“The convoy was hit twice,” the police source told AFP.', [['The convoy was hit twice,', 'police source']]],
    ['after, inverted', '“We saw the flames from the hill,” said Grace Mwangi, a teacher.', [['We saw the flames from the hill,', 'Grace Mwangi']]],
    ['after, appositive name', '“We treated 30 people,” its medical director, Jonas Berg, said.', [['We treated 30 people,', 'Jonas Berg']]],
    ['after, title dropped', '“Talks are over,” Foreign Minister Lena Fischer told reporters.', [['Talks are over,', 'Lena Fischer']]],
    ['before, colon', 'Colonel Idris Bello said: “The town is secure.”', [['The town is secure.', 'Idris Bello']]],
    ['before, comma', 'The spokeswoman added, “No civilians were harmed.”', [['No civilians were harmed.', 'spokeswoman']]],
    ['before, appositive', 'Musa Garba, a spokesman for the rebels, said the fighters were “ready for peace”.', [['ready for peace', 'Musa Garba']]],
    ['partial, subject accuses', 'Ruto accused the opposition of spreading “dangerous lies” about the vote.', [['dangerous lies', 'Ruto']]],
    ['partial, described as', 'Local officials described the situation as “catastrophic”.', [['catastrophic', 'Local officials']]],
    ['according to', 'The dam is “close to collapse”, according to the regional water board.', [['close to collapse', 'regional water board']]],
    ['told a channel', 'Aid worker Sara Lind told Reuters the camp was “beyond capacity”.', [['beyond capacity', 'Sara Lind']]],
    ['possessive speech noun', 'The talks stalled over Nairobi’s demand that the rebels “disarm first”.', [['disarm first', 'Nairobi']]],
    ['headline name and colon', 'Mayor Ines Duarte: ‘We rebuild from Monday’', [['We rebuild from Monday', 'Ines Duarte']]],
    ['inverted question', '“Who pays for this?” asked Senator Ruth Baker.', [['Who pays for this?', 'Ruth Baker']]],
    ['title with a dot', '“We are ready for talks,” Mr. Ito said on Tuesday.', [['We are ready for talks,', 'Ito']]],
    ['quoted as saying', 'Premier Jan Novak was quoted as saying the plan was “unworkable”.', [['unworkable', 'Jan Novak']]],
    ['a statement read', '“The deal is dead,” the statement read.', [['The deal is dead,', 'statement']]],
    ['participle after the attribution', '“This is a tragedy,” Mayor Ana Lopes wrote, adding that “help is coming”.', [['This is a tragedy,', 'Ana Lopes'], ['help is coming', 'Ana Lopes']]],
    ['quotation broken by its attribution', '“We tried,” he said of the Tamil leader Arun Raj, “but he refused.”', [['We tried,', 'he'], ['but he refused.', 'he']]],
    ['object speech noun', 'General Tamba Koroma issued a warning that his troops would act “without mercy”.', [['without mercy', 'Tamba Koroma']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['he → the person named before', 'Interior Minister Paul Keita visited the site. “We will find them,” he said.', 'Paul Keita'],
    ['she → the person, not the organisation', 'Nurse Amina Yusuf works for the Red Cross. The Red Cross said it needed blood. “We are out of plasma,” she said.', 'Amina Yusuf'],
    ['it → the organisation', 'Police chief Omar Diallo visited. The army said it had retaken the town. It said the rebels had fled in “total disarray”.', 'army'],
    ['they → the plural source', 'Residents said the water was rising. They described the night as “terrifying”.', 'Residents'],
    ['surname → fullest name', 'Deputy Mayor Karin Holm Berg spoke first. “We need more boats,” Berg said.', 'Karin Holm Berg'],
  ])('pronoun or surname: %s', (_name, text, name) => {
    const quotes = quotesOf(text);
    expect(quotes[quotes.length - 1]?.speaker?.name).toBe(name);
  });

  it('gives a quotation standing alone the speaker named just before', () => {
    const text = '“The shelling started at dawn,” said Hana Saleh. “By noon the market was gone.”';
    expect(speakers(text)).toEqual([
      ['The shelling started at dawn,', 'Hana Saleh'],
      ['By noon the market was gone.', 'Hana Saleh'],
    ]);
  });

  it('gives each paragraph of a multi-paragraph quotation its own item with the same speaker', () => {
    const text = 'The village chief, Ousmane Dia, described the raid.\n\n“They came at night,” Dia said. “They took the cattle.\n\n“Then they burned the granary.”';
    expect(speakers(text)).toEqual([
      ['They came at night,', 'Ousmane Dia'],
      ['They took the cattle.', 'Ousmane Dia'],
      ['Then they burned the granary.', 'Ousmane Dia'],
    ]);
  });

  it('prefers the outer speaker for a partial quotation inside reported speech', () => {
    const text = 'The ministry said its troops had responded “proportionately” to the attack.';
    expect(speakers(text)).toEqual([['proportionately', 'ministry']]);
  });

  it('keeps nominal speakers as written and unlinked', () => {
    const [quote] = quotesOf('“Nobody was hurt,” the statement said.');
    expect(quote?.speaker).toEqual({ name: 'statement', actor: null });
  });

  it('links the speaker to an actor and reports its fullest name', () => {
    const text = 'Defence Minister Ahmed Tariq Khan spoke on Monday. “We are ready,” Khan said.';
    const doc = createDocument(text);
    const mention = (s: string, from = 0) => { const at = text.indexOf(s, from); return doc.span(at, at + s.length); };
    const actor: Actor = { id: 'a1', name: 'Ahmed Tariq Khan', kind: 'person', aliases: ['Khan'], roles: ['Defence Minister'], country: null, mentions: [mention('Ahmed Tariq Khan'), mention('Khan', text.indexOf('ready'))] };
    const [quote] = extractQuotes(doc, { dates: [], actors: [actor] });
    expect(quote?.speaker).toEqual({ name: 'Ahmed Tariq Khan', actor: 'a1' });
  });
});

describe('extractQuotes: cue and channel', () => {
  it.each([
    ['“We will rebuild,” Okoro wrote on X.', 'wrote', 'X'],
    ['“We will rebuild,” Okoro said in an interview.', 'said', 'interview'],
    ['“We will rebuild,” the governor told AFP.', 'told', 'AFP'],
    ['“We will rebuild,” the governor told Reuters by telephone.', 'told', 'telephone'],
    ['The group said in a statement posted on Telegram that it was “victorious”.', 'said', 'Telegram'],
    ['In a post on X, the senator warned that the bill was “a trap”.', 'warned', 'X'],
  ])('%s', (text, cue, channel) => {
    expect(quotesOf(text)[0]).toMatchObject({ cue, channel });
  });
});

describe('extractQuotes: items', () => {
  it('numbers items q1.. and points each span at the quoted words without marks', () => {
    const text = 'Line one.\n“Alpha beta gamma,” she said. He replied: “Delta epsilon zeta.”';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    for (const q of quotes) {
      expect(q.span.text).toBe(q.text);
      expect([...text].slice(q.span.start, q.span.end).join('')).toBe(q.text);
      expect(q.kind).toBe('speech');
    }
    expect(quotes[1]!.span.line).toBe(2);
  });

  it('counts spans in code points after astral characters', () => {
    const text = '😀 “Peace now,” 😀 the envoy said.';
    const [quote] = quotesOf(text);
    expect(quote?.span).toMatchObject({ start: 3, end: 13, text: 'Peace now,' });
  });
});

describe('extractQuotes: scare quotes and titles are left out', () => {
  it.each([
    ['so-called', 'Troops entered the so-called “buffer zone” on Friday.'],
    ['known as', 'The camp, known as “Hope Village”, now holds 4,000 people.'],
    ['short, no speech nearby', 'The “green line” runs through the old city.'],
    ['a title', 'The film “Nightfall” opened in Lagos.'],
  ])('%s', (_name, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it.each([
    ['one word with a reporting verb', 'The president called the vote “fraudulent”.', 'president'],
    ['one word after a speaker', 'Officials said the attackers were “cowards”.', 'Officials'],
  ])('keeps %s', (_name, text, name) => {
    expect(quotesOf(text).map((q) => q.speaker?.name)).toEqual([name]);
  });
});

describe('extractQuotes: hostile input', () => {
  it('handles a megabyte of quote marks without items or errors', () => {
    expect(quotesOf('“”"'.repeat(350000))).toEqual([]);
  });

  it('handles many short quotations in one long line', () => {
    const quotes = quotesOf('Officials said “no” and “never”, '.repeat(3000) + 'officials said.');
    expect(quotes.length).toBe(6000);
    expect(quotes.every((q) => q.span.text === q.text)).toBe(true);
  });
});
