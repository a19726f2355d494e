/** The `postpause` command's entry: the command line on the process's streams. Built once into dist/cli/. */
import { readFileSync } from 'node:fs';
import { main } from './main.ts';

process.exitCode = main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: () => readFileSync(0, 'utf8'),
});
