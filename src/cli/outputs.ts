// Opening and finishing a command's output within its session: failures become the
// session's stop reason, so both commands report them the same way.
import { fileOutput, stdoutOutput, type Output } from '../output/atomicFile.js';
import { OutputError } from '../output/outputError.js';
import type { Session } from './session.js';

/** stdout or --out FILE; null (with the reason said) when FILE cannot be created. */
export function openOutput(session: Session, out: string | undefined): Output | null {
  try {
    return out ? fileOutput(out, session.outputFailed) : stdoutOutput(session.outputFailed);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    session.say(error.message);
    return null;
  }
}

/**
 * Puts what was written in place: everything, or on an interruption the whole
 * results so far. After a failed write the temporary file is removed instead; then
 * the exit code is returned, as it is when the final flush itself fails.
 */
export async function finish(output: Output, session: Session): Promise<number | null> {
  if (session.stopReason?.kind !== 'output') {
    try {
      await output.commit();
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      session.outputFailed(error);
    }
  }
  if (session.stopReason?.kind !== 'output') return null;
  output.discard();
  return session.stoppedCode();
}
