// A person's gender as the article itself tells it, so that "he" and "she" skip the
// people they cannot mean: a title before the name ("Mrs. Okafor", "Sir Keir"), a role
// noun next to it ("spokeswoman Ana Ruiz", "Ana Ruiz, an actress,"), and the pronouns
// that follow a name when it is the only person named so far in its sentence
// ("Ana Ruiz said she …").
import type { FrameToken } from './frame.js';
import { FEMALE_PRONOUNS, FEMALE_WORDS, MALE_PRONOUNS, MALE_WORDS } from './lexicon.js';
import { isWord } from './nounPhrase.js';
import { givenNameGender } from '../actors/english.js';

export type Gender = 'male' | 'female';

/** A title or role noun weighs more than a pronoun. */
const TITLE_WEIGHT = 2;

const bare = (t: FrameToken) => t.lower.replace(/\./g, '');

/** The gender a word says ("Mrs.", "spokeswoman", "she"), or null. */
export function genderOfWord(t: FrameToken | undefined): Gender | null {
  if (!isWord(t)) return null;
  const word = bare(t);
  if (MALE_WORDS.has(word) || MALE_PRONOUNS.has(word)) return 'male';
  if (FEMALE_WORDS.has(word) || FEMALE_PRONOUNS.has(word)) return 'female';
  return null;
}

const isPronounWord = (t: FrameToken) => MALE_PRONOUNS.has(t.lower) || FEMALE_PRONOUNS.has(t.lower);
/** "him" and "her" are mostly someone else than the subject ("Osei praised her"): only these point back to the name. */
const POINTING_BACK = new Set(['he', 'she', 'his', 'himself', 'herself']);

/** The gender the words of a speaker phrase say by themselves ("Mr. Okafor", "the spokeswoman"). */
export function genderInPhrase(tokens: FrameToken[], from: number, to: number): Gender | null {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (isPronounWord(t)) continue;
    const gender = genderOfWord(t);
    if (gender) return gender;
  }
  return null;
}

const nameWords = (name: string) => name.toLowerCase().replace(/[’']s$/u, '').split(/\s+/).filter(Boolean);
const lastWordKey = (name: string) => nameWords(name).pop() ?? '';
/** "bill clinton": a whole name, so that Bill and Hillary Clinton keep their own votes. */
const fullNameKey = (name: string) => {
  const words = nameWords(name);
  return words.length >= 2 ? words.join(' ') : '';
};

/** The gender a first name usually has ("Hillary Clinton"), when the name has a first name. */
export function givenGender(name: string): Gender | null {
  const words = nameWords(name);
  return words.length >= 2 ? givenNameGender(words[0]!) : null;
}

/** Votes per surname and per whole name, counted over the whole article. */
export class GenderEvidence {
  private readonly votes = new Map<string, { male: number; female: number }>();

  constructor(frames: FrameToken[][]) {
    for (const tokens of frames) this.scan(tokens);
  }

  private vote(key: string, gender: Gender, weight = 1): void {
    if (!key) return;
    const entry = this.votes.get(key) ?? { male: 0, female: 0 };
    entry[gender] += weight;
    this.votes.set(key, entry);
  }

  private scan(tokens: FrameToken[]): void {
    const named = new Set<string>();
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (isWord(t) && isPronounWord(t) && !t.cap) {
        // A pronoun after exactly one name in its sentence points back to it.
        if (named.size === 1 && POINTING_BACK.has(t.lower)) {
          const name = [...named][0]!;
          this.vote(lastWordKey(name), genderOfWord(t)!);
          this.vote(fullNameKey(name), genderOfWord(t)!);
        }
        i++;
        continue;
      }
      if (!isWord(t) || !t.cap || genderOfWord(t) || (i > 0 && !isWord(tokens[i - 1]) && tokens[i - 1]!.kind === 'quote')) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length && isWord(tokens[j]) && tokens[j]!.cap && !tokens[j - 1]!.possessive) j++;
      const key = tokens[j - 1]!.lower;
      const whole = j - i >= 2 ? tokens.slice(i, j).map((t) => t.lower).join(' ') : '';
      // "Mrs. Ana Ruiz", "spokeswoman Ana Ruiz", "Ana Ruiz, an actress,"
      const previous = tokens[i - 1];
      const before = isWord(previous) && !isPronounWord(previous) ? genderOfWord(previous) : null;
      const after = tokens[j]?.text === ',' && isWord(tokens[j + 1]) && /^(a|an|the)$/.test(tokens[j + 1]!.lower) ? this.roleAfter(tokens, j + 2) : null;
      const told = before ?? after;
      if (told) {
        this.vote(key, told, TITLE_WEIGHT);
        this.vote(whole, told, TITLE_WEIGHT);
      }
      if (j - i >= 2 || told) named.add(whole || key);
      i = j;
    }
  }

  /** The gender of the role noun heading an apposition starting at `from` ("an actress", "a former congressman"). */
  private roleAfter(tokens: FrameToken[], from: number): Gender | null {
    for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
      const t = tokens[k];
      if (!isWord(t) || t.text === ',') return null;
      const gender = isPronounWord(t) ? null : genderOfWord(t);
      if (gender) return gender;
    }
    return null;
  }

  private majority(key: string): Gender | null {
    const entry = this.votes.get(key);
    if (!entry) return null;
    if (entry.male > entry.female) return 'male';
    if (entry.female > entry.male) return 'female';
    return null;
  }

  private unanimous(key: string): Gender | null {
    const entry = this.votes.get(key);
    if (!entry || (entry.male && entry.female)) return null;
    return entry.male ? 'male' : entry.female ? 'female' : null;
  }

  /** What the article itself says of the person's gender: of the whole name, else of a surname it never uses for both. */
  told(name: string): Gender | null {
    return this.majority(fullNameKey(name)) ?? this.unanimous(lastWordKey(name));
  }

  /**
   * The gender of the person named `name`, or null when nothing says it clearly: what the article
   * says ({@link told}), else what a first name says ("Hillary Clinton"), else what most of the
   * article's words say of the surname (where Bill and Hillary Clinton would mix).
   */
  of(name: string): Gender | null {
    return this.told(name) ?? givenGender(name) ?? this.majority(lastWordKey(name));
  }
}
