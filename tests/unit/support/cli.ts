/** Runs the CLI in the test's process, and writes the files its commands read: shared by the CLI's unit tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main.ts';

export function run(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), stdin: () => stdin });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A temporary folder, and a writer of files (JSON or text) into it. */
export function scratch(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  return { dir, file };
}
