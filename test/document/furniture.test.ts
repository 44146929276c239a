import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/index.js';

const skippedOf = (lines: string[]) => new Document(lines.join('\n')).skipped;
const lede = 'Gunmen attacked a village in the north on Sunday, killing nine people, officials said.';

describe('page furniture read from neighbouring lines', () => {
  it('skips the headlines listed under a related-stories heading, up to a blank line', () => {
    const skipped = skippedOf(['Gunmen kill nine in northern village', '', lede, '', 'Related Stories', 'Troops rescue 20 travellers', 'Governor vows to end attacks', '', 'Police said the search went on.']);
    expect(skipped).toEqual([
      { line: 5, reason: 'boilerplate: related stories' },
      { line: 6, reason: 'boilerplate: related-story list' },
      { line: 7, reason: 'boilerplate: related-story list' },
    ]);
  });

  it('stops a list at a paragraph of the story', () => {
    const skipped = skippedOf(['Gunmen kill nine in northern village', '', lede, 'Also read', 'Troops rescue 20 travellers', lede.replace('nine', 'ten')]);
    expect(skipped.map((s) => s.line)).toEqual([4, 5]);
  });

  it('leaves a section label above the headline alone', () => {
    const skipped = skippedOf(['Latest News', 'Gunmen kill nine in northern village', 'By Jane Roe', '', lede]);
    expect(skipped.map((s) => s.line)).toEqual([1]);
  });

  it('skips the comment section after the story', () => {
    const skipped = skippedOf(['Gunmen kill nine in northern village', '', lede, '', 'Leave a Reply', 'Karim says:', 'April 9, 2019 at 3:12 pm', 'A sad day for the valley.']);
    expect(skipped.map((s) => [s.line, s.reason])).toEqual([
      [5, 'boilerplate: leave a reply'],
      [6, 'boilerplate: comment section'],
      [7, 'boilerplate: comment section'],
      [8, 'boilerplate: comment section'],
    ]);
  });

  it('skips a comment from its author line over a timestamp, not a speaker line', () => {
    expect(skippedOf(['Gunmen kill nine', '', lede, '', 'Karim says:', 'April 9, 2019 at 3:12 pm', 'A sad day.']).map((s) => s.line)).toEqual([5, 6, 7]);
    expect(skippedOf(['Gunmen kill nine', '', lede, '', 'The governor says:', '“We will rebuild the village.”'])).toEqual([]);
  });

  it('skips a run of tag lines at the end, not a short last line or a list of names', () => {
    expect(skippedOf(['Gunmen kill nine', '', lede, '', 'The dead:', 'Ali Musa', 'Omar Sani', 'Bello Idris'])).toEqual([]);
    expect(skippedOf(['Gunmen kill nine', '', lede, '', 'Nigeria', 'Security', 'Zamfara State']).map((s) => s.reason)).toEqual(Array(3).fill('boilerplate: tag list'));
    expect(skippedOf(['Gunmen kill nine', '', lede, '', 'Jane Roe', 'Kano'])).toEqual([]);
  });
});
