import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/index.js';

describe('tokens after a skipped line', () => {
  it('keeps the words that follow a long blanked duplicate line', () => {
    const caption = 'Soldiers stand guard at a checkpoint on the outskirts of the city, in a photo taken by a news agency photographer last spring.';
    const text = `A headline for the story\n\n${caption}\n${caption}\n\nRebels attacked the village on Sunday, police said.\n`;
    const doc = new Document(text);
    const last = doc.sentences[doc.sentences.length - 1]!;
    expect(doc.tokensIn(last.start, last.end).map((t) => t.text)).toEqual(['Rebels', 'attacked', 'the', 'village', 'on', 'Sunday', 'police', 'said']);
  });
});
