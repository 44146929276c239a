import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/index.js';

const sentencesOf = (text: string) => new Document(text).sentences.map((s) => s.text);

describe('sentences', () => {
  it.each<[string, string, string[]]>([
    // Abbreviations and initials do not end sentences.
    ['military ranks', 'Maj. Gen. Ali Hassan arrived on Tuesday. He met the governor.', ['Maj. Gen. Ali Hassan arrived on Tuesday.', 'He met the governor.']],
    ['stacked ranks', 'Lt. Col. Sara Binte met Brig. Gen. Omar Farouk. They agreed.', ['Lt. Col. Sara Binte met Brig. Gen. Omar Farouk.', 'They agreed.']],
    ['a rank in brackets', 'Brig. Gen. (ret.) Omar Farouk spoke. He was calm.', ['Brig. Gen. (ret.) Omar Farouk spoke.', 'He was calm.']],
    ['U.S. inside a sentence', 'The U.S. embassy said it was watching. Officials declined to comment.', ['The U.S. embassy said it was watching.', 'Officials declined to comment.']],
    ['U.S. before a name', 'Troops reached the U.S. Embassy. Then they left.', ['Troops reached the U.S. Embassy.', 'Then they left.']],
    ['U.S. ending a sentence', 'Aid arrived from the U.S. The convoy was searched.', ['Aid arrived from the U.S.', 'The convoy was searched.']],
    ['initials', 'J. R. Okafor of the U.N. mission spoke first. Others followed.', ['J. R. Okafor of the U.N. mission spoke first.', 'Others followed.']],
    ['joined initials', 'A.B. Rahman, the spokesman, said no. Talks failed.', ['A.B. Rahman, the spokesman, said no.', 'Talks failed.']],
    ['titles before names', 'Police said 12 people, including Dr. Amina Yusuf, were held. St. Mary’s hospital treated the wounded.', ['Police said 12 people, including Dr. Amina Yusuf, were held.', 'St. Mary’s hospital treated the wounded.']],
    ['a.m. inside a sentence', 'The convoy left at 6 a.m. on Friday. It returned.', ['The convoy left at 6 a.m. on Friday.', 'It returned.']],
    ['p.m. before a time zone', 'The blast hit at 9 p.m. GMT on Sunday. Nobody claimed it.', ['The blast hit at 9 p.m. GMT on Sunday.', 'Nobody claimed it.']],
    ['p.m. ending a sentence', 'It returned at 4 p.m. Residents cheered.', ['It returned at 4 p.m.', 'Residents cheered.']],
    ['a month abbreviation', 'They fled on Jan. 6 to the camps. More followed.', ['They fled on Jan. 6 to the camps.', 'More followed.']],
    ['et al.', 'Okoro et al. reported similar figures. The study was reviewed.', ['Okoro et al. reported similar figures.', 'The study was reviewed.']],
    ['an ordinary word that looks like an abbreviation', 'They waited under the sun. Water ran out.', ['They waited under the sun.', 'Water ran out.']],
    ['a lower-case no', 'The answer was no. The army moved in.', ['The answer was no.', 'The army moved in.']],
    ['a decimal number', 'Prices rose 3.5 percent. Markets fell.', ['Prices rose 3.5 percent.', 'Markets fell.']],
    ['a sentence starting with a number', 'Fighting erupted in the town. 200 people fled.', ['Fighting erupted in the town.', '200 people fled.']],
    // Quotations that contain sentence ends.
    ['a quote with two sentences', '“We will not leave. This is our land,” the mayor said. The crowd dispersed.', ['“We will not leave. This is our land,” the mayor said.', 'The crowd dispersed.']],
    ['straight quotes with exclamations', '"Stop! Stop the shooting!" a woman shouted. Nobody listened.', ['"Stop! Stop the shooting!" a woman shouted.', 'Nobody listened.']],
    ['a question inside a quote ends the sentence', 'He asked, “Where are the children?” No one answered.', ['He asked, “Where are the children?”', 'No one answered.']],
    ['a quote after the attribution', '“We are safe,” he said. “Please send help.” The line went dead.', ['“We are safe,” he said.', '“Please send help.”', 'The line went dead.']],
    ['single curly quotes', 'The spokesman said: ‘We are ready.’ Talks begin today.', ['The spokesman said: ‘We are ready.’', 'Talks begin today.']],
    ['archive double apostrophes', "''We will not leave. This is our land,'' the mayor said. ''Go home.'' The crowd dispersed.", ["''We will not leave. This is our land,'' the mayor said.", "''Go home.''", 'The crowd dispersed.']],
    // Other terminals.
    ['question and exclamation', 'Was it an accident? Investigators think not! They said so.', ['Was it an accident?', 'Investigators think not!', 'They said so.']],
    ['an ellipsis', 'Casualties rose to 40... Rescue teams kept digging.', ['Casualties rose to 40...', 'Rescue teams kept digging.']],
    ['a lower-case continuation is not a new sentence', 'The toll was 3. according to medics.', ['The toll was 3. according to medics.']],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  describe('lines without final punctuation', () => {
    it.each<[string, string, string[]]>([
      ['a headline above its story', 'Rebels seize airport in the east\nThe army said it would retake it.', ['Rebels seize airport in the east', 'The army said it would retake it.']],
      ['a caption line above a paragraph', 'Displaced families queue for food in Goma (Photo: AFP)\nAid agencies warned of shortages.', ['Displaced families queue for food in Goma (Photo: AFP)', 'Aid agencies warned of shortages.']],
      ['a headline, byline and body separated by blank lines', 'Ceasefire collapses in the north\n\nBy Jane Roe\n\nShelling resumed overnight.', ['Ceasefire collapses in the north', 'By Jane Roe', 'Shelling resumed overnight.']],
    ])('%s', (_name, text, expected) => {
      expect(sentencesOf(text)).toEqual(expected);
    });
  });

  describe('wrapped lines', () => {
    it.each<[string, string, string[]]>([
      ['wrapped inside a blank-line paragraph', 'Intro line.\n\nResidents fled as the shelling\ncontinued through the night. Many slept outside.', ['Intro line.', 'Residents fled as the shelling\ncontinued through the night.', 'Many slept outside.']],
      ['wrapped after a comma', 'The minister said the talks would resume,\nbut gave no date.', ['The minister said the talks would resume,\nbut gave no date.']],
      ['wrapped in a file without blank lines', 'Residents fled as the shelling\ncontinued through the night.\nMany slept outside.', ['Residents fled as the shelling\ncontinued through the night.', 'Many slept outside.']],
      ['wrapped with CRLF', 'Residents fled as the shelling\r\ncontinued all night.\r\nMany slept outside.', ['Residents fled as the shelling\r\ncontinued all night.', 'Many slept outside.']],
      ['wrapped with a lone CR', 'Residents fled as the shelling\rcontinued all night.\rMany slept outside.', ['Residents fled as the shelling\rcontinued all night.', 'Many slept outside.']],
      ['a line break before a capital ends the sentence', 'Two soldiers were wounded\nOfficials gave no details.', ['Two soldiers were wounded', 'Officials gave no details.']],
    ])('%s', (_name, text, expected) => {
      expect(sentencesOf(text)).toEqual(expected);
    });
  });

  it('an unclosed quotation ends at the line break', () => {
    expect(sentencesOf('He said “we will fight on. Then he left.\nThe next day was calm.')).toEqual(['He said “we will fight on. Then he left.', 'The next day was calm.']);
  });

  it('gives each sentence its paragraph, first line and offsets into the text', () => {
    const text = 'Title of the story\n\nFirst body sentence. Second one.\n\nLast paragraph here.';
    const doc = new Document(text);
    expect(doc.sentences.map(({ text: t, paragraph, line, index }) => ({ t, paragraph, line, index }))).toEqual([
      { t: 'Title of the story', paragraph: 0, line: 1, index: 0 },
      { t: 'First body sentence.', paragraph: 1, line: 3, index: 1 },
      { t: 'Second one.', paragraph: 1, line: 3, index: 2 },
      { t: 'Last paragraph here.', paragraph: 2, line: 5, index: 3 },
    ]);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.sentenceAt(text.indexOf('Second'))?.index).toBe(2);
    expect(doc.sentenceAt(text.indexOf('one.') + 3)?.index).toBe(2);
    expect(doc.sentenceAt(text.indexOf('\n\nLast'))).toBeUndefined();
  });

  it('marks the title and byline sentences by role', () => {
    const doc = new Document('Militia attack kills 9 near Beni\n\nBy Jane Roe\n\nThe attack began at dawn.');
    expect(doc.sentences.map((s) => s.role)).toEqual(['title', 'byline', 'body']);
  });

  it('stays linear on hostile input', () => {
    const quotes = '“'.repeat(200_000) + ' end.';
    expect(sentencesOf(quotes)).toHaveLength(1);
    const dots = 'A. '.repeat(50_000);
    expect(sentencesOf(dots).length).toBeGreaterThan(0);
  });
});
