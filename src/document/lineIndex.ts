// Maps UTF-16 offsets (what JavaScript strings and compromise use) to the
// contract's code-point offsets and 1-based line/column, in O(log n).
// A text cut out of a larger file (one article of a news-database export) has a
// base: its code-point offsets and the lines of its positions are the file's,
// while lineOf/lineRange/lineCount stay local to the text (line 1 is its first).
import { lowerBound } from '../util/lowerBound.js';

/** Where a text starts in its file: code-point offset and 1-based line (the text starts a line). */
export interface TextBase {
  offset: number;
  line: number;
}

export const FILE_START: TextBase = { offset: 0, line: 1 };

export interface Position {
  line: number;
  column: number;
}

/** Number of elements of a sorted array that are < value. */
const countBelow = (sorted: number[], value: number): number => lowerBound(sorted.length, (i) => sorted[i]!, value);

export class LineIndex {
  /** UTF-16 offset at which each line starts. */
  readonly lineStarts: number[] = [0];
  /** UTF-16 offsets of the high surrogate of every astral character. */
  private readonly astral: number[] = [];
  readonly length: number;

  constructor(readonly text: string, readonly base: TextBase = FILE_START) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (c >= 0xd800 && c <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
  }

  /** Number of lines: a final line break does not open an empty last line, and an empty text has none. */
  get lineCount(): number {
    if (this.length === 0) return 0;
    const last = this.lineStarts[this.lineStarts.length - 1]!;
    return last === this.length && this.lineStarts.length > 1 ? this.lineStarts.length - 1 : this.lineStarts.length;
  }

  /** Code-point offset in the file of a UTF-16 offset in the text. */
  toCodePoint(utf16: number): number {
    return this.base.offset + utf16 - countBelow(this.astral, utf16 - 1);
  }

  /** UTF-16 offset in the text of a code-point offset in the file. */
  fromCodePoint(cp: number): number {
    // Each astral char before the target shifts it by one code unit.
    return cp - this.base.offset + lowerBound(this.astral.length, (i) => this.toCodePoint(this.astral[i]!), cp);
  }

  /** The file's line number of a line of the text. */
  fileLine(line: number): number {
    return line + this.base.line - 1;
  }

  /** 1-based line of a UTF-16 offset. */
  lineOf(utf16: number): number {
    // Offsets are integers: the lines starting at or before utf16 are those below utf16 + 1.
    return countBelow(this.lineStarts, utf16 + 1);
  }

  /** UTF-16 [start, end) of a 1-based line, without its line break. */
  lineRange(line: number): [number, number] {
    const start = this.lineStarts[line - 1] ?? this.length;
    let end = this.lineStarts[line] ?? this.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return [start, end];
  }

  /** The file's 1-based line and code-point column of a UTF-16 offset in the text. */
  position(utf16: number): Position {
    const line = this.lineOf(utf16);
    const lineStart = this.lineStarts[line - 1]!;
    return { line: this.fileLine(line), column: this.toCodePoint(utf16) - this.toCodePoint(lineStart) + 1 };
  }
}
