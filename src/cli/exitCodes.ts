// The CLI's exit codes (README "Exit codes").
export const EXIT_OK = 0;
/** At least one input failed; its error record is in the output. */
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
/** The output could not be written, or claimtrace itself failed. */
export const EXIT_FAILURE = 3;
/** The reader of stdout went away (`| head -1`): 128 + SIGPIPE, as the shell reports a process that SIGPIPE stops. */
export const EXIT_PIPE_CLOSED = 141;
/** Stopped by a signal: 128 + its number. */
export const EXIT_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;
