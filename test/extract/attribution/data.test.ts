import { describe, expect, it } from 'vitest';
import { DATA_LISTS, REPORTING_VERBS, regularForms } from '../../../src/extract/attribution/lexicon.js';

describe('attribution word lists', () => {
  it.each(Object.entries(DATA_LISTS))('%s loads, is not empty and has no duplicates', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list).size).toBe(list.length);
  });

  it('has at least 100 reporting verbs', () => {
    expect(new Set(REPORTING_VERBS.values()).size).toBeGreaterThanOrEqual(100);
  });

  it.each([
    ['say', 'said'], ['tell', 'told'], ['write', 'wrote'], ['deny', 'denied'], ['admit', 'admitted'],
    ['announce', 'announced'], ['tweet', 'tweeted'], ['stress', 'stressed'], ['reply', 'replies'],
  ])('knows %s → %s', (lemma, form) => {
    expect(REPORTING_VERBS.get(form)).toBe(lemma);
  });

  it('inflects regular verbs', () => {
    expect(regularForms('warn')).toEqual(['warn', 'warns', 'warned', 'warning']);
    expect(regularForms('note')).toEqual(['note', 'notes', 'noted', 'noting']);
    expect(regularForms('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(regularForms('stress')).toEqual(['stress', 'stresses', 'stressed', 'stressing']);
  });
});
