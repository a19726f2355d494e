// Runs the project's TypeScript from Node (the CLI, the eval, the bench): bundles an entry with esbuild into
// node_modules/.cache/postpause/ and imports it. One bundle of the same sources the extension is built from.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Imports `entry` (a path relative to the repository root). */
export async function importTs(entry) {
  const outfile = join(root, 'node_modules', '.cache', 'postpause', entry.replace(/[\\/]/g, '_').replace(/\.tsx?$/, '.mjs'));
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    loader: { '.css': 'text' },
  });
  return import(pathToFileURL(outfile).href);
}
