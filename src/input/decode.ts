// Bytes to text: BOM-aware UTF-8/UTF-16, Windows-1252 fallback with a warning,
// and a refusal of binary data rather than garbage output.
import type { Warning } from '../schema/result.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: Warning[];
}

export class DecodeError extends Error {
  constructor(readonly code: 'EBINARY', message: string) {
    super(message);
  }
}

/** Share of bytes that are control characters other than tab, CR, LF, FF. */
function controlShare(bytes: Uint8Array, limit = 65536): number {
  const n = Math.min(bytes.length, limit);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  return controls / n;
}

// Windows-1252's 0x80–0x9F (curly quotes, dashes, €); the five unassigned bytes map
// to the same code point, as WHATWG does. Our own table because Node 20's
// TextDecoder('windows-1252') decodes these bytes as Latin-1 C1 controls.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/** NUL bytes or many control characters (in the first 64 KB): not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  return hasNul(bytes) || controlShare(bytes) > 0.1;
}

/** Decodes after a BOM; bytes invalid in that encoding become U+FFFD with a warning, never silently. */
function decodeAfterBom(bytes: Uint8Array, label: 'utf-8' | 'utf-16le' | 'utf-16be', encoding: Decoded['encoding']): Decoded {
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding, warnings: [] };
  } catch {
    return {
      text: new TextDecoder(label, { ignoreBOM: true }).decode(bytes),
      encoding,
      warnings: [{ code: 'ENCODING', message: `not valid ${label.toUpperCase()} after its byte-order mark: invalid bytes replaced by U+FFFD` }],
    };
  }
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAfterBom(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAfterBom(bytes.subarray(2), 'utf-16le', 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAfterBom(bytes.subarray(2), 'utf-16be', 'utf-16be');
  if (looksBinary(bytes)) {
    throw new DecodeError('EBINARY', 'binary data (NUL or control bytes), not text');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      warnings: [{ code: 'ENCODING', message: 'not valid UTF-8: decoded as Windows-1252' }],
    };
  }
}
