#!/usr/bin/env node
// The `postpause` command: runs src/cli/main.ts (bundled on the fly with esbuild, from this repository).
import { readFileSync } from 'node:fs';
import { importTs } from '../scripts/load-ts.mjs';

const { main } = await importTs('src/cli/main.ts');
process.exitCode = main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: () => readFileSync(0, 'utf8'),
});
