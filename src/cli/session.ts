// One command's run: messages on stderr that name the command, and the reasons a run
// stops early (SIGINT/SIGTERM, a failed write) gathered in one AbortSignal that the
// worker pool and the reading of inputs obey.
import type { OutputError } from '../output/outputError.js';
import { EXIT_FAILURE, EXIT_PIPE_CLOSED, EXIT_SIGNAL } from './exitCodes.js';

type StopSignal = keyof typeof EXIT_SIGNAL;
export type StopReason = { kind: 'signal'; signal: StopSignal } | { kind: 'output'; error: OutputError };

export class Session {
  private readonly controller = new AbortController();
  stopReason: StopReason | null = null;
  private readonly handlers: Array<[StopSignal, () => void]> = [];

  constructor(readonly command: 'extract' | 'timeline') {
    for (const signal of Object.keys(EXIT_SIGNAL) as StopSignal[]) {
      const handler = () => {
        // A second signal means "now": no more flushing.
        if (this.stopReason?.kind === 'signal') process.exit(EXIT_SIGNAL[signal]);
        this.stop({ kind: 'signal', signal });
      };
      process.on(signal, handler);
      this.handlers.push([signal, handler]);
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The first reason wins; the run stops taking inputs. */
  stop(reason: StopReason): void {
    if (!this.stopReason) this.stopReason = reason;
    this.controller.abort();
  }

  readonly outputFailed = (error: OutputError) => this.stop({ kind: 'output', error });

  say(message: string): void {
    process.stderr.write(`claimtrace ${this.command}: ${message}\n`);
  }

  /** Reports why the run stopped and returns its exit code, or null if it was not stopped. */
  stoppedCode(): number | null {
    const reason = this.stopReason;
    if (!reason) return null;
    if (reason.kind === 'signal') return EXIT_SIGNAL[reason.signal];
    // A reader that has all it wants (`| head -1`) is not an error worth a message.
    if (reason.error.code === 'EPIPE') return EXIT_PIPE_CLOSED;
    this.say(reason.error.message);
    return EXIT_FAILURE;
  }

  dispose(): void {
    for (const [signal, handler] of this.handlers) process.off(signal, handler);
  }
}
