// Reads one input's bytes and decodes them into a Source, or says why it cannot.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { GivenMetadata, TextBase } from '../document/index.js';
import type { Warning } from '../schema/result.js';
import { decode, DecodeError, type Decoded } from './decode.js';
import { maybeGunzip } from './gzip.js';
import type { InputRef } from './sources.js';

export interface Source {
  path: string;
  bytes: number;
  sha256: string;
  text: string;
  encoding: Decoded['encoding'];
  warnings: Warning[];
  record?: number;
  id?: string;
  /** One article of a many-article file (export, CSV): where it lies and what its headers say. */
  article?: ArticlePlace;
}

export interface ArticlePlace {
  /** [first, last] lines of the file the article occupies, headers included. */
  lines?: [number, number];
  /** Where the analysed text starts in the file (exports); absent when spans count within the text (CSV). */
  base?: TextBase;
  /** UTF-16 ranges of export markup inside the text. */
  markup?: Array<[number, number]>;
  metadata?: GivenMetadata;
}

export interface SourceFailure {
  path: string;
  code: string;
  message: string;
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sourceFromBytes(path: string, bytes: Uint8Array): Source | SourceFailure {
  try {
    const decoded = decode(bytes);
    return {
      path,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      text: decoded.text,
      encoding: decoded.encoding,
      warnings: decoded.warnings,
    };
  } catch (error) {
    if (error instanceof DecodeError) return { path, code: error.code, message: error.message };
    throw error;
  }
}

/** A Source for text that is already a string (library calls, JSONL records). */
export function sourceFromText(path: string, text: string): Source {
  const bytes = Buffer.from(text, 'utf8');
  // A leading BOM is in the bytes (as it was in the file), so say so, as decoding would.
  const bom = text.charCodeAt(0) === 0xfeff;
  return {
    path,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: bom ? text.slice(1) : text,
    encoding: bom ? 'utf-8-bom' : 'utf-8',
    warnings: [],
  };
}

export async function readSource(ref: InputRef): Promise<Source | SourceFailure> {
  if (ref.kind === 'missing') return { path: ref.path, code: ref.code, message: ref.message };
  try {
    const bytes = ref.kind === 'stdin' ? await readStdin() : await fs.readFile(ref.path);
    return sourceFromBytes(ref.path, maybeGunzip(bytes));
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const reason = err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
    return { path: ref.path, code: err.code ?? 'EIO', message: reason };
  }
}

export const isFailure = (s: Source | SourceFailure): s is SourceFailure => 'code' in s;
