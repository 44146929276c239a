// A sentence split into words, numbers, quote marks and punctuation, with UTF-16
// offsets into the document. The casualty rules read this rather than compromise's
// terms because they need "20-25", "twenty-three" and “quoted” words exactly as written.
export type WordKind = 'word' | 'number' | 'quote' | 'punct';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: WordKind;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '‘', '’', '«', '»', "'", '‹', '›']);
// Numbers end in a digit ("1,200." is "1,200" and "."); letters glued on ("5th", "12km",
// "1990s") make a word. Words may hold inner hyphens and apostrophes but not end in one.
// Each alternative is a single run over one class, so matching stays linear.
const TOKEN = /(\d(?:[\d,.]*\d)?)(\p{L}*)|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}])?|\S/gu;

export function wordsOf(text: string, offset: number): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = offset + m.index;
    let kind: WordKind;
    if (m[1] !== undefined) kind = m[2] ? 'word' : 'number';
    else if (QUOTE_MARKS.has(raw)) kind = 'quote';
    else if (/^[\p{L}\p{M}]/u.test(raw)) kind = 'word';
    else kind = 'punct';
    words.push({ text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), start, end: start + raw.length, kind });
  }
  return words;
}
