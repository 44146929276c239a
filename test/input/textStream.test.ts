import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openTextStream, splitLines, type FileLine } from '../../src/input/textStream.js';

async function linesOf(chunks: string[]): Promise<FileLine[]> {
  const out: FileLine[] = [];
  for await (const line of splitLines(Readable.from(chunks))) out.push(line);
  return out;
}

async function decoded(bytes: Buffer[]): Promise<{ text: string; encoding: string; warnings: string[] }> {
  const stream = await openTextStream(Readable.from(bytes));
  let text = '';
  for await (const chunk of stream.chunks) text += chunk;
  return { text, encoding: stream.encoding, warnings: stream.warnings.map((w) => w.code) };
}

describe('splitLines', () => {
  it('breaks lines as LineIndex does, whatever the chunks', async () => {
    const text = 'a\r\nb\rc\n😀d\r\n\re';
    const whole = await linesOf([text]);
    expect(whole.map((l) => [l.text, l.eol, l.line, l.offset])).toEqual([
      ['a', '\r\n', 1, 0],
      ['b', '\r', 2, 3],
      ['c', '\n', 3, 5],
      ['😀d', '\r\n', 4, 7],
      ['', '\r', 5, 11],
      ['e', '', 6, 12],
    ]);
    // Every cut, including between '\r' and '\n' and inside the surrogate pair.
    for (let cut = 1; cut < text.length; cut++) expect(await linesOf([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
  });

  it('gives no empty line after a final break', async () => {
    expect((await linesOf(['a\n'])).map((l) => l.text)).toEqual(['a']);
    expect((await linesOf(['a\r'])).map((l) => [l.text, l.eol])).toEqual([['a', '\r']]);
  });
});

describe('openTextStream', () => {
  it('removes a UTF-8 BOM and keeps characters split across chunks', async () => {
    const bytes = Buffer.from('\ufeffcafé 😀', 'utf8');
    expect(await decoded([bytes.subarray(0, 5), bytes.subarray(5, 11), bytes.subarray(11)])).toEqual({ text: 'café 😀', encoding: 'utf-8-bom', warnings: [] });
  });

  it('reads UTF-16 by its BOM and Windows-1252 when the start is not UTF-8', async () => {
    expect(await decoded([Buffer.from('\ufeffKabul\n', 'utf16le')])).toMatchObject({ text: 'Kabul\n', encoding: 'utf-16le' });
    expect(await decoded([Buffer.from([0x93, 0x48, 0x69, 0x94])])).toEqual({ text: '“Hi”', encoding: 'windows-1252', warnings: ['ENCODING'] });
  });

  it('replaces invalid UTF-8 past the first 64 KB and warns', async () => {
    const start = Buffer.alloc(70000, 'a');
    expect(await decoded([start, Buffer.from([0x62, 0xff, 0x63])])).toMatchObject({ encoding: 'utf-8', warnings: ['ENCODING'] });
  });

  it('refuses binary data', async () => {
    await expect(openTextStream(Readable.from([Buffer.from([0, 1, 2, 3])]))).rejects.toMatchObject({ code: 'EBINARY' });
  });
});
