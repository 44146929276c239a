import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError, decodeWindows1252 } from '../../src/input/decode.js';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(new URL(`../../fixtures/inputs/${name}`, import.meta.url)));
const lfText = fs.readFileSync(new URL('../../fixtures/inputs/article-lf.txt', import.meta.url), 'utf8');

describe('decode: the article in every encoding gives the same text', () => {
  it.each([
    ['article-lf.txt', 'utf-8', lfText],
    ['article-crlf-bom.txt', 'utf-8-bom', lfText.replace(/\n/g, '\r\n')],
    ['article-cr.txt', 'utf-8', lfText.replace(/\n/g, '\r')],
    ['article-utf16le.txt', 'utf-16le', lfText],
    ['article-utf16be.txt', 'utf-16be', lfText],
  ])('%s decodes as %s without warnings', (name, encoding, expected) => {
    const decoded = decode(fixture(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(expected);
    expect(decoded.warnings).toEqual([]);
  });

  it('removes the BOM and nothing else', () => {
    const decoded = decode(fixture('article-crlf-bom.txt'));
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(decoded.text.startsWith('Gunmen kill')).toBe(true);
  });

  it('decodes bytes that are not UTF-8 as Windows-1252, with a warning', () => {
    const decoded = decode(fixture('article-windows1252.txt'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(lfText);
    expect(decoded.text).toContain('“They came from the east');
    expect(decoded.text).toContain('Médecins Sans Frontières');
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0]!.code).toBe('ENCODING');
    expect(decoded.warnings[0]!.message).toMatch(/Windows-1252/);
  });

  it('decodes an empty file as empty UTF-8 text', () => {
    expect(decode(fixture('empty.txt'))).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
  });
});

describe('decode: small byte cases', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it.each<[string, Uint8Array, string, string]>([
    ['plain ASCII', bytes(0x68, 0x69), 'hi', 'utf-8'],
    ['UTF-8 é', bytes(0x63, 0x61, 0x66, 0xc3, 0xa9), 'café', 'utf-8'],
    ['UTF-8 astral', bytes(0xf0, 0x9f, 0x98, 0x80), '😀', 'utf-8'],
    ['BOM only', bytes(0xef, 0xbb, 0xbf), '', 'utf-8-bom'],
    ['UTF-16 LE astral', bytes(0xff, 0xfe, 0x3d, 0xd8, 0x00, 0xde), '😀', 'utf-16le'],
    ['UTF-16 BE text', bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0x0a), 'A\n', 'utf-16be'],
    ['a BOM inside the text is kept', bytes(0x61, 0xef, 0xbb, 0xbf), 'a\ufeff', 'utf-8'],
    ['a lone 0xE9', bytes(0x63, 0x61, 0x66, 0xe9), 'café', 'windows-1252'],
    ['0x93 0x94 curly quotes', bytes(0x93, 0x68, 0x69, 0x94), '“hi”', 'windows-1252'],
    ['a truncated UTF-8 sequence', bytes(0x61, 0xe2, 0x80), 'aâ€', 'windows-1252'],
  ])('%s', (_name, input, text, encoding) => {
    const decoded = decode(input);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings.length).toBe(encoding === 'windows-1252' ? 1 : 0);
  });

  it('keeps tabs, form feeds and line breaks as text', () => {
    expect(decode(bytes(0x61, 0x09, 0x62, 0x0c, 0x0d, 0x0a)).text).toBe('a\tb\f\r\n');
  });
});

describe('decode: binary data is refused', () => {
  const refuses = (input: Uint8Array) => {
    try {
      decode(input);
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).code).toBe('EBINARY');
      return;
    }
    throw new Error('expected a DecodeError');
  };

  it('refuses the binary fixture', () => refuses(fixture('binary.bin')));
  it('refuses a single NUL byte in otherwise plain text', () => refuses(new Uint8Array([0x61, 0x00, 0x62])));
  it('refuses text that is mostly control bytes', () => refuses(new Uint8Array([0x01, 0x02, 0x03, 0x61, 0x04, 0x05])));
  it('accepts a few stray control bytes in long text', () => {
    const input = new Uint8Array(200).fill(0x61);
    input[10] = 0x1b;
    expect(decode(input).encoding).toBe('utf-8');
  });
});

describe('decode: Windows-1252 table', () => {
  it('maps 0x80–0x9F to the Windows-1252 characters, not C1 controls', () => {
    const high = new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99]);
    expect(decodeWindows1252(high)).toBe('€…‘’“”–—™');
  });

  it('maps 0xA0–0xFF to the same code points (Latin-1)', () => {
    const latin = Uint8Array.from({ length: 96 }, (_, i) => 0xa0 + i);
    expect([...decodeWindows1252(latin)].map((c) => c.codePointAt(0))).toEqual([...latin]);
  });

  it('keeps the five unassigned bytes as their own code points', () => {
    expect([...decodeWindows1252(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d]))].map((c) => c.codePointAt(0))).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });

  it('decodes long input (more than one chunk) completely', () => {
    const long = new Uint8Array(20000).fill(0x93);
    expect(decodeWindows1252(long)).toBe('“'.repeat(20000));
  });
});

describe('decode: invalid bytes after a BOM are never replaced silently', () => {
  it.each<[string, number[], string]>([
    ['UTF-8 BOM then 0xFF', [0xef, 0xbb, 0xbf, 0x61, 0xff], 'utf-8-bom'],
    ['UTF-16 LE with a lone high surrogate', [0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00], 'utf-16le'],
    ['UTF-16 BE with an odd byte count', [0xfe, 0xff, 0x00, 0x41, 0x00], 'utf-16be'],
  ])('%s: U+FFFD and a warning', (_name, input, encoding) => {
    const decoded = decode(new Uint8Array(input));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain('\ufffd');
    expect(decoded.warnings).toEqual([expect.objectContaining({ code: 'ENCODING' })]);
  });
});
