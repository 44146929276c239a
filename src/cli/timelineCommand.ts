// `claimtrace timeline`: extracts every input (the same inputs, worker pool and
// output path as `extract`), then prints their dated claims as one timeline of
// events. Only each article's timeline candidates are kept, not its whole result.
import os from 'node:os';
import type { Tagger } from '../document/index.js';
import { taskStream } from '../run/inputs.js';
import { runOrdered } from '../run/pool.js';
import { isErrorResult } from '../schema/result.js';
import { candidatesOf, timelineOf, type Candidate } from '../timeline/index.js';
import { formatTimeline, type TimelineFormat } from '../timeline/output/format.js';
import { EXIT_FAILURE, EXIT_INPUT_FAILED, EXIT_OK } from './exitCodes.js';
import { finish, openOutput } from './outputs.js';
import { Session } from './session.js';
import { UsageError } from './usageError.js';

/** Documents larger than this are parsed in parts, as `extract` does by default. */
const MAX_PARSE_BYTES = 5 * 1024 * 1024;

export interface TimelineCliOptions {
  format?: TimelineFormat;
  ext: string[];
  referenceDate?: string;
  out?: string;
  quiet?: boolean;
  jobs?: number;
  timeout: number;
  tagger: Tagger;
}

const useColor = () => Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env);

export async function runTimeline(paths: string[], options: TimelineCliOptions): Promise<number> {
  if (!paths.length) throw new UsageError('no input given (name files, folders, globs, or - for stdin)');
  const format: TimelineFormat = options.format ?? (process.stdout.isTTY && !options.out ? 'pretty' : 'json');
  const session = new Session('timeline');
  try {
    return await timelineOfInputs(session, paths, format, options);
  } finally {
    session.dispose();
  }
}

async function timelineOfInputs(session: Session, paths: string[], format: TimelineFormat, options: TimelineCliOptions): Promise<number> {
  // Opened first, so an output that cannot be written is said before any work.
  const output = openOutput(session, options.out);
  if (!output) return EXIT_FAILURE;
  const tasks = taskStream(paths, { extensions: options.ext, inputFormat: 'text', fields: { textField: 'text' } });
  const candidates: Candidate[] = [];
  let files = 0;
  let errors = 0;
  const results = runOrdered(tasks, {
    jobs: options.jobs ?? os.availableParallelism(),
    timeoutMs: options.timeout * 1000,
    task: { referenceDate: options.referenceDate ?? null, maxBytes: MAX_PARSE_BYTES, tagger: options.tagger },
    signal: session.signal,
  });
  for await (const result of results) {
    if (!result) continue;
    if (isErrorResult(result)) {
      errors++;
      session.say(`${result.source.path}: ${result.error.message} (${result.error.code})`);
    } else candidates.push(...candidatesOf(result, files));
    files++;
  }
  if (session.stopReason?.kind === 'signal') {
    // A timeline of some of the articles would look complete: none is written.
    output.discard();
    session.say(`interrupted (${session.stopReason.signal}) after ${files} of the articles: no timeline written${options.out ? `, ${options.out} left as it was` : ''}`);
    return session.stoppedCode()!;
  }
  const timeline = timelineOf(candidates);
  if (!session.stopReason) output.write(formatTimeline(timeline, format, { color: !options.out && useColor() }));
  const stopped = await finish(output, session);
  if (stopped !== null) return stopped;
  if (!options.quiet && files !== 1) {
    const merged = timeline.events.filter((e) => new Set(e.reports.map((r) => r.path)).size > 1).length;
    session.say(`${files} files, ${errors} errors, ${timeline.events.length} events (${merged} reported by several articles)`);
  }
  return errors ? EXIT_INPUT_FAILED : EXIT_OK;
}
