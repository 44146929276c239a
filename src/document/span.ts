// The one function that builds spans: every item's provenance comes from here.
import type { Span } from '../schema/result.js';
import type { LineIndex } from './lineIndex.js';

/** A span over UTF-16 offsets [start, end) of the indexed text, in its file's code points and lines. */
export function makeSpan(index: LineIndex, start: number, end: number): Span {
  if (start < 0 || end > index.length || end < start) {
    throw new RangeError(`span [${start}, ${end}) outside text of length ${index.length}`);
  }
  const first = index.position(start);
  // The last character: step back over a surrogate pair so its column is its own.
  let lastChar = end > start ? end - 1 : start;
  const code = index.text.charCodeAt(lastChar);
  if (lastChar > start && code >= 0xdc00 && code <= 0xdfff) lastChar--;
  const last = index.position(lastChar);
  return {
    start: index.toCodePoint(start),
    end: index.toCodePoint(end),
    line: first.line,
    column: first.column,
    endLine: last.line,
    endColumn: last.column,
    text: index.text.slice(start, end),
  };
}
