// `claimtrace timeline`: extracts every input (the same inputs and worker pool as
// `extract`), then prints their dated claims as one timeline of events.
import os from 'node:os';
import type { Tagger } from '../document/index.js';
import { openAtomic } from '../output/atomicFile.js';
import { taskStream } from '../run/inputs.js';
import { runOrdered } from '../run/pool.js';
import { isErrorResult, type Result } from '../schema/result.js';
import { buildTimeline } from '../timeline/index.js';
import { formatTimeline, type TimelineFormat } from '../timeline/output/format.js';

const EXIT_USAGE = 2;
/** Documents larger than this are parsed in parts, as `extract` does by default. */
const MAX_PARSE_BYTES = 5 * 1024 * 1024;

export interface TimelineCliOptions {
  format?: TimelineFormat;
  ext: string[];
  referenceDate?: string;
  out?: string;
  quiet?: boolean;
  jobs?: number;
  tagger: Tagger;
}

const useColor = () => Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env);

export async function runTimeline(paths: string[], options: TimelineCliOptions): Promise<number> {
  if (!paths.length) {
    process.stderr.write('claimtrace timeline: no input given (name files, folders, globs, or - for stdin)\n');
    return EXIT_USAGE;
  }
  const format: TimelineFormat = options.format ?? (process.stdout.isTTY && !options.out ? 'pretty' : 'json');
  const tasks = taskStream(paths, { extensions: options.ext, inputFormat: 'text', fields: { textField: 'text' } });
  const results: Result[] = [];
  let errors = 0;
  for await (const result of runOrdered(tasks, { jobs: options.jobs ?? os.availableParallelism(), task: { referenceDate: options.referenceDate ?? null, maxBytes: MAX_PARSE_BYTES, tagger: options.tagger } })) {
    if (!result) continue;
    if (isErrorResult(result)) {
      errors++;
      process.stderr.write(`claimtrace: ${result.source.path}: ${result.error.message} (${result.error.code})\n`);
    }
    results.push(result);
  }
  const timeline = buildTimeline(results);
  const text = formatTimeline(timeline, format, { color: !options.out && useColor() });
  if (options.out) {
    const file = openAtomic(options.out);
    file.write(text);
    await file.commit();
  } else process.stdout.write(text);
  if (!options.quiet && results.length !== 1) {
    const merged = timeline.events.filter((e) => new Set(e.reports.map((r) => r.path)).size > 1).length;
    process.stderr.write(`claimtrace: ${results.length} files, ${errors} errors, ${timeline.events.length} events (${merged} reported by several articles)\n`);
  }
  return errors ? 1 : 0;
}
