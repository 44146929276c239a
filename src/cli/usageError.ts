/** A usage mistake found after option parsing: reported in one line, exit code 2. */
export class UsageError extends Error {}
