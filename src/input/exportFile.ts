// Reads a news-database export as a stream of lines cut into article blocks and
// turns each block into a task, in order: the machinery Nexis and Factiva share.
import type { Task } from '../run/task.js';
import type { Warning } from '../schema/result.js';
import { openByteStream } from './byteStream.js';
import { DecodeError } from './decode.js';
import { articleTask, type ArticleDraft } from './exportArticle.js';
import { openTextStream, splitLines, type FileLine } from './textStream.js';

/** A block of lines holding one article; `ended` says whether its closing marker was there. */
export interface Block {
  lines: FileLine[];
  ended: boolean;
}

/** Beyond this a block without any article boundary is refused, so memory stays bounded. */
export const MAX_BLOCK_CHARS = 16 * 1024 * 1024;

export interface ExportFormat {
  name: string;
  /** Cuts the file's lines into article blocks (or refusals of an oversized block). */
  blocks(lines: AsyncIterable<FileLine>): AsyncGenerator<Block | { tooLong: FileLine[] }>;
  /** A block's article, null for a block that is no article (a cover page, blank lines), or why it cannot be read. */
  article(block: Block, state: { articles: number }): ArticleDraft | null | { code: string; message: string; id?: string };
}

export function failure(path: string, error: unknown): Task {
  const err = error as NodeJS.ErrnoException;
  if (error instanceof DecodeError) return { kind: 'failure', path, code: error.code, message: error.message };
  return { kind: 'failure', path, code: err.code ?? 'EIO', message: err.code === 'ENOENT' ? 'no such file or directory' : err.message };
}

export async function* readExport(path: string, format: ExportFormat): AsyncGenerator<Task> {
  let lines: AsyncIterable<FileLine>;
  let encoding;
  let fileWarnings: Warning[];
  try {
    const stream = await openTextStream(await openByteStream(path));
    ({ encoding, warnings: fileWarnings } = stream);
    lines = splitLines(stream.chunks);
  } catch (error) {
    yield failure(path, error);
    return;
  }
  const state = { articles: 0 };
  try {
    for await (const block of format.blocks(lines)) {
      if ('tooLong' in block) {
        const [first, last] = [block.tooLong[0]!.line, block.tooLong[block.tooLong.length - 1]!.line];
        yield { kind: 'failure', path, record: ++state.articles, code: 'ETOOLONG', message: `lines ${first}–${last}: no ${format.name} article boundary in ${MAX_BLOCK_CHARS / 1024 / 1024} MB` };
        continue;
      }
      const draft = format.article(block, state);
      if (draft === null) continue;
      const record = ++state.articles;
      if ('code' in draft) {
        yield { kind: 'failure', path, record, ...(draft.id !== undefined ? { id: draft.id } : {}), code: draft.code, message: draft.message };
        continue;
      }
      draft.warnings.push(...fileWarnings);
      yield articleTask(path, record, draft, encoding);
    }
  } catch (error) {
    yield { ...failure(path, error), record: state.articles + 1 } as Task;
  }
}

/** Collects lines into a block until `size` passes MAX_BLOCK_CHARS. */
export class BlockBuffer {
  lines: FileLine[] = [];
  private size = 0;

  push(line: FileLine): boolean {
    this.lines.push(line);
    this.size += line.text.length + 1;
    return this.size <= MAX_BLOCK_CHARS;
  }

  take(): FileLine[] {
    const lines = this.lines;
    this.lines = [];
    this.size = 0;
    return lines;
  }

  get hasText(): boolean {
    return this.lines.some((l) => l.text.trim());
  }
}
