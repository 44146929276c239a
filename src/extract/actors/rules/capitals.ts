// Rule: a capital city names its country's government when it acts ("Islamabad demanded",
// "talks with Kabul", "Maputo's request") and a place when it is where something happens
// ("in Islamabad", "met in Ankara", "Doha, Qatar", a dateline).
import { suggest, type Mention } from '../mention.js';
import { indexOfWord } from '../words.js';

const PLACE_BEFORE = new Set(['in', 'at', 'near', 'outside', 'inside', 'into', 'to', 'towards', 'toward', 'across', 'around', 'within', 'throughout', 'via', 'of', 'visited', 'visit', 'reached', 'entered', 'fled', 'flew', 'arrived']);

export function capitalUsage(m: Mention): void {
  if (!m.capitalOf) return;
  const words = m.sentenceWords;
  const i = indexOfWord(words, m.words[0]!);
  const prev = words[i - 1];
  const next = words[i + m.words.length];
  const asPlace =
    (prev && PLACE_BEFORE.has(prev.folded) && /^\s+$/.test(m.words[0]!.gap) && !m.words[m.words.length - 1]!.possessive) ||
    (next && /^\s*,\s*$/.test(next.gap) && next.cap && m.capitalOf.names.some((n) => n === next.text)) ||
    (m.words[0]!.allCaps && m.words[0]!.clauseStart);
  if (asPlace) suggest(m, 'place', 11);
  else {
    suggest(m, 'country', 10);
    m.country = m.capitalOf.country;
  }
}
