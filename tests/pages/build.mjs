// Bundles each demo page (tests/pages/<name>/main.*) with its real editor library into
// tests/pages/.built/<name>.js. The same bundles serve `npm run demo`, the browser tests and the bench.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '.built');

/** The page folders (those with a `main`; `common/` has none) and their entry files. */
function pageEntries() {
  return readdirSync(here)
    .filter((name) => statSync(join(here, name)).isDirectory() && !name.startsWith('.'))
    .map((name) => ({ name, entry: ['main.tsx', 'main.ts', 'main.jsx', 'main.js'].map((f) => join(here, name, f)).find(existsSync) }))
    .filter(({ entry }) => entry);
}

export async function buildPages() {
  const pages = pageEntries();
  await Promise.all(pages.map(async ({ name, entry }) => {
    await build({
      entryPoints: [entry],
      outfile: join(out, `${name}.js`),
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'chrome120',
      jsx: 'automatic',
      logLevel: 'warning',
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    });
  }));
  return pages.map(({ name }) => name);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = await buildPages();
  console.log(`demo pages built: ${pages.join(', ')}`);
}
