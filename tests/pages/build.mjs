// Bundles each demo page (tests/pages/<name>/main.*) with its real editor library into
// tests/pages/.built/<name>.js. The same bundles serve `npm run demo`, the browser tests and the bench.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '.built');

export async function buildPages() {
  const pages = readdirSync(here).filter((name) => statSync(join(here, name)).isDirectory() && !name.startsWith('.'));
  await Promise.all(pages.map(async (name) => {
    const entry = ['main.tsx', 'main.ts', 'main.jsx', 'main.js'].map((f) => join(here, name, f)).find(existsSync);
    if (!entry) return;
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
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = await buildPages();
  console.log(`demo pages built: ${pages.join(', ')}`);
}
