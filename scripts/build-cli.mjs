// Builds the `postpause` command once, into dist/cli/postpause.mjs: one self-contained file (zod included), so
// it runs outside this repository after `npm pack` and a global install, and many calls at once share
// nothing but a file they only read. Run by `npm install` (prepare) and `npm run build`.
import { build } from 'esbuild';
import { renameSync } from 'node:fs';

const out = 'dist/cli/postpause.mjs';
// Written beside and renamed into place: a call running meanwhile reads the old file or the new one, never half.
const partial = `${out}.${process.pid}.tmp`;
await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: partial,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'error',
});
renameSync(partial, out);
console.log(`built ${out}`);
