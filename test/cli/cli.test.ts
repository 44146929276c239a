// The built binary on the input fixtures: formats, exit codes, error records, --out,
// stdin, folders, globs and usage errors. All runs start together in beforeAll (each
// spawn loads the whole tool), and the tests read their captured output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { ResultSchema, type DocumentResult, type ErrorResult } from '../../src/schema/result.js';
import { buildIfMissing, canFakeTerminal, jsonLines, root, runAll, schemaErrors, type Run } from './helpers.js';

const input = (name: string) => `fixtures/inputs/${name}`;
const LF = input('article-lf.txt');
const TITLE = 'Gunmen kill at least 14 in dawn raid on Sudanese border village';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-cli-'));
const outFile = path.join(tmp, 'out.json');
const refusedOut = path.join(tmp, 'refused.json');

let runs: Record<string, Run>;

beforeAll(async () => {
  buildIfMissing();
  runs = await runAll({
    mixed: [['extract', '--jobs', '2', '--format', 'json', LF, input('missing.txt'), input('binary.bin'), input('article-crlf-bom.txt'), input('article-windows1252.txt')]],
    jsonl: [['extract', '--format', 'jsonl', '--quiet', '--reference-date', '2025-01-15', input('article-cr.txt'), input('article-utf16le.txt'), '-', input('article-utf16be.txt')], { input: fs.readFileSync(path.join(root, LF)) }],
    pretty: [['extract', '--format', 'pretty', LF]],
    defaultFormat: [['extract', input('empty.txt')]],
    out: [['extract', '--format', 'json', '--out', outFile, input('folder'), 'fixtures/inputs/article-utf16*.txt']],
    ext: [['extract', '--format', 'jsonl', '--quiet', '--ext', 'txt,.MD', input('folder')]],
    schema: [['schema']],
    badFormat: [['extract', '--format', 'xml', '--out', refusedOut, LF]],
    badDate: [['extract', '--reference-date', '2025-13-40', LF]],
    badTagger: [['extract', '--tagger', 'slow', LF]],
    fullTagger: [['extract', '--jobs', '2', '--tagger', 'full', '--format', 'json', LF]],
    noInput: [['extract']],
    timelineNoInput: [['timeline']],
    timelineBadFormat: [['timeline', '--format', 'xml', LF]],
    unknownCommand: [['frobnicate']],
    version: [['--version']],
    help: [['extract', '--help']],
    ...(canFakeTerminal
      ? {
          terminal: [['extract', '--quiet', LF], { tty: true }] as [string[], { tty: boolean }],
          terminalNoColor: [['extract', '--quiet', LF], { tty: true, env: { NO_COLOR: '1' } }] as [string[], { tty: boolean; env: Record<string, string> }],
        }
      : {}),
  });
}, 240_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const documents = (run: Run) => JSON.parse(run.stdout) as Array<DocumentResult | ErrorResult>;

describe('--format json with good and failing inputs', () => {
  it('exits 1 when an input failed', () => {
    expect(runs.mixed!.code).toBe(1);
  });

  it('writes one JSON array, every element valid against ResultSchema, in input order', () => {
    const results = documents(runs.mixed!);
    expect(results.map((r) => r.source.path)).toEqual([LF, input('missing.txt'), input('binary.bin'), input('article-crlf-bom.txt'), input('article-windows1252.txt')]);
    for (const r of results) expect(ResultSchema.safeParse(r).success).toBe(true);
  });

  it('puts an error record, and only that, in place of each failed input', () => {
    const [, missing, binary] = documents(runs.mixed!);
    for (const record of [missing, binary]) {
      expect(Object.keys(record!).sort()).toEqual(['error', 'schemaVersion', 'source']);
      expect(Object.keys((record as ErrorResult).source)).toEqual(['path']);
      expect(Object.keys((record as ErrorResult).error).sort()).toEqual(['code', 'message']);
      expect(record!.schemaVersion).toBe(1);
    }
    expect((missing as ErrorResult).error.code).toBe('ENOENT');
    expect((binary as ErrorResult).error.code).toBe('EBINARY');
  });

  it('still gives full results for the good inputs', () => {
    const [lf, , , crlf, cp1252] = documents(runs.mixed!) as DocumentResult[];
    for (const r of [lf!, crlf!, cp1252!]) {
      expect(r.metadata.title).toBe(TITLE);
      expect(r.metadata.published).toBe('2025-03-04');
      expect(r.source.lines).toBe(15);
      expect(r.source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.claims.length).toBeGreaterThan(0);
    }
    expect(lf!.source).toMatchObject({ encoding: 'utf-8', bytes: fs.statSync(path.join(root, LF)).size });
    expect(crlf!.source.encoding).toBe('utf-8-bom');
    expect(cp1252!.source.encoding).toBe('windows-1252');
    expect(cp1252!.warnings.map((w) => w.code)).toContain('ENCODING');
    expect(crlf!.claims.map((k) => [k.span.line, k.span.column, k.span.endLine, k.span.endColumn])).toEqual(lf!.claims.map((k) => [k.span.line, k.span.column, k.span.endLine, k.span.endColumn]));
  });

  it('names each failed file and its reason on stderr, and ends with a summary line', () => {
    const lines = runs.mixed!.stderr.trim().split('\n');
    expect(lines.find((l) => l.includes(input('missing.txt')))).toMatch(/no such file|ENOENT/);
    expect(lines.find((l) => l.includes(input('binary.bin')))).toMatch(/binary/);
    expect(lines.at(-1)).toMatch(/^claimtrace extract: 5 files, 2 errors, [\d.]+ s$/);
  });
});

describe('the library entry point', () => {
  it('extract(text, { path }) returns the same result as the CLI for that file', () => {
    const cli = (documents(runs.mixed!) as DocumentResult[])[0]!;
    expect(extract(fs.readFileSync(path.join(root, LF), 'utf8'), { path: LF })).toEqual(cli);
  });

  it('a text read with its BOM gives the same result as the CLI on the BOM file', () => {
    const name = input('article-crlf-bom.txt');
    const cli = (documents(runs.mixed!) as DocumentResult[])[3]!;
    expect(extract(fs.readFileSync(path.join(root, name), 'utf8'), { path: name })).toEqual(cli);
  });
});

describe('--format jsonl', () => {
  it('exits 0 and writes one result per line, in input order, stdin as "-"', () => {
    expect(runs.jsonl!.code).toBe(0);
    expect(runs.jsonl!.stdout.endsWith('\n')).toBe(true);
    const results = jsonLines(runs.jsonl!.stdout) as DocumentResult[];
    expect(results.map((r) => r.source.path)).toEqual([input('article-cr.txt'), input('article-utf16le.txt'), '-', input('article-utf16be.txt')]);
    for (const r of results) {
      expect(ResultSchema.safeParse(r).success).toBe(true);
      expect(r.metadata.title).toBe(TITLE);
    }
    expect(results.map((r) => r.source.encoding)).toEqual(['utf-8', 'utf-16le', 'utf-8', 'utf-16be']);
  });

  it('reads stdin bytes like the same file', () => {
    const stdin = (jsonLines(runs.jsonl!.stdout) as DocumentResult[])[2]!;
    const lf = (documents(runs.mixed!) as DocumentResult[])[0]!;
    expect(stdin.source.sha256).toBe(lf.source.sha256);
    expect(stdin.claims.map((k) => k.span)).toEqual(lf.claims.map((k) => k.span));
  });

  it('--reference-date replaces the published date as reference', () => {
    for (const r of jsonLines(runs.jsonl!.stdout) as DocumentResult[]) {
      expect(r.metadata).toMatchObject({ published: '2025-03-04', referenceDate: '2025-01-15', referenceDateSource: 'option' });
    }
    const withoutOption = (documents(runs.mixed!) as DocumentResult[])[0]!;
    expect(withoutOption.metadata).toMatchObject({ referenceDate: '2025-03-04', referenceDateSource: 'published' });
  });

  it('--quiet leaves stderr empty', () => {
    expect(runs.jsonl!.stderr).toBe('');
  });
});

describe('--format pretty', () => {
  it('shows the title and file:line of items, with no colour codes when not a terminal', () => {
    const { code, stdout, stderr } = runs.pretty!;
    expect(code).toBe(0);
    expect(stdout).toContain(TITLE);
    expect(stdout).toMatch(new RegExp(`${LF.replace(/[.]/g, '\\.')}:\\d+`));
    expect(stdout).not.toMatch(/\x1b\[/);
    expect(stderr).toBe(''); // one file: no summary line
  });

  it('fits an 80-column terminal', () => {
    for (const line of runs.pretty!.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });
});

describe.skipIf(!canFakeTerminal)('on a terminal', () => {
  const SGR = /\x1b\[[0-9;]*m/;
  it('writes pretty output in colour by default', () => {
    expect(runs.terminal!.code).toBe(0);
    expect(runs.terminal!.stdout).toContain(TITLE);
    expect(runs.terminal!.stdout).toMatch(SGR);
  });

  it('writes no colour when NO_COLOR is set', () => {
    expect(runs.terminalNoColor!.code).toBe(0);
    expect(runs.terminalNoColor!.stdout).toContain(TITLE);
    expect(runs.terminalNoColor!.stdout).not.toMatch(SGR);
  });
});

describe('defaults and edge inputs', () => {
  it('writes JSON when stdout is not a terminal, and an empty file is a document with no lines', () => {
    expect(runs.defaultFormat!.code).toBe(0);
    const [empty] = documents(runs.defaultFormat!) as DocumentResult[];
    expect(empty!.source).toMatchObject({ path: input('empty.txt'), bytes: 0, lines: 0 });
    expect(empty!.metadata.title).toBeNull();
    expect(empty!.claims).toEqual([]);
  });
});

describe('--out, folders and globs', () => {
  it('writes the file atomically: stdout empty, valid JSON in the file, no temporary file left', () => {
    expect(runs.out!.code).toBe(0);
    expect(runs.out!.stdout).toBe('');
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('out.json'))).toEqual(['out.json']);
    const results = JSON.parse(fs.readFileSync(outFile, 'utf8')) as DocumentResult[];
    for (const r of results) expect(ResultSchema.safeParse(r).success).toBe(true);
  });

  it('searches folders recursively for .txt by default, then expands the glob, in order', () => {
    const results = JSON.parse(fs.readFileSync(outFile, 'utf8')) as DocumentResult[];
    expect(results.map((r) => r.source.path)).toEqual([
      input('folder/nested/inner.txt'),
      input('folder/top.txt'),
      input('article-utf16be.txt'),
      input('article-utf16le.txt'),
    ]);
    expect(runs.out!.stderr).toMatch(/^claimtrace extract: 4 files, 0 errors, [\d.]+ s\n$/);
  });

  it('--ext chooses the extensions searched for, in any case and with or without the dot', () => {
    expect(runs.ext!.code).toBe(0);
    expect((jsonLines(runs.ext!.stdout) as DocumentResult[]).map((r) => r.source.path)).toEqual([
      input('folder/nested/deeper/deep.md'),
      input('folder/nested/inner.txt'),
      input('folder/nested/notes.md'),
      input('folder/top.txt'),
    ]);
  });
});

describe('claimtrace schema', () => {
  it('prints a JSON Schema, generated from zod, that real results fit and broken ones do not', () => {
    expect(runs.schema!.code).toBe(0);
    const schema = JSON.parse(runs.schema!.stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.anyOf).toHaveLength(2);
    for (const r of documents(runs.mixed!)) expect(schemaErrors(schema, r)).toEqual([]);
    const good = (documents(runs.mixed!) as DocumentResult[])[0]!;
    const brokenSpan = structuredClone(good);
    brokenSpan.claims[0]!.span.line = 0;
    expect(schemaErrors(schema, brokenSpan)).not.toEqual([]);
    const missingField = structuredClone(good) as Partial<DocumentResult>;
    delete missingField.metadata;
    expect(schemaErrors(schema, missingField)).not.toEqual([]);
    expect(schemaErrors(schema, { schemaVersion: 1, source: { path: 'x' }, error: { code: 'E' } })).not.toEqual([]);
  });
});

describe('--tagger full', () => {
  it('runs compromise’s full tagger in the workers and gives the same result as the fast tagger here', () => {
    expect(runs.fullTagger!.code).toBe(0);
    const [full] = documents(runs.fullTagger!);
    const [fast] = documents(runs.mixed!);
    expect(full).toEqual(fast);
  });
});

describe('usage errors exit 2 with a clear message', () => {
  it.each<[string, RegExp]>([
    ['badFormat', /xml.*invalid|invalid.*xml/i],
    ['badDate', /YYYY-MM-DD/],
    ['badTagger', /slow.*invalid|invalid.*slow/i],
    ['noInput', /no input/i],
    ['unknownCommand', /unknown command/i],
  ])('%s', (name, message) => {
    expect(runs[name]!.code).toBe(2);
    expect(runs[name]!.stderr).toMatch(message);
    expect(runs[name]!.stdout).toBe('');
  });

  it('names the command that refused its command line', () => {
    expect(runs.badFormat!.stderr).toMatch(/^claimtrace extract: option .*xml.* is invalid/);
    expect(runs.noInput!.stderr).toMatch(/^claimtrace extract: no input given/);
    expect(runs.timelineNoInput!.stderr).toMatch(/^claimtrace timeline: no input given/);
    expect(runs.timelineBadFormat!.stderr).toMatch(/^claimtrace timeline: option .*xml.* is invalid/);
    expect([runs.timelineNoInput!.code, runs.timelineBadFormat!.code]).toEqual([2, 2]);
  });

  it('writes no --out file when the command line is refused', () => {
    expect(fs.existsSync(refusedOut)).toBe(false);
  });
});

describe('--version and --help', () => {
  it('--version prints the package version and exits 0', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(runs.version!.code).toBe(0);
    expect(runs.version!.stdout.trim()).toBe(version);
  });

  it('extract --help lists the options with examples and exits 0', () => {
    expect(runs.help!.code).toBe(0);
    for (const option of ['--format', '--ext', '--reference-date', '--out', '--quiet']) expect(runs.help!.stdout).toContain(option);
    expect(runs.help!.stdout).toMatch(/Examples:/);
  });
});
