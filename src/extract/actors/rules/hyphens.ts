// Rule: hyphenated words. "Pakistan-Taliban" joins two actors and is split; "HTS-backed",
// "al-Qaeda-linked" and "Kenyan-led" lose their lowercase tail; "Tehrik-i-Taliban" and
// "Port-au-Prince" stay whole.
import { capitalOf, knownActor } from '../gazetteer.js';
import { DEMONYMS, fold, WORDS } from '../lexicon.js';
import type { Word } from '../words.js';

const HYPHEN = /[-‐‑]/;
const isKnownPart = (part: string) => Boolean(knownActor(part) || capitalOf(part) || DEMONYMS.has(fold(part)));

/** Words the document also uses on their own, outside hyphenated compounds. */
export type Standalone = Set<string>;

function piece(w: Word, from: number, to: number, first: boolean): Word {
  const text = w.text.slice(from, to);
  return {
    ...w,
    text,
    start: w.start + from,
    end: w.start + to,
    folded: fold(text),
    cap: /^\p{Lu}/u.test(text) || (w.cap && first),
    allCaps: text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase(),
    possessive: to === w.text.length ? w.possessive : false,
    gap: first ? w.gap : w.text[from - 1]!,
    clauseStart: first ? w.clauseStart : false,
  };
}

/** Split one hyphenated word where the parts are separate words; else return it unchanged. */
export function splitHyphenated(w: Word, standalone: Standalone = new Set()): Word[] {
  if (!HYPHEN.test(w.text) || !w.cap || knownActor(w.text) || capitalOf(w.text)) return [w];
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= w.text.length; i++) {
    if (i === w.text.length || HYPHEN.test(w.text[i]!)) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  // Trailing lowercase modifiers: "-backed", "-linked", "-led".
  let keep = parts.length;
  while (keep > 1) {
    const [s, e] = parts[keep - 1]!;
    const text = w.text.slice(s, e);
    if (/^\p{Ll}/u.test(text) && text.length > 2) keep--;
    else break;
  }
  const texts = parts.slice(0, keep).map(([s, e]) => w.text.slice(s, e));
  const allCapitalised = keep > 1 && texts.every((t) => /^\p{Lu}/u.test(t));
  const known = texts.map((t) => isKnownPart(t) || standalone.has(fold(t)));
  // In capitals ("PORT-AU-PRINCE") every part must be a name of its own.
  const split = w.allCaps ? known.every(Boolean) : known.some(Boolean);
  // "Al-Fateh", "Abu-Bakr": a particle in front makes one name.
  const particleFirst = WORDS.nameParticles.has(fold(texts[0]!));
  if (allCapitalised && split && !particleFirst) {
    return parts.slice(0, keep).map(([s, e], i) => piece(w, s, e, i === 0));
  }
  if (keep < parts.length) return [{ ...piece(w, 0, parts[keep - 1]![1], true), attributive: true }];
  return [w];
}
