// Table-driven: patterns a held-out check showed missing (own sentences).
import { describe, expect, it } from 'vitest';
import { body, figuresOf } from './helpers.js';

const table = (name: string, rows: Array<[string, string[]]>) =>
  describe(name, () => {
    it.each(rows)('%s', (sentence, expected) => {
      expect(figuresOf(body(sentence))).toEqual(expected);
    });
  });

table('a toll noun, a phrase and an auxiliary, then the figure', [
  ['Officials said the death toll from the floods in the valley had climbed to 212.', ['killed 212/212']],
  ['The toll from Sunday\'s bombing has risen to at least 48.', ['killed 48/null']],
  ['The death toll in the northern province now stands at 1,140.', ['killed 1140/1140']],
  ['The death toll from the quake is expected to reach nearly 500.', ['killed null/499']],
]);

table('a military euphemism for killing', [
  ['Troops said they had neutralised 35 militants near the border.', ['killed 35/35']],
  ['The army claimed it "neutralized" 12 gunmen in the forest.', ['killed 12/12']],
  ['Eight insurgents were neutralized during the sweep.', ['killed 8/8']],
]);

table('taken away means abducted, unless taken somewhere else', [
  ['Three of the farmers were taken and nobody knows where they are.', ['abducted 3/3']],
  ['A teacher was taken from the school on Friday night.', ['abducted 1/1']],
  ['Four pupils were taken to hospital after the blast.', ['injured 4/4']],
  ['Six protesters were taken into custody.', ['arrested 6/6']],
]);

table('another figure for the previous sentence\'s outcome', [
  ['The governor said 40 people were wounded. Hospital staff put the figure at 33.', ['injured 40/40', 'injured 33/33']],
  ['Rebels said 70 soldiers died. The army gave a lower figure of 12.', ['killed 70/70', 'killed 12/12']],
  ['The weather was hot. Organisers put the number at 5,000.', []],
]);

table('a part of the previous sentence\'s total', [
  ['A bomb killed 30 people on Monday. Among the dead were four police officers.', ['killed 30/30', 'killed 4/4 part of c1']],
]);
