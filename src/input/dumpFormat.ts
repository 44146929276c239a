// Many-article files: which reader a file needs (`--input-format`, or `auto` from
// the file's first 64 KB) and the stream of its records' tasks.
import type { Readable } from 'node:stream';
import type { Task } from '../run/task.js';
import { openByteStream } from './byteStream.js';
import { readCsv } from './csv.js';
import { decode } from './decode.js';
import { readExport } from './exportFile.js';
import { factiva } from './factiva.js';
import { readJsonl, type JsonlFields } from './jsonl.js';
import { nexis } from './nexis.js';

export const INPUT_FORMATS = ['text', 'jsonl', 'nexis', 'factiva', 'csv', 'auto'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface DumpFields extends JsonlFields {
  titleField?: string;
  /** CSV separator; ',' by default, a tab for `.tsv` files. */
  csvDelimiter?: string;
}

const HEAD_BYTES = 65536;

async function head(path: string): Promise<string> {
  let stream: Readable | undefined;
  try {
    stream = await openByteStream(path);
    const chunks: Buffer[] = [];
    let size = 0;
    // Leaving the loop early destroys the stream, which closes the file.
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= HEAD_BYTES) break;
    }
    return decode(Buffer.concat(chunks).subarray(0, HEAD_BYTES)).text;
  } catch {
    // Unreadable or binary: the text reader reports why.
    return '';
  }
}

const FACTIVA_CODES = /^(?:HD|WC|PD|SN|SC|LA|LP|TD|AN)(?:[ \t]|$)/gm;

/** The format a file's first 64 KB show: export markers, field codes, a JSON object, a header row. */
export function recognise(text: string, path: string, fields: DumpFields): InputFormat {
  if (/^\s*\d+\s+of\s+\d+\s+DOCUMENTS?\s*$/im.test(text) || /^\s*End of Document\s*$/im.test(text)) return 'nexis';
  if (/^\s*Body\s*$/m.test(text) && /^\s*(?:Length|Byline|Section):/im.test(text)) return 'nexis';
  const codes = new Set((text.match(FACTIVA_CODES) ?? []).map((c) => c.trim()));
  if (codes.size >= 4 && (codes.has('LP') || codes.has('TD'))) return 'factiva';
  const firstLine = /^\s*([^\r\n]*)/.exec(text)![1]!;
  if (/^\{\s*"/.test(firstLine)) return 'jsonl';
  if (/\.(?:csv|tsv)(?:\.gz)?$/i.test(path)) return 'csv';
  const delimiter = fields.csvDelimiter ?? ',';
  if (firstLine.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '')).includes(fields.textField)) return 'csv';
  return 'text';
}

/** The tasks of a many-article file, or null when it is read as one plain-text article. */
export async function dumpTasks(path: string, format: InputFormat, fields: DumpFields): Promise<AsyncGenerator<Task> | null> {
  // stdin cannot be read twice: `auto` reads it as text.
  const chosen = format === 'auto' ? (path === '-' ? 'text' : recognise(await head(path), path, fields)) : format;
  switch (chosen) {
    case 'jsonl':
      return readJsonl(path, fields);
    case 'nexis':
      return readExport(path, nexis);
    case 'factiva':
      return readExport(path, factiva);
    case 'csv': {
      const delimiter = fields.csvDelimiter ?? (/\.tsv(?:\.gz)?$/i.test(path) ? '\t' : ',');
      return readCsv(path, { ...fields, delimiter });
    }
    default:
      return null;
  }
}
