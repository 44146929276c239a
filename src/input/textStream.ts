// A many-article file as decoded lines, read in chunks so memory stays bounded
// however large the file. The encoding is chosen as `decode` chooses it for a whole
// file (BOM, else UTF-8, else Windows-1252), from the first 64 KB.
import type { Readable } from 'node:stream';
import type { Warning } from '../schema/result.js';
import { DecodeError, decodeWindows1252, looksBinary, type Decoded } from './decode.js';

/** One line of the file: its text without the line break, and where it starts. */
export interface FileLine {
  text: string;
  /** The line break that ended it: '\n', '\r\n', '\r', or '' for the last line. */
  eol: string;
  /** 1-based line number in the file. */
  line: number;
  /** Code-point offset of its first character in the decoded file. */
  offset: number;
}

const SNIFF_BYTES = 65536;

/** Length of the prefix of `bytes` that ends on a whole UTF-8 character. */
function wholeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, wholeUtf8Length(bytes)));
    return true;
  } catch {
    return false;
  }
}

type Encoding = Decoded['encoding'];

/** A decoder of successive chunks; invalid bytes in UTF-8 become U+FFFD and one warning. */
function chunkDecoder(encoding: Encoding, warnings: Warning[]): (chunk: Uint8Array, last: boolean) => string {
  if (encoding === 'windows-1252') return (chunk) => decodeWindows1252(chunk);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    return (chunk, last) => decoder.decode(chunk, { stream: !last });
  }
  let carry = new Uint8Array(0);
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  return (chunk, last) => {
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const cut = last ? bytes.length : wholeUtf8Length(bytes);
    carry = bytes.slice(cut);
    const whole = bytes.subarray(0, cut);
    try {
      return strict.decode(whole);
    } catch {
      if (!warnings.some((w) => w.code === 'ENCODING')) {
        warnings.push({ code: 'ENCODING', message: 'not valid UTF-8 past the first 64 KB: invalid bytes replaced by U+FFFD' });
      }
      return lenient.decode(whole);
    }
  };
}

export interface TextStream {
  encoding: Encoding;
  /** Warnings about the decoding so far (grows while reading). */
  warnings: Warning[];
  /** The decoded text, chunk by chunk (BOM removed). */
  chunks: AsyncGenerator<string>;
}

/** Reads the first 64 KB to choose the encoding; throws DecodeError for binary data. */
export async function openTextStream(bytes: Readable): Promise<TextStream> {
  const iterator = bytes[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  let first: Uint8Array = Buffer.concat(head);
  const warnings: Warning[] = [];
  let encoding: Encoding;
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) [encoding, first] = ['utf-8-bom', first.subarray(3)];
  else if (first[0] === 0xff && first[1] === 0xfe) [encoding, first] = ['utf-16le', first.subarray(2)];
  else if (first[0] === 0xfe && first[1] === 0xff) [encoding, first] = ['utf-16be', first.subarray(2)];
  else if (looksBinary(first)) throw new DecodeError('EBINARY', 'binary data (NUL or control bytes), not text');
  else if (isUtf8(first)) encoding = 'utf-8';
  else {
    encoding = 'windows-1252';
    warnings.push({ code: 'ENCODING', message: 'not valid UTF-8: decoded as Windows-1252' });
  }
  const decodeChunk = chunkDecoder(encoding, warnings);
  async function* chunks(): AsyncGenerator<string> {
    yield decodeChunk(first, done);
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield decodeChunk(next.value, false);
    yield decodeChunk(new Uint8Array(0), true);
  }
  return { encoding, warnings, chunks: chunks() };
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
const PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const codePoints = (s: string) => (HIGH_SURROGATE.test(s) ? s.length - (s.match(PAIRS)?.length ?? 0) : s.length);

/** Lines as LineIndex counts them: broken at '\n', '\r\n' or a lone '\r'. */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<FileLine> {
  let buffer = '';
  let line = 1;
  let offset = 0;
  const emit = (text: string, eol: string): FileLine => {
    const out = { text, eol, line: line++, offset };
    offset += codePoints(text) + eol.length;
    return out;
  };
  for await (const chunk of chunks) {
    buffer += chunk;
    let from = 0;
    // Each kind of break is searched once per position passed, not once per line.
    let lf = buffer.indexOf('\n');
    let cr = buffer.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      const at = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      // A '\r' at the end of a chunk may be the first half of '\r\n'.
      if (at === cr && at === buffer.length - 1) break;
      const eol = at === cr && buffer[at + 1] === '\n' ? '\r\n' : buffer[at]!;
      yield emit(buffer.slice(from, at), eol);
      from = at + eol.length;
      if (lf >= 0 && lf < from) lf = buffer.indexOf('\n', from);
      if (cr >= 0 && cr < from) cr = buffer.indexOf('\r', from);
    }
    buffer = buffer.slice(from);
  }
  if (buffer.endsWith('\r')) yield emit(buffer.slice(0, -1), '\r');
  else if (buffer) yield emit(buffer, '');
}
