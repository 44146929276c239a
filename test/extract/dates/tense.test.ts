// The direction a sentence gives to the date at the marked place ("<<" before it).
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/index.js';
import { directionFinder, verbGroups } from '../../../src/extract/dates/tense.js';

function directionAt(marked: string) {
  const at = marked.indexOf('<<');
  const text = marked.replace('<<', '');
  const doc = createDocument(text);
  const sentence = doc.sentences[0]!;
  const find = directionFinder(verbGroups(doc.tokensIn(sentence.start, sentence.end), sentence.start));
  return find(at - sentence.start, at - sentence.start + 1);
}

describe('tense direction', () => {
  it.each([
    ['The talks ended on <<Tuesday.', 'past'],
    ['Ministers will meet on <<Tuesday.', 'future'],
    ['The council is due to vote on <<Sunday.', 'future'],
    ['Talks are expected to resume on <<Monday.', 'future'],
    ['The vote is set to take place on <<Friday.', 'future'],
    ['They had met on <<Monday.', 'past'],
    ['Pakistan has agreed to meet on <<Monday.', 'past'],
    ['The market opens on <<Saturday.', 'nearest'],
    ['On <<Wednesday, the ministry summoned the envoy.', 'past'],
    ['On <<Wednesday, the ministry will summon the envoy.', 'future'],
    ['Residents said people were still missing on <<Wednesday.', 'past'],
    ['Officials said the vote would take place on <<Friday.', 'future'],
    ['Talks on <<Monday.', 'nearest'],
    ['Prices rose sharply on <<Monday.', 'past'],
    ['The exam, scheduled for <<Nov. 12, has been postponed.', 'future'],
    ['The vote was postponed to <<Friday.', 'future'],
    ['Talks set to resume on <<Monday', 'future'],
    ['Envoy expected to arrive in Kabul on <<Monday', 'future'],
    ['Air strikes hit the market on <<Wednesday.', 'past'],
    ['Air strikes will hit the market on <<Wednesday.', 'future'],
    ['Good Friday prayers drew crowds on <<Sunday.', 'past'],
    ['Pakistan and Afghanistan to resume talks on <<Monday', 'future'],
    ['The decision to resume talks on <<Monday was welcomed.', 'past'],
    ['Talks are held on <<Monday.', 'nearest'],
    ['The permit had been due to expire on <<Friday.', 'past'],
    ['The old deadline had been set to lapse on <<Sunday.', 'past'],
    ['The plant is to reopen on <<Tuesday.', 'future'],
    ['Envoys welcomed the truce, set to begin on <<Monday.', 'future'],
    ['Police have scheduled a briefing on <<Thursday.', 'future'],
    ['Turnover was 900 million shares, up from 700 million shares on <<Thursday.', 'past'],
  ])('%s → %s', (marked, expected) => {
    expect(directionAt(marked)).toBe(expected);
  });
});
