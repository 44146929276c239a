import { describe, expect, it } from 'vitest';
import grammar from '../../../src/extract/casualties/data/grammar.json' with { type: 'json' };
import nonVictim from '../../../src/extract/casualties/data/nonVictimNouns.json' with { type: 'json' };
import numbers from '../../../src/extract/casualties/data/numbers.json' with { type: 'json' };
import outcomes from '../../../src/extract/casualties/data/outcomes.json' with { type: 'json' };
import persons from '../../../src/extract/casualties/data/personNouns.json' with { type: 'json' };
import qualifiers from '../../../src/extract/casualties/data/qualifiers.json' with { type: 'json' };
import vague from '../../../src/extract/casualties/data/vague.json' with { type: 'json' };
import { OutcomeSchema } from '../../../src/schema/result.js';

const noDuplicates = (name: string, list: string[]) =>
  it(`${name} loads, is not empty and has no duplicates`, () => {
    expect(list.length).toBeGreaterThan(0);
    const lower = list.map((w) => w.toLowerCase());
    expect(lower.filter((w, i) => lower.indexOf(w) !== i)).toEqual([]);
  });

describe('casualty word lists', () => {
  for (const [key, value] of Object.entries(grammar)) if (Array.isArray(value)) noDuplicates(`grammar.${key}`, value);
  for (const [key, value] of Object.entries(nonVictim)) if (Array.isArray(value)) noDuplicates(`nonVictimNouns.${key}`, value);
  noDuplicates('personNouns', persons.nouns);
  noDuplicates('qualifiers', qualifiers.qualifiers.map((q) => q.words));
  noDuplicates('vague', vague.quantities.map((q) => q.words));
  noDuplicates('number words', [...Object.keys(numbers.units), ...Object.keys(numbers.tens), ...Object.keys(numbers.multipliers), ...Object.keys(numbers.groups), ...Object.keys(numbers.pairs)]);
  for (const table of ['verbsBefore', 'predicates', 'nounsBefore', 'nounsAfter', 'partsBefore'] as const) {
    const byOutcome = outcomes[table] as Record<string, string[]>;
    noDuplicates(`outcomes.${table}`, Object.values(byOutcome).flat());
    it(`outcomes.${table} uses only contract outcomes`, () => {
      for (const outcome of Object.keys(byOutcome)) expect(OutcomeSchema.options).toContain(outcome);
    });
  }
  noDuplicates('outcomes.treatedFor.verbs', outcomes.treatedFor.verbs);
  noDuplicates('outcomes.hostage.nouns', outcomes.hostage.nouns);
  noDuplicates('outcomes.sustained.verbs', outcomes.sustained.verbs);
  noDuplicates('outcomes.sustained.nouns', [...outcomes.sustained.nouns, ...outcomes.sustained.fatal]);
  noDuplicates('outcomes.custody.phrases', outcomes.custody.phrases);
  noDuplicates('outcomes.custody.authorities', outcomes.custody.authorities);
  noDuplicates('outcomes.crossing.predicates', outcomes.crossing.predicates);
  noDuplicates('outcomes.crossing.victims', outcomes.crossing.victims);
  noDuplicates('outcomes.taking.verbs', outcomes.taking.verbs);
  it('custody phrases that mean arrest are custody phrases', () => {
    for (const p of outcomes.custody.arrestPhrases) expect(outcomes.custody.phrases).toContain(p);
  });

  it('qualifier modes are the ones the quantity reader knows', () => {
    for (const q of qualifiers.qualifiers) expect(['more', 'atLeast', 'below', 'upTo', 'approx', 'plain']).toContain(q.mode);
  });
  it('vague quantities keep the contract bounds', () => {
    const low = Object.fromEntries(vague.quantities.map((q) => [q.words, q.low]));
    expect(low).toMatchObject({ several: 3, dozens: 24, hundreds: 200, thousands: 2000, 'hundreds of thousands': 200000 });
  });
});
