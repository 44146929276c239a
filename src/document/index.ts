// The Document: decoded text with its line index, paragraphs, sentences, skipped
// boilerplate, metadata and the one shared compromise parse. Extractors read only this.
import type { SkippedLine, Span, Warning } from '../schema/result.js';
import { boilerplateReason, DUPLICATE_MIN_LENGTH } from './boilerplate.js';
import { furnitureReasons } from './furniture.js';
import { lowerBound } from '../util/lowerBound.js';
import { withGivenMetadata, type GivenMetadata } from './givenMetadata.js';
import { LineIndex, type TextBase } from './lineIndex.js';
import { readMetadata, type FoundMetadata } from './metadata.js';
import { splitSentences } from './sentences.js';
import { makeSpan } from './span.js';
import { parse, type NlpView, type Parsed, type Tagger, type Token } from './tokens.js';

export type { Tagger, Token } from './tokens.js';
export type { GivenMetadata } from './givenMetadata.js';
export type { TextBase } from './lineIndex.js';

export interface Paragraph {
  index: number;
  /** UTF-16 offsets. */
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
}

export type SentenceRole = 'title' | 'byline' | 'body';

export interface Sentence {
  index: number;
  /** UTF-16 offsets. */
  start: number;
  end: number;
  text: string;
  paragraph: number;
  line: number;
  role: SentenceRole;
}

export interface DocumentOptions {
  path?: string | null;
  /** YYYY-MM-DD; wins over the published date. */
  referenceDate?: string | null;
  /** Longer texts are parsed by compromise in parts cut at paragraph boundaries. */
  maxParseChars?: number;
  /** compromise's tagging: 'fast' (default) skips its post-tagger, 'full' runs it. */
  tagger?: Tagger;
  /** Where the text starts in its file (an article of an export): spans use the file's offsets and lines. */
  base?: TextBase;
  /** UTF-16 ranges of export markup inside the text (Factiva's field codes): blank to analysis, kept in spans. */
  markup?: Array<[number, number]>;
  /** Metadata an export's headers give: these fields are taken as given, not read from the text. */
  metadata?: GivenMetadata;
}

/** The text with the given UTF-16 ranges replaced by spaces (offsets unchanged). */
function blankRanges(text: string, ranges: Array<[number, number]>): string {
  let out = '';
  let from = 0;
  for (const [start, end] of ranges) {
    out += text.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return out + text.slice(from);
}

export class Document {
  /** The text analysed: the source text, export markup blanked. */
  readonly text: string;
  readonly lines: LineIndex;
  /** Skipped lines, numbered as in the file. */
  readonly skipped: SkippedLine[] = [];
  readonly paragraphs: Paragraph[] = [];
  readonly sentences: Sentence[] = [];
  readonly metadata: FoundMetadata;
  /** YYYY-MM-DD, or XXXX-MM-DD from a dateline without a year ("MOSUL, Nov 4 (Wire) -"). */
  /** YYYY-MM-DD, or XXXX-MM-DD from a dateline without a year ("MOSUL, Nov 4 (Wire) -"). */
  readonly referenceDate: string | null;
  readonly referenceDateSource: 'option' | 'published' | 'dateline' | 'none';
  readonly warnings: Warning[] = [];
  private readonly skippedLines = new Set<number>();
  private parsed: Parsed | null = null;

  constructor(text: string, readonly options: DocumentOptions = {}) {
    this.lines = new LineIndex(text, options.base);
    this.text = options.markup?.length ? blankRanges(text, options.markup) : text;
    this.findSkippedLines();
    this.metadata = withGivenMetadata(readMetadata(this.contentLines()), options.metadata);
    this.findParagraphs();
    this.findSentences();
    if (options.referenceDate) {
      this.referenceDate = options.referenceDate;
      this.referenceDateSource = 'option';
    } else if (this.metadata.published) {
      this.referenceDate = this.metadata.published;
      this.referenceDateSource = 'published';
    } else if (this.metadata.datelineDate) {
      this.referenceDate = this.metadata.datelineDate;
      this.referenceDateSource = 'dateline';
    } else {
      this.referenceDate = null;
      this.referenceDateSource = 'none';
    }
  }

  get path(): string | null {
    return this.options.path ?? null;
  }

  /** The exact span of UTF-16 offsets [start, end). */
  span(start: number, end: number): Span {
    return makeSpan(this.lines, start, end);
  }

  lineText(line: number): string {
    const [s, e] = this.lines.lineRange(line);
    return this.text.slice(s, e);
  }

  isSkippedLine(line: number): boolean {
    return this.skippedLines.has(line);
  }

  /** The sentence holding a UTF-16 offset, or undefined (boilerplate, blank space). */
  sentenceAt(offset: number): Sentence | undefined {
    const sentence = this.sentences[lowerBound(this.sentences.length, (i) => this.sentences[i]!.end, offset + 1)];
    return sentence && sentence.start <= offset ? sentence : undefined;
  }

  /**
   * The shared compromise parse of the text with skipped lines blanked (offsets
   * unchanged), or null for a huge text parsed in parts: prefer `tokens`.
   */
  get nlp(): NlpView | null {
    return this.parse().view;
  }

  /** compromise's tokens over the whole document, in order. */
  get tokens(): Token[] {
    return this.parse().tokens;
  }

  /** Tokens that lie within UTF-16 [start, end). */
  tokensIn(start: number, end: number): Token[] {
    const tokens = this.tokens;
    const lo = lowerBound(tokens.length, (i) => tokens[i]!.start, start);
    const out: Token[] = [];
    for (let i = lo; i < tokens.length && tokens[i]!.end <= end; i++) out.push(tokens[i]!);
    return out;
  }

  private parse(): Parsed {
    if (!this.parsed) {
      this.parsed = parse(this.blankedText(), this.options.maxParseChars, this.options.tagger);
      // Only a size cut is worth a warning; cutting a run-on line at its sentence ends changes nothing.
      if (this.parsed.parts > 1 && this.text.length > (this.options.maxParseChars ?? Infinity)) {
        this.warnings.push({
          code: 'SPLIT',
          message: `document longer than ${this.options.maxParseChars} characters: parsed in ${this.parsed.parts} parts cut at paragraph boundaries`,
        });
      }
    }
    return this.parsed;
  }

  /** The text with skipped lines replaced by spaces, so offsets stay the same. */
  private blankedText(): string {
    if (!this.skippedLines.size) return this.text;
    return blankRanges(this.text, [...this.skippedLines].map((line) => this.lines.lineRange(line)));
  }

  private contentLines(): Array<{ line: number; text: string }> {
    const out: Array<{ line: number; text: string }> = [];
    for (let line = 1; line <= this.lines.lineCount; line++) {
      const text = this.lineText(line);
      if (text.trim() && !this.skippedLines.has(line)) out.push({ line, text });
    }
    return out;
  }

  private findSkippedLines(): void {
    const texts: string[] = [];
    for (let line = 1; line <= this.lines.lineCount; line++) texts.push(this.lineText(line));
    const reasons = furnitureReasons(texts, texts.map(boilerplateReason));
    const seen = new Map<string, number>();
    texts.forEach((text, i) => {
      const line = i + 1;
      const key = text.trim().replace(/\s+/g, ' ');
      let why = reasons[i];
      if (!why && key.length >= DUPLICATE_MIN_LENGTH) {
        const first = seen.get(key);
        if (first !== undefined) why = `duplicate of line ${this.lines.fileLine(first)}`;
        else seen.set(key, line);
      }
      if (why) {
        this.skipped.push({ line: this.lines.fileLine(line), reason: why });
        this.skippedLines.add(line);
      }
    });
  }

  private findParagraphs(): void {
    const count = this.lines.lineCount;
    let hasBlank = false;
    for (let line = 1; line <= count && !hasBlank; line++) hasBlank = !this.lineText(line).trim();
    let first = -1;
    let last = -1;
    const close = () => {
      if (first < 0) return;
      const start = this.lines.lineRange(first)[0];
      const end = this.lines.lineRange(last)[1];
      this.paragraphs.push({ index: this.paragraphs.length, start, end, firstLine: first, lastLine: last });
      first = -1;
    };
    for (let line = 1; line <= count; line++) {
      const blank = !this.lineText(line).trim() || this.skippedLines.has(line);
      if (blank) {
        close();
        continue;
      }
      if (first < 0) first = line;
      last = line;
      // No blank lines: one paragraph per line, unless the line is hard-wrapped prose.
      if (!hasBlank && !this.wrapsOntoNextLine(line)) close();
    }
    close();
  }

  /** A line wraps prose onto the next when it stops mid-phrase and the next goes on in lower case. */
  private wrapsOntoNextLine(line: number): boolean {
    if (line >= this.lines.lineCount || this.skippedLines.has(line + 1)) return false;
    const text = this.lineText(line).trimEnd();
    const next = this.lineText(line + 1).trimStart();
    return /[\p{Ll},;:(\-–—]$/u.test(text) && /^\p{Ll}/u.test(next);
  }

  /** A line break inside a paragraph ends a sentence unless the line wraps prose. */
  private lineBreakEndsSentence = (breakAt: number): boolean => !this.wrapsOntoNextLine(this.lines.lineOf(breakAt));

  private findSentences(): void {
    const { titleLine, bylineLine, publishedLine } = this.metadata;
    for (const paragraph of this.paragraphs) {
      for (const [start, end] of splitSentences(this.text, paragraph.start, paragraph.end, this.lineBreakEndsSentence)) {
        const line = this.lines.lineOf(start);
        const role: SentenceRole = line === titleLine ? 'title' : line === bylineLine || line === publishedLine ? 'byline' : 'body';
        this.sentences.push({ index: this.sentences.length, start, end, text: this.text.slice(start, end), paragraph: paragraph.index, line, role });
      }
    }
  }
}

export function createDocument(text: string, options: DocumentOptions = {}): Document {
  return new Document(text, options);
}
