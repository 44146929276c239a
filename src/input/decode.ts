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

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom', warnings: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  }
  if (hasNul(bytes) || controlShare(bytes) > 0.1) {
    throw new DecodeError('EBINARY', 'binary data (NUL or control bytes), not text');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      warnings: [{ code: 'ENCODING', message: 'not valid UTF-8: decoded as Windows-1252' }],
    };
  }
}
