// A failed write to the output, worded for the user: which output, what went wrong.
const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'no such directory',
  ENOTDIR: 'a parent is not a directory',
  EISDIR: 'is a directory',
  EPIPE: 'the reader closed the pipe',
  EIO: 'input/output error',
};

export class OutputError extends Error {
  readonly code: string;

  constructor(
    readonly where: string,
    cause: NodeJS.ErrnoException,
  ) {
    const code = cause.code ?? 'EIO';
    super(`cannot write ${where}: ${REASONS[code] ?? cause.message} (${code})`);
    this.code = code;
  }
}
