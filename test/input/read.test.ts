import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFailure, readSource, sourceFromBytes, sourceFromText, type Source } from '../../src/input/read.js';

const fixtures = new URL('../../fixtures/inputs/', import.meta.url);
const fixturePath = (name: string) => new URL(name, fixtures).pathname;

describe('sourceFromBytes', () => {
  it('records path, byte count, sha256 of the raw bytes, encoding and text', () => {
    const bytes = fs.readFileSync(fixturePath('article-crlf-bom.txt'));
    const source = sourceFromBytes('a.txt', bytes) as Source;
    expect(isFailure(source)).toBe(false);
    expect(source).toMatchObject({ path: 'a.txt', bytes: bytes.length, encoding: 'utf-8-bom', warnings: [] });
    expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(source.text.startsWith('Gunmen')).toBe(true);
  });

  it('carries decoding warnings into the source', () => {
    const source = sourceFromBytes('w.txt', fs.readFileSync(fixturePath('article-windows1252.txt'))) as Source;
    expect(source.encoding).toBe('windows-1252');
    expect(source.warnings.map((w) => w.code)).toEqual(['ENCODING']);
  });

  it('turns binary data into a failure naming the path', () => {
    const failure = sourceFromBytes('bin.bin', fs.readFileSync(fixturePath('binary.bin')));
    expect(isFailure(failure)).toBe(true);
    expect(failure).toMatchObject({ path: 'bin.bin', code: 'EBINARY' });
  });
});

describe('sourceFromText', () => {
  it('hashes the UTF-8 bytes of the text and removes a leading BOM from the text only', () => {
    const withBom = sourceFromText('t.txt', '\ufeffKabul');
    expect(withBom).toMatchObject({ text: 'Kabul', bytes: 8, encoding: 'utf-8-bom' });
    expect(withBom.sha256).toBe(createHash('sha256').update(Buffer.from('\ufeffKabul', 'utf8')).digest('hex'));
    expect(sourceFromText('t.txt', 'Kabul')).toMatchObject({ text: 'Kabul', bytes: 5, encoding: 'utf-8' });
  });
});

describe('readSource', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-read-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads and decodes a file', async () => {
    const source = await readSource({ kind: 'file', path: fixturePath('article-utf16be.txt') });
    expect(isFailure(source)).toBe(false);
    expect((source as Source).encoding).toBe('utf-16be');
  });

  it('passes a missing input through as a failure', async () => {
    expect(await readSource({ kind: 'missing', path: 'nope/*.txt', code: 'ENOENT', message: 'no file matches this pattern' })).toEqual({
      path: 'nope/*.txt',
      code: 'ENOENT',
      message: 'no file matches this pattern',
    });
  });

  it('reports a file that vanished before reading as ENOENT', async () => {
    const failure = await readSource({ kind: 'file', path: path.join(dir, 'gone.txt') });
    expect(failure).toMatchObject({ path: path.join(dir, 'gone.txt'), code: 'ENOENT' });
  });

  it('reports a directory as EISDIR', async () => {
    expect(await readSource({ kind: 'file', path: dir })).toMatchObject({ code: 'EISDIR', message: 'is a directory' });
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file as EACCES', async () => {
    const locked = path.join(dir, 'locked.txt');
    fs.writeFileSync(locked, 'text');
    fs.chmodSync(locked, 0o000);
    expect(await readSource({ kind: 'file', path: locked })).toMatchObject({ code: 'EACCES', message: 'permission denied' });
  });
});
