#!/usr/bin/env node
// `npm run bench:hostile`: hostile inputs at two sizes through `extract`; time must
// grow linearly (ratio ≈ the size ratio), never explode. Prints ms and ms/KB.
import { extract } from '../dist/index.js';

const kinds = {
  'single long line': (n) => 'Officials said 3 people were killed on Tuesday in the north, '.repeat(Math.ceil(n / 62)),
  'quote marks': (n) => '“"'.repeat(n / 2),
  '"more than" repeated': (n) => 'more than '.repeat(Math.ceil(n / 10)) + '5 people were killed.',
  'nested brackets': (n) => '('.repeat(n / 2) + ')'.repeat(n / 2),
  'random bytes': (n) => {
    let seed = 7;
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    return new TextDecoder('windows-1252').decode(bytes);
  },
};

const sizes = [256 * 1024, 1024 * 1024];
console.log('input                      size KB        ms     ms/KB');
for (const [name, make] of Object.entries(kinds)) {
  for (const size of sizes) {
    const text = make(size);
    const started = performance.now();
    extract(text);
    const ms = performance.now() - started;
    console.log(`${name.padEnd(24)} ${String(Math.round(text.length / 1024)).padStart(8)} ${ms.toFixed(0).padStart(9)} ${(ms / (text.length / 1024)).toFixed(2).padStart(9)}`);
  }
}
