// The one compromise parse of a document, flattened into tokens with UTF-16 offsets.
import nlp from 'compromise';

export interface Token {
  /** Position in the document's token list. */
  index: number;
  text: string;
  normal: string;
  /** Punctuation and spaces before and after the word, as compromise splits them. */
  pre: string;
  post: string;
  /** UTF-16 offsets of the word itself (without pre/post). */
  start: number;
  end: number;
  tags: Set<string>;
  /** Index of compromise's sentence the token belongs to. */
  sentence: number;
}

export type NlpView = ReturnType<typeof nlp>;

interface RawTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

export function parse(text: string): { view: NlpView; tokens: Token[] } {
  const view = nlp(text);
  view.compute('offset');
  const tokens: Token[] = [];
  const document = (view as unknown as { document: RawTerm[][] }).document;
  document.forEach((sentence, s) => {
    for (const term of sentence) {
      if (!term.offset) continue;
      const start = term.offset.start;
      const end = start + term.text.length;
      if (text.slice(start, end) !== term.text) continue;
      tokens.push({ index: tokens.length, text: term.text, normal: term.normal, pre: term.pre, post: term.post, start, end, tags: term.tags, sentence: s });
    }
  });
  return { view, tokens };
}
