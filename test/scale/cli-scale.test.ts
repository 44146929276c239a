import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, ensureBuilt, jsonLines } from './helpers.js';

const article = (n: number) =>
  `Ceasefire talks resume in town ${n}\n\nBy Test Desk\n\nOfficials said on Monday that ${n + 2} people were killed in clashes near the border.\n`;

// Each test spawns the CLI a few times; on a busy machine that takes a while.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

let tmp: string;
let dir: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-scale-'));
  dir = path.join(tmp, 'articles');
  fs.mkdirSync(dir);
  for (let i = 0; i < 9; i++) fs.writeFileSync(path.join(dir, `f${i}.txt`), article(i));
  fs.writeFileSync(path.join(dir, 'f9.txt.gz'), gzipSync(article(9)));
});

describe('parallel runs', () => {
  it('gives byte-identical output in input order whatever --jobs is', () => {
    const one = cli(['extract', '--quiet', '--format', 'jsonl', '--jobs', '1', '--ext', 'txt,txt.gz', dir]);
    const two = cli(['extract', '--quiet', '--format', 'jsonl', '--jobs', '2', '--ext', 'txt,txt.gz', dir]);
    const three = cli(['extract', '--quiet', '--format', 'jsonl', '--jobs', '3', '--ext', 'txt,txt.gz', dir]);
    expect([one.code, one.stderr]).toEqual([0, '']);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    const paths = jsonLines(one.stdout).map((r) => path.basename(r.source.path));
    expect(paths).toEqual(['f0.txt', 'f1.txt', 'f2.txt', 'f3.txt', 'f4.txt', 'f5.txt', 'f6.txt', 'f7.txt', 'f8.txt', 'f9.txt.gz']);
  });

  it('reads .gz files transparently', () => {
    const [result] = jsonLines(cli(['extract', '--format', 'jsonl', path.join(dir, 'f9.txt.gz')]).stdout);
    expect(result.metadata.title).toBe('Ceasefire talks resume in town 9');
  });
});

describe('JSONL dumps', () => {
  const dump = () =>
    [
      JSON.stringify({ id: 'a', body: article(1), day: '2024-03-05T10:00:00Z' }),
      '{broken',
      JSON.stringify({ id: 'c', other: 'no text here' }),
      JSON.stringify({ id: 'd', body: article(2) }),
    ].join('\n') + '\n';

  it('keeps one result per input line, in order, from stdin to stdout', () => {
    const r = cli(['extract', '--input-format', 'jsonl', '--text-field', 'body', '--id-field', 'id', '--date-field', 'day', '--format', 'jsonl', '-'], dump());
    const results = jsonLines(r.stdout);
    expect(results.map((x) => x.source.record)).toEqual([1, 2, 3, 4]);
    expect(results.map((x) => x.source.id ?? null)).toEqual(['a', null, 'c', 'd']);
    expect(results[0].metadata).toMatchObject({ referenceDate: '2024-03-05', referenceDateSource: 'option' });
    expect(results[1].error.code).toBe('EJSON');
    expect(results[2].error.code).toBe('ENOTEXT');
    expect(r.code).toBe(1);
  });

  it('reads gzipped dumps and names the record in provenance', () => {
    const file = path.join(tmp, 'dump.jsonl.gz');
    fs.writeFileSync(file, gzipSync(dump()));
    const results = jsonLines(cli(['extract', '--input-format', 'jsonl', '--text-field', 'body', '--format', 'jsonl', file]).stdout);
    expect(results[3].source).toMatchObject({ path: file, record: 4 });
    expect(results[3].metadata.title).toBe('Ceasefire talks resume in town 2');
  });
});

describe('file lists, shards and resume', () => {
  it('reads paths from --files-from', () => {
    const list = path.join(tmp, 'list.txt');
    fs.writeFileSync(list, `${path.join(dir, 'f2.txt')}\n\n${path.join(dir, 'f1.txt')}\n`);
    const results = jsonLines(cli(['extract', '--format', 'jsonl', '--files-from', list]).stdout);
    expect(results.map((x) => path.basename(x.source.path))).toEqual(['f2.txt', 'f1.txt']);
  });

  it('reads the list from stdin with --files-from -, and gzipped text from stdin as -', () => {
    const listed = jsonLines(cli(['extract', '--format', 'jsonl', '--files-from', '-'], `${path.join(dir, 'f9.txt.gz')}\n${path.join(dir, 'f3.txt')}\n`).stdout);
    expect(listed.map((x) => path.basename(x.source.path))).toEqual(['f9.txt.gz', 'f3.txt']);
    const piped = jsonLines(cli(['extract', '--format', 'jsonl', '-'], fs.readFileSync(path.join(dir, 'f9.txt.gz'))).stdout);
    expect(piped).toHaveLength(1);
    expect({ ...piped[0], source: { ...piped[0].source, path: 'x' } }).toEqual({ ...listed[0], source: { ...listed[0].source, path: 'x' } });
    expect(piped[0].metadata.title).toBe('Ceasefire talks resume in town 9');
  });

  it('splits inputs into disjoint shards that cover them all', () => {
    const shard = (k: number) => jsonLines(cli(['extract', '--quiet', '--format', 'jsonl', '--shard', `${k}/3`, dir]).stdout).map((x) => path.basename(x.source.path));
    const parts = [shard(1), shard(2), shard(3)];
    expect(parts[0]).toEqual(['f0.txt', 'f3.txt', 'f6.txt']);
    expect(parts.flat().sort()).toEqual(['f0.txt', 'f1.txt', 'f2.txt', 'f3.txt', 'f4.txt', 'f5.txt', 'f6.txt', 'f7.txt', 'f8.txt']);
  });

  it('--resume skips inputs already written, drops a cut-off last line, and adds the rest', () => {
    const out = path.join(tmp, 'resume.jsonl');
    fs.rmSync(out, { force: true });
    cli(['extract', '--format', 'jsonl', '--out', out, path.join(dir, 'f0.txt'), path.join(dir, 'f1.txt')]);
    fs.appendFileSync(out, '{"schemaVersion":1,"source":{"pa'); // an interrupted last line
    const r = cli(['extract', '--format', 'jsonl', '--out', out, '--resume', dir]);
    expect(r.stderr).toContain('2 already done');
    const text = fs.readFileSync(out, 'utf8');
    // Whole lines only: every line is a result.
    const names = jsonLines(text).map((x) => path.basename(x.source.path));
    expect(names.filter((n) => n === 'f0.txt')).toHaveLength(1);
    expect(names).toHaveLength(9);
    expect(new Set(names).size).toBe(9);
  });

  it('refuses --resume without a JSONL --out file', () => {
    expect(cli(['extract', '--resume', dir]).code).toBe(2);
    expect(cli(['extract', '--resume', '--out', path.join(tmp, 'x.json'), '--format', 'json', dir]).code).toBe(2);
  });
});

describe('huge documents', () => {
  it('parses a document over --max-bytes in parts, with a warning and exact spans', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: the army said on Tuesday that ${i + 3} soldiers were wounded.`);
    const file = path.join(tmp, 'big.txt');
    fs.writeFileSync(file, `A long report\n\n${paragraphs.join('\n\n')}\n`);
    const [result] = jsonLines(cli(['extract', '--format', 'jsonl', '--max-bytes', '1000', file]).stdout);
    expect(result.source.bytes).toBeGreaterThan(1000);
    const text = [...fs.readFileSync(file, 'utf8')];
    for (const kind of ['dates', 'quotes', 'casualties', 'claims'] as const) {
      for (const item of result[kind]) expect(text.slice(item.span.start, item.span.end).join('')).toBe(item.span.text);
    }
  });
});
