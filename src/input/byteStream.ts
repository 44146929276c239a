// A file (or stdin, `-`) as a stream of bytes, gunzipped when it starts with gzip's
// magic bytes whatever its name: many-article files are read without loading them whole.
import fs from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { isGzipBytes } from './gzip.js';

export async function openByteStream(path: string): Promise<Readable> {
  const raw: Readable = path === '-' ? process.stdin : fs.createReadStream(path);
  // Peek at the first bytes to detect gzip without trusting the file name.
  const iterator = raw[Symbol.asyncIterator]();
  const first = await iterator.next();
  const pass = new PassThrough();
  // A reader that stops early (format detection reads 64 KB) closes the file too.
  if (raw !== process.stdin) pass.once('close', () => raw.destroy());
  const head: Buffer | undefined = first.done ? undefined : (first.value as Buffer);
  (async () => {
    try {
      if (head) pass.write(head);
      for (let next = await iterator.next(); !next.done && !pass.destroyed; next = await iterator.next()) {
        if (!pass.write(next.value)) await new Promise((r) => (pass.once('drain', r), pass.once('close', r)));
      }
      if (!pass.destroyed) pass.end();
    } catch (error) {
      pass.destroy(error as Error);
    }
  })();
  if (head && isGzipBytes(head)) return pass.pipe(createGunzip());
  return pass;
}
