// The linking rules, tried in order; the first that finds an outcome wins.
import { ofTheDead, partBefore } from './breakdownOf.js';
import { coordination } from './coordination.js';
import { hostage, tookPeople } from './hostage.js';
import { nounAfter } from './nounAfter.js';
import { nounBefore } from './nounBefore.js';
import { partOf } from './partOf.js';
import { predicateAfter } from './predicateAfter.js';
import { treatedFor } from './treatedFor.js';
import type { LinkRule } from './types.js';
import { lostPeople, verbBefore } from './verbBefore.js';

export const LINK_RULES: Array<[string, LinkRule]> = [
  ['partOf', partOf],
  ['partBefore', partBefore],
  ['hostage', hostage],
  ['tookPeople', tookPeople],
  ['treatedFor', treatedFor],
  ['verbBefore', verbBefore],
  ['lostPeople', lostPeople],
  ['predicateAfter', predicateAfter],
  ['nounAfter', nounAfter],
  ['nounBefore', nounBefore],
  ['coordination', coordination],
  ['ofTheDead', ofTheDead],
];
