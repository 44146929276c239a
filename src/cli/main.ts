// The commander program: `extract`, `timeline`, `schema`; exit codes in exitCodes.ts.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { isIsoDay } from '../calendar/fullDate.js';
import { TAGGERS } from '../document/tagger.js';
import { INPUT_FORMATS } from '../input/dumpFormat.js';
import { resultJsonSchema } from '../schema/result.js';
// The commands are loaded when run, so --help and --version do not load compromise.
import type { ExtractCliOptions } from './extractCommand.js';
import type { TimelineCliOptions } from './timelineCommand.js';
import { boundHeapGrowth } from '../run/heap.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './exitCodes.js';
import { UsageError } from './usageError.js';
import { TIMELINE_FORMATS } from '../timeline/output/format.js';
import { FORMATS } from '../output/writer.js';
import { TABLE_NAMES } from '../output/tables/tables.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

/** Seconds a document may take by default: ample for a 5 MB article (under a minute on one core), short of a stalled run. */
const DEFAULT_TIMEOUT_SECONDS = 300;

const taggerOption = () =>
  new Option('--tagger <tagger>', "compromise's tagging: fast skips its post-tagger (about a third less time), full runs it")
    .choices(TAGGERS)
    .default('fast');

export function parseReferenceDate(value: string): string {
  if (!isIsoDay(value)) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD.');
  return value;
}

function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return Number(value);
}

function parseSeconds(value: string): number {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new InvalidArgumentError('expected a number of seconds (0 for no limit).');
  return Number(value);
}

const timeoutOption = () =>
  new Option('--timeout <seconds>', 'a document still not done after this many seconds becomes an ETIMEOUT error record (0: no limit)')
    .argParser(parseSeconds)
    .default(DEFAULT_TIMEOUT_SECONDS);

function parseShard(value: string): [number, number] {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || k < 1 || k > n) throw new InvalidArgumentError('expected K/N with 1 <= K <= N, e.g. 2/8.');
  return [k, n];
}

function parseDelimiter(value: string): string {
  const delimiter = value === 'tab' || value === '\\t' ? '\t' : value;
  if ([...delimiter].length !== 1) throw new InvalidArgumentError('expected one character, or tab.');
  return delimiter;
}

function parseExtensions(value: string): string[] {
  const list = value.split(',').map((e) => e.trim()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  if (!list.length) throw new InvalidArgumentError('expected extensions such as txt or .txt,.md.');
  return list;
}

const EXTRACT_EXAMPLES = `
Examples:
  $ claimtrace extract fixtures/004_ae60cfbecd15d3fc.txt
  $ claimtrace extract --format json articles/ > out.json
  $ claimtrace extract --format jsonl 'dump/**/*.txt' --out results.jsonl
  $ cat article.txt | claimtrace extract - --reference-date 2025-10-30
  $ claimtrace extract --ext txt,md notes/
  $ claimtrace extract --input-format jsonl --text-field body --id-field id dump.jsonl.gz --format jsonl
  $ claimtrace extract --input-format nexis Files_1-100.txt --format jsonl --out results.jsonl
  $ claimtrace extract --input-format csv --text-field text --date-field publish_date stories.csv --format jsonl
  $ find corpus -name '*.txt' | claimtrace extract --files-from - --jobs 2 --format jsonl --out all.jsonl
  $ claimtrace extract --files-from list.txt --format jsonl --out all.jsonl --resume
  $ claimtrace extract --shard 3/8 corpus/ --format jsonl > part-3.jsonl
  $ claimtrace extract --format csv --table casualties articles/ --out casualties.csv`;

/** commander's own errors (a bad option value) name the command too, as claimtrace's do. */
const namedErrors = (command: string) => ({
  outputError: (text: string, write: (s: string) => void) => write(text.replace(/^error: /, `claimtrace ${command}: `)),
});

interface Run {
  code: number;
  /** The command being run, named in its error messages. */
  command?: string;
}

export function buildProgram(run: Run): Command {
  const program = new Command();
  program
    .name('claimtrace')
    .description('Extract dated claims, actors, casualty figures and quotes from news text, each traced to file, line and characters.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('extract')
    .configureOutput(namedErrors('extract'))
    .description('extract items from articles: files, folders (recursive), glob patterns, or - for stdin')
    .argument('[paths...]', 'files, folders, globs or - (stdin)')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty on a terminal, json otherwise; csv with --table)').choices(FORMATS))
    .addOption(new Option('--table <name>', 'with --format csv: the flat table to write, one row per item (or per document)').choices(TABLE_NAMES))
    .option('--ext <list>', 'extensions searched for in folders, comma-separated', parseExtensions, ['.txt'])
    .option('--reference-date <YYYY-MM-DD>', 'resolve relative dates against this date (default: the published date found in the text)', parseReferenceDate)
    .option('-o, --out <file>', 'write to FILE atomically instead of stdout')
    .option('-q, --quiet', 'no progress bar or summary line on stderr; errors are still reported')
    .option('-j, --jobs <n>', 'documents processed in parallel worker threads (default: number of cores)', parsePositiveInt)
    .addOption(new Option('--input-format <format>', 'text files; many articles a file: JSON Lines, Nexis or Factiva exports, CSV; auto recognises them').choices(INPUT_FORMATS).default('text'))
    .option('--text-field <name>', 'JSONL/CSV: field holding the article text', 'text')
    .option('--id-field <name>', 'JSONL/CSV: field holding the record id (kept as source.id)')
    .option('--date-field <name>', 'JSONL/CSV: field holding the published date, the reference date')
    .option('--title-field <name>', 'CSV: column holding the title')
    .option('--csv-delimiter <char>', 'CSV: field separator, e.g. ";" or tab (default: , and tab for .tsv)', parseDelimiter)
    .option('--files-from <file>', 'read input paths from FILE, one per line (- for stdin)')
    .option('--max-bytes <n>', 'parse documents larger than N bytes in parts cut at paragraph boundaries', parsePositiveInt, 5 * 1024 * 1024)
    .option('--resume', 'with --out FILE.jsonl: skip inputs already in FILE (same path and sha256) and append the rest')
    .option('--shard <K/N>', 'process only the K-th of every N inputs (deterministic share for parallel machines)', parseShard)
    .addOption(timeoutOption())
    .addOption(taggerOption())
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (paths: string[], options: ExtractCliOptions) => {
      run.command = 'extract';
      run.code = await (await import('./extractCommand.js')).runExtract(paths, options);
    });

  program
    .command('timeline')
    .configureOutput(namedErrors('timeline'))
    .description('extract articles and print their dated claims as one timeline, merging reports of the same event')
    .argument('[paths...]', 'files, folders, globs or - (stdin)')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty on a terminal, json otherwise)').choices(TIMELINE_FORMATS))
    .option('--ext <list>', 'extensions searched for in folders, comma-separated', parseExtensions, ['.txt'])
    .option('--reference-date <YYYY-MM-DD>', 'resolve relative dates against this date (default: each article\'s published date)', parseReferenceDate)
    .option('-o, --out <file>', 'write to FILE atomically instead of stdout')
    .option('-q, --quiet', 'no summary line on stderr; errors are still reported')
    .option('-j, --jobs <n>', 'documents processed in parallel worker threads (default: number of cores)', parsePositiveInt)
    .addOption(timeoutOption())
    .addOption(taggerOption())
    .addHelpText('after', '\nExamples:\n  $ claimtrace timeline articles/\n  $ claimtrace timeline --format csv a.txt b.txt > timeline.csv')
    .action(async (paths: string[], options: TimelineCliOptions) => {
      run.command = 'timeline';
      run.code = await (await import('./timelineCommand.js')).runTimeline(paths, options);
    });

  program
    .command('schema')
    .description('print the JSON Schema of one result (generated from the zod schema)')
    .action(() => {
      process.stdout.write(JSON.stringify(resultJsonSchema(), null, 2) + '\n');
      run.code = EXIT_OK;
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  boundHeapGrowth();
  // Messages to a stderr nobody reads any more (`2>&1 | head -1`) are dropped, not a crash.
  process.stderr.on('error', () => {});
  const run: Run = { code: EXIT_OK };
  const program = buildProgram(run);
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync(argv);
    return run.code;
  } catch (error) {
    const name = run.command ? `claimtrace ${run.command}` : 'claimtrace';
    if (error instanceof UsageError) {
      process.stderr.write(`${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    process.stderr.write(`${name}: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}
