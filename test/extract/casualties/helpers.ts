import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/index.js';
import { extract } from '../../../src/index.js';
import { extractCasualties, summarizeCasualties } from '../../../src/extract/casualties/index.js';
import type { Casualty } from '../../../src/schema/result.js';

/** Casualties of a text, with no dates, actors or quotes found. */
export function casualtiesOf(text: string): Casualty[] {
  return extractCasualties(createDocument(text), { dates: [], actors: [], quotes: [] });
}

/** "killed 23/null" per item, parts marked with "part of cN". */
export function figuresOf(text: string): string[] {
  return casualtiesOf(text).map((c) => `${c.outcome} ${c.count.low}/${c.count.high}${c.partOf ? ` part of ${c.partOf}` : ''}`);
}

export function summaryOf(text: string) {
  return summarizeCasualties(casualtiesOf(text));
}

/** A body sentence after a neutral title, so that the sentence is not read as a headline. */
export const body = (sentence: string) => `Report from the region\n\n${sentence}`;

/** A table of sentences and the figures each reports ("outcome low/high", parts marked). */
export const figureTable = (name: string, rows: Array<[string, string[]]>) =>
  describe(name, () => {
    it.each(rows)('%s', (sentence, expected) => {
      expect(figuresOf(body(sentence))).toEqual(expected);
    });
  });

/** Like figuresOf, through the whole pipeline, so that actors (named victims) and dates are found; shares as "outcome share low/high%". */
export function pipelineFiguresOf(text: string): string[] {
  return extract(body(text)).casualties.map((c) => c.share
    ? `${c.outcome} share ${c.share.low}/${c.share.high}% of ${c.victims}`
    : `${c.outcome} ${c.count.low}/${c.count.high}${c.partOf ? ` part of ${c.partOf}` : ''}`);
}

/** A table of sentences and their figures through the whole pipeline. */
export const pipelineTable = (name: string, rows: Array<[string, string[]]>) =>
  describe(name, () => {
    it.each(rows)('%s', (sentence, expected) => {
      expect(pipelineFiguresOf(sentence)).toEqual(expected);
    });
  });
