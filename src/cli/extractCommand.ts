// `claimtrace extract`: inputs in, one result per input out, in order.
import { expandInputs } from '../input/sources.js';
import { openAtomic } from '../output/atomicFile.js';
import { createWriter, type Format, type Sink } from '../output/writer.js';
import { extractRef } from '../run/extractRef.js';
import { isErrorResult } from '../schema/result.js';

export interface ExtractCliOptions {
  format?: Format;
  ext: string[];
  referenceDate?: string;
  out?: string;
  quiet?: boolean;
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

export async function runExtract(paths: string[], options: ExtractCliOptions): Promise<number> {
  if (!paths.length) {
    process.stderr.write('claimtrace extract: no input given (name files, folders, globs, or - for stdin)\n');
    return 2;
  }
  const started = Date.now();
  const format: Format = options.format ?? (process.stdout.isTTY && !options.out ? 'pretty' : 'json');
  const file = options.out ? openAtomic(options.out) : null;
  const stdout = stdoutSink();
  const sink: Sink = file ?? stdout;
  const writer = createWriter(format, sink, { color: !file && useColor(process.stdout) });
  let files = 0;
  let errors = 0;
  try {
    for await (const ref of expandInputs(paths, { extensions: options.ext })) {
      const result = await extractRef(ref, { referenceDate: options.referenceDate ?? null });
      files++;
      if (isErrorResult(result)) {
        errors++;
        process.stderr.write(`claimtrace: ${result.source.path}: ${result.error.message} (${result.error.code})\n`);
      }
      writer.write(result);
      if (!file) await stdout.drained();
    }
    writer.end();
    if (file) await file.commit();
  } catch (error) {
    file?.abort();
    throw error;
  }
  if (!options.quiet && files !== 1) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(`claimtrace: ${files} file${files === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${seconds} s\n`);
  }
  return errors ? 1 : 0;
}
