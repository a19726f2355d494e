// `node scripts/build-editor.mjs`: the code editor as one standalone HTML file, dist/editor/index.html, that
// opens from disk (file://) in any current browser without the extension: the script (an IIFE, no module
// script) and every style inlined, nothing loaded, no network, no extension API. Fails when the result could
// load or send anything.
// The files for IT come from src/cli/deploy/ (through src/editor/bundle.ts), which uses no Node.js API.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'editor', 'index.html');
const TARGET = ['chrome111', 'firefox128', 'safari16.4', 'edge111'];

const css = (file) => build({ entryPoints: [file], bundle: true, minify: true, write: false, target: TARGET, logLevel: 'silent' }).then((r) => r.outputFiles[0].text.trim());

// Styles: the dialog's own (imported as text with ?inline, as vite does) and the page's (imported as CSS).
const styles = {
  name: 'styles',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace('?inline', '')), namespace: 'inline-css' }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => ({ contents: await css(args.path), loader: 'text' }));
  },
};

const result = await build({
  entryPoints: [join(root, 'src', 'editor', 'main.tsx')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: TARGET,
  minify: true,
  write: false,
  outdir: join(root, 'dist', 'editor'),
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [styles],
  logLevel: 'warning',
});

const js = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
const pageCss = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
// Nothing in a <script> may close it early.
const script = js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const html = `<!doctype html>
<html lang="en"><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; form-action 'none'; base-uri 'none'" />
<title>PostPause code editor</title>
<style>${pageCss}</style>
<main id="app" class="editor"></main>
<script>${script}</script>
`;

// What this page must never do: load or send anything, or use an extension API.
const FORBIDDEN = [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bsendBeacon\b/, /\beval\s*\(/, /\bnew\s+Function\b/, /\bimportScripts\b/, /type=["']?module/, /\bchrome\.(runtime|storage|tabs)\b/, /\bbrowser\.(runtime|storage|tabs)\b/, /<link\b/, /\bsrc=["']?(https?:|\/\/)/];
const problems = FORBIDDEN.filter((pattern) => pattern.test(html.replace(/\/\*[\s\S]*?\*\//g, '')));
if (problems.length > 0) {
  console.error(`dist/editor/index.html must not contain: ${problems.join(', ')}`);
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`built dist/editor/index.html (${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB, one file, opens from disk)`);
