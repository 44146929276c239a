#!/usr/bin/env node
// Thin launcher: all behaviour lives in the built CLI.
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
  // Once stdout is flushed, exit even if an interrupted run left stdin being read.
  process.stdout.write('', () => process.exit(code));
});
