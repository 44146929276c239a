// `claimtrace extract`: inputs in, one result per input out, in input order,
// streamed as documents complete.
import fs from 'node:fs';
import os from 'node:os';
import type { Tagger } from '../document/index.js';
import type { InputFormat } from '../input/dumpFormat.js';
import { openAtomic } from '../output/atomicFile.js';
import { createWriter, type Format, type Sink } from '../output/writer.js';
import { countInputs, taskStream, type InputOptions } from '../run/inputs.js';
import { runOrdered } from '../run/pool.js';
import { Progress } from '../run/progress.js';
import { readDone } from '../run/resume.js';
import { isErrorResult } from '../schema/result.js';
import { UsageError } from './usageError.js';

export interface ExtractCliOptions {
  format?: Format;
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
  resume?: boolean;
  shard?: [number, number];
  tagger: Tagger;
}

function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env);
}

/** stdout as a sink that reports backpressure so a long run never buffers everything. */
function stdoutSink(): Sink & { drained(): Promise<void> } {
  let full = false;
  return {
    write(chunk) {
      if (!process.stdout.write(chunk)) full = true;
    },
    drained() {
      if (!full) return Promise.resolve();
      full = false;
      return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
    },
  };
}

/** `--resume` appends to the existing JSONL file instead of replacing it. */
function appendSink(file: string): Sink & { close(): Promise<void> } {
  const cutShort = fs.existsSync(file) && fs.statSync(file).size > 0 && !fs.readFileSync(file).subarray(-1).equals(Buffer.from('\n'));
  const stream = fs.createWriteStream(file, { flags: 'a', encoding: 'utf8' });
  // An interrupted run may have left a partial last line: never glue a result to it.
  if (cutShort) stream.write('\n');
  return {
    write(chunk) {
      stream.write(chunk);
    },
    close: () => new Promise((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve()))),
  };
}

function checkUsage(paths: string[], options: ExtractCliOptions): Format {
  if (!paths.length && !options.filesFrom) throw new UsageError('no input given (name files, folders, globs, - for stdin, or --files-from)');
  const format: Format = options.format ?? (process.stdout.isTTY && !options.out ? 'pretty' : 'json');
  if (options.resume) {
    if (!options.out) throw new UsageError('--resume needs --out FILE.jsonl');
    if (format !== 'jsonl') throw new UsageError('--resume needs --format jsonl (results are appended line by line)');
  }
  return format;
}

export async function runExtract(paths: string[], options: ExtractCliOptions): Promise<number> {
  const format = checkUsage(paths, options);
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
  const done = options.resume && options.out ? await readDone(options.out) : undefined;
  const file = options.out && !options.resume ? openAtomic(options.out) : null;
  const appended = options.out && options.resume ? appendSink(options.out) : null;
  const stdout = stdoutSink();
  const sink: Sink = file ?? appended ?? stdout;
  const writer = createWriter(format, sink, { color: sink === stdout && useColor(process.stdout) });
  const progress = !options.quiet && process.stderr.isTTY ? new Progress(process.stderr) : null;
  if (progress) void countInputs(paths, inputOptions).then((n) => n !== null && progress.setTotal(n));

  let files = 0;
  let errors = 0;
  let skipped = 0;
  try {
    const results = runOrdered(taskStream(paths, inputOptions), {
      jobs: options.jobs ?? os.availableParallelism(),
      task: { referenceDate: options.referenceDate ?? null, maxBytes: options.maxBytes, tagger: options.tagger, done },
    });
    for await (const result of results) {
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
        process.stderr.write(`claimtrace: ${where}: ${result.error.message} (${result.error.code})\n`);
      }
      progress?.tick(failed);
      writer.write(result);
      if (sink === stdout) await stdout.drained();
    }
    writer.end();
    progress?.clear();
    if (file) await file.commit();
    if (appended) await appended.close();
  } catch (error) {
    file?.abort();
    throw error;
  }
  if (!options.quiet && files + skipped !== 1) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const skipNote = skipped ? `, ${skipped} already done` : '';
    process.stderr.write(`claimtrace: ${files} file${files === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}${skipNote}, ${seconds} s\n`);
  }
  if (process.env.CLAIMTRACE_REPORT_RSS) process.stderr.write(`claimtrace: peak RSS ${process.resourceUsage().maxRSS} KB\n`);
  return errors ? 1 : 0;
}
