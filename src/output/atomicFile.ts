// `--out FILE`: written to a temporary file and renamed at the end, so a crash
// never leaves half a file behind.
import fs from 'node:fs';

export interface AtomicFile {
  write(chunk: string): void;
  commit(): Promise<void>;
  abort(): void;
}

export function openAtomic(target: string): AtomicFile {
  const temp = `${target}.tmp-${process.pid}`;
  const stream = fs.createWriteStream(temp, { encoding: 'utf8' });
  return {
    write(chunk) {
      stream.write(chunk);
    },
    commit() {
      return new Promise((resolve, reject) => {
        stream.end(() => {
          fs.rename(temp, target, (err) => (err ? reject(err) : resolve()));
        });
        stream.on('error', reject);
      });
    },
    abort() {
      stream.destroy();
      fs.rmSync(temp, { force: true });
    },
  };
}
