// `claimtrace extract`: inputs in, one result per input out, in input order,
// streamed as documents complete.
import fs from 'node:fs';
import os from 'node:os';
import type { Tagger } from '../document/index.js';
import type { InputFormat } from '../input/dumpFormat.js';
import type { Output } from '../output/atomicFile.js';
import { createWriter, type Format } from '../output/writer.js';
import { countInputs, taskStream, type InputOptions } from '../run/inputs.js';
import { runOrdered } from '../run/pool.js';
import { Progress } from '../run/progress.js';
import { carryOver } from '../run/resume.js';
import { isErrorResult } from '../schema/result.js';
import { TABLE_NAMES } from '../output/tables/tables.js';
import { EXIT_FAILURE, EXIT_INPUT_FAILED, EXIT_OK } from './exitCodes.js';
import { finish, openOutput } from './outputs.js';
import { Session } from './session.js';
import { UsageError } from './usageError.js';

export interface ExtractCliOptions {
  format?: Format;
  /** The table of --format csv. */
  table?: string;
  ext: string[];
  referenceDate?: string;
  out?: string;
  quiet?: boolean;
  jobs?: number;
  inputFormat: InputFormat;
  textField: string;
  idField?: string;
  dateField?: string;
  titleField?: string;
  csvDelimiter?: string;
  filesFrom?: string;
  maxBytes: number;
  /** Seconds a document may take before it becomes an ETIMEOUT record; 0 for no limit. */
  timeout: number;
  resume?: boolean;
  shard?: [number, number];
  tagger: Tagger;
}

function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env);
}

function checkUsage(paths: string[], options: ExtractCliOptions): Format {
  if (!paths.length && !options.filesFrom) throw new UsageError('no input given (name files, folders, globs, - for stdin, or --files-from)');
  const format: Format = options.format ?? (options.table ? 'csv' : process.stdout.isTTY && !options.out ? 'pretty' : 'json');
  // Seven tables and none the obvious one: the table is named, never guessed.
  if (format === 'csv' && !options.table) throw new UsageError(`--format csv writes one table: add --table NAME, one of ${TABLE_NAMES.join(', ')}`);
  if (format !== 'csv' && options.table) throw new UsageError(`--table goes with --format csv, not --format ${format}`);
  if (options.resume) {
    if (!options.out) throw new UsageError('--resume needs --out FILE.jsonl');
    // A table's rows do not say which inputs are done (nor with which sha256).
    if (format === 'csv') throw new UsageError('--resume needs --format jsonl: a CSV table cannot be resumed; write JSONL with --resume, or rerun the table whole');
    if (format !== 'jsonl') throw new UsageError('--resume needs --format jsonl (results are appended line by line)');
  }
  return format;
}

export async function runExtract(paths: string[], options: ExtractCliOptions): Promise<number> {
  const format = checkUsage(paths, options);
  const session = new Session('extract');
  try {
    const output = openOutput(session, options.out);
    return output ? await extractTo(output, format, session, paths, options) : EXIT_FAILURE;
  } finally {
    session.dispose();
  }
}

async function extractTo(output: Output, format: Format, session: Session, paths: string[], options: ExtractCliOptions): Promise<number> {
  const started = Date.now();
  const inputOptions: InputOptions = {
    extensions: options.ext,
    inputFormat: options.inputFormat,
    fields: {
      textField: options.textField, idField: options.idField, dateField: options.dateField,
      titleField: options.titleField, csvDelimiter: options.csvDelimiter,
    },
    filesFrom: options.filesFrom,
    shard: options.shard,
  };
  const carried = options.resume && options.out ? await carryOver(options.out, output) : null;
  const writer = createWriter(format, output, { color: !options.out && useColor(process.stdout), table: options.table });
  const progress = !options.quiet && process.stderr.isTTY ? new Progress(process.stderr) : null;
  if (progress) void countInputs(paths, inputOptions).then((n) => n !== null && progress.setTotal(n));

  let files = 0;
  let errors = 0;
  let skipped = 0;
  try {
    const results = runOrdered(taskStream(paths, inputOptions), {
      jobs: options.jobs ?? os.availableParallelism(),
      timeoutMs: options.timeout * 1000,
      task: { referenceDate: options.referenceDate ?? null, maxBytes: options.maxBytes, tagger: options.tagger, done: carried?.done },
      signal: session.signal,
    });
    for await (const result of results) {
      if (session.stopReason?.kind === 'output') break;
      if (!result) {
        skipped++;
        continue;
      }
      files++;
      const failed = isErrorResult(result);
      if (failed) {
        errors++;
        progress?.clear();
        const where = result.source.record !== undefined ? `${result.source.path}:${result.source.record}` : result.source.path;
        session.say(`${where}: ${result.error.message} (${result.error.code})`);
      }
      progress?.tick(failed);
      writer.write(result);
      await output.drained();
    }
  } catch (error) {
    // claimtrace itself failed: the whole results so far are kept, as on an interruption.
    writer.end();
    await finish(output, session);
    throw error;
  }
  progress?.clear();
  if (session.stopReason?.kind !== 'output') writer.end();
  const stopped = (await finish(output, session)) ?? session.stoppedCode();
  if (carried && session.stopReason?.kind !== 'output') for (const file of carried.stranded) fs.rmSync(file, { force: true });
  const written = files + (carried?.kept ?? 0);
  if (session.stopReason?.kind === 'signal') session.say(interruptedNote(session.stopReason.signal, written, format, options.out));
  if (stopped !== null) return stopped;
  if (!options.quiet && files + skipped !== 1) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const skipNote = skipped ? `, ${skipped} already done` : '';
    session.say(`${files} file${files === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}${skipNote}, ${seconds} s`);
  }
  if (process.env.CLAIMTRACE_REPORT_RSS) session.say(`peak RSS ${process.resourceUsage().maxRSS} KB`);
  return errors ? EXIT_INPUT_FAILED : EXIT_OK;
}

function interruptedNote(signal: string, written: number, format: Format, out: string | undefined): string {
  const results = `${written} complete result${written === 1 ? '' : 's'}`;
  if (!out) return `interrupted (${signal}) after ${results}`;
  if (format === 'jsonl') return `interrupted (${signal}): ${results} in ${out}, whole lines only; the same command with --resume finishes the run`;
  if (format === 'csv') return `interrupted (${signal}): ${out} holds the rows of ${results}, not every input`;
  return `interrupted (${signal}): ${out} holds ${results}, a closed JSON array but not every input`;
}
