#!/usr/bin/env node
// The `postpause` command: the CLI built once by `npm install` or `npm run build` (scripts/build-cli.mjs).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/postpause.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('postpause: the command is not built yet; run `npm run build` in the PostPause folder.\n');
  process.exit(2);
}
await import(built.href);
