import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/index.js';
import { findQuotations } from '../../../src/extract/attribution/quotations.js';

const quoted = (text: string) => {
  const doc = createDocument(text);
  return findQuotations(doc).map((q) => doc.text.slice(q.start, q.end));
};

describe('findQuotations: spans in every typography', () => {
  it.each([
    ['curly', 'The mayor said: “We rebuild now.” Then she left.', ['We rebuild now.']],
    ['straight', 'The mayor said: "We rebuild now." Then she left.', ['We rebuild now.']],
    ['guillemets', 'Le maire a dit : « Nous reconstruisons. » Puis il est parti.', ['Nous reconstruisons.']],
    ['reversed guillemets', 'Der Chef sagte »Wir bauen neu« und ging.', ['Wir bauen neu']],
    ['German low-high', 'Er sagte: „Wir bauen neu“ und ging.', ['Wir bauen neu']],
    ['Polish low-right', 'Powiedział: „Odbudujemy” i wyszedł.', ['Odbudujemy']],
    ['single in a headline', 'Army vows to ‘crush the rebels’ after raid', ['crush the rebels']],
    ['straight single', "Army vows to 'crush the rebels' after raid", ['crush the rebels']],
    ['two in one sentence', 'He called it “shameful” and “cowardly”.', ['shameful', 'cowardly']],
    ['sentence ends inside', '“Stop. Think. Then act,” the coach said.', ['Stop. Think. Then act,']],
    ['archive double apostrophes', "''We rebuild now,'' the mayor said. ''Then we vote.''", ['We rebuild now,', 'Then we vote.']],
    ['typewriter backticks', "The mayor said ``we rebuild now'' and left.", ['we rebuild now']],
    ['double apostrophes around a contraction', "''It's late, and we won't wait,'' she said.", ["It's late, and we won't wait,"]],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    ['possessive', 'Kenya’s army and the rebels’ leaders met in Nairobi’s suburbs.'],
    ['contractions', 'We don’t know, and they won’t say; it’s late.'],
    ['straight apostrophes', "The farmers' union didn't comment on Ghana's plan."],
    ['decade', 'Violence not seen since the ’90s returned.'],
    ['empty double apostrophes', "The form left the field '' blank, and '' again."],
  ])('no quotation in %s', (_name, text) => {
    expect(quoted(text)).toEqual([]);
  });

  it('tells a plural possessive inside a single quotation from its close mark', () => {
    expect(quoted('The minister called it ‘the rebels’ last gamble’ on Monday.')).toEqual(['the rebels’ last gamble']);
  });

  it('keeps single marks inside a double quotation as part of it', () => {
    expect(quoted('“They shouted ‘run’ and we ran,” she said.')).toEqual(['They shouted ‘run’ and we ran,']);
  });

  it('never lets an unbalanced mark run past its paragraph', () => {
    const text = 'He said “the road is closed and nobody can pass.\n\nThe next paragraph is plain narration without marks.';
    expect(quoted(text)).toEqual(['the road is closed and nobody can pass.']);
  });

  it('marks a paragraph that re-opens an unclosed quotation as its continuation', () => {
    const text = '“The water rose at night,” said Ana Reyes. “We lost the goats.\n\n“We lost the house too.”\n\n“Another quote,” a neighbour said.';
    const doc = createDocument(text);
    const found = findQuotations(doc);
    expect(found.map((q) => [doc.text.slice(q.start, q.end), q.continuesPrevious])).toEqual([
      ['The water rose at night,', false],
      ['We lost the goats.', false],
      ['We lost the house too.', true],
      ['Another quote,', false],
    ]);
  });

  it('skips empty quotations and stays correct on a long run of marks', () => {
    const marks = '“'.repeat(50000) + '"'.repeat(50000) + '‘’'.repeat(20000) + "'".repeat(20000);
    expect(quoted(marks)).toEqual([]);
    const many = 'He said “yes” and “no” again. '.repeat(5000);
    const found = quoted(many);
    expect(found.length).toBe(10000);
    expect(new Set(found)).toEqual(new Set(['yes', 'no']));
  });
});

describe('findQuotations: archive double apostrophes', () => {
  it('continues a quotation re-opened with double apostrophes in the next paragraph', () => {
    const doc = createDocument("''The water rose at night,'' said Ana Reyes. ''We lost the goats.\n\n''We lost the house too.''");
    expect(findQuotations(doc).map((q) => q.continuesPrevious)).toEqual([false, false, true]);
  });

  it('ends the span before the closing marks and the mark after them', () => {
    const doc = createDocument("He said ''no.'' Then he left.");
    const [q] = findQuotations(doc);
    expect(doc.text.slice(q!.start, q!.end)).toBe('no.');
    expect(doc.text.slice(q!.open, q!.markEnd)).toBe("''no.''");
  });
});
