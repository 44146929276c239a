// A month or month-day inside a proper name ("the April 6 Youth Movement", "9 May Street", an acronym's
// expansion) is not a date; the same date beside ordinary words, a comma or a lower-case word stays one.
import { describe, expect, it } from 'vitest';
import { triples, withTypes, type Expected } from './helpers.js';

const REF = '2024-04-15';
type Row = [sentence: string, expected: Expected[]];

const excluded: Row[] = [
  ['The April 6 Youth Movement called a general strike.', []],
  ['Veterans of the July 26 Movement gathered in the capital.', []],
  ['Traffic was halted on the October 6 Bridge by a crash.', []],
  ['Shops along 9 May Street stayed shut.', []],
  ['Students filled June 4th Square at dusk.', []],
  ['Crowds lined the route of the May Day Parade.', []],
  ['The 6th of October Bridge reopened to trucks.', []],
  ['The J26 (July 26 Group) denied the report.', []],
  ['The FLN (November 1 Front), which fought the army, disbanded.', []],
  ['Aid reached the 15 March Camp near the border.', []],
  ['Spokesmen of the rebel November 9 Brigade denied it late last month.', [['late last month', '2024-03']]],
  // ambiguous without a comma: a head word from the list wins
  ['On March 23 Movement leaders met in secret.', []],
];

const kept: Row[] = [
  ['On March 23, Movement leaders met in secret.', [['March 23', '2024-03-23']]],
  ['On March 23 movement leaders met in secret.', [['March 23', '2024-03-23']]],
  ['The offensive began on March 23 in the east.', [['March 23', '2024-03-23']]],
  ['Troops crossed on 12 October. Bridge repairs began later.', [['12 October', '2023-10-12']]],
  ['Rebels Seize Town On March 23 Ahead Of Talks', [['March 23', '2024-03-23']]],
  ['The ban was lifted in May after a court ruling.', [['May', '2023-05']]],
  ['NATO (April 2023) agreed on the plan.', [['April 2023', '2023-04']]],
  ['The group (founded in March 2012) won the vote.', [['March 2012', '2012-03']]],
  ['The AU (African Union) met in March.', [['March', '2024-03']]],
  ['The PDM (People’s Democratic Union, founded April 2019) won.', [['April 2019', '2019-04']]],
  ['The rally on 4 June drew a large crowd to the square.', [['4 June', '2023-06-04']]],
];

describe('dates inside proper names', () => {
  it.each(excluded)('no date in a name: %s', (sentence, expected) => {
    expect(triples(sentence, REF)).toEqual(withTypes(expected));
  });
  it.each(kept)('stays a date: %s', (sentence, expected) => {
    expect(triples(sentence, REF)).toEqual(withTypes(expected));
  });
});
