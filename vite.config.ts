import { readFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { chromeManifest, firefoxManifest } from './manifest.config.ts';
import { PAUSE_UI_FILE } from './src/core/extension-ids.ts';

/**
 * The pause dialog as one self-contained ES module (Preact, components, styles), loaded by the content script
 * when the user starts writing (src/content/lazy-ui.ts). Bundled apart from everything else, so that it shares
 * no chunk with our pages and nothing else needs to be web-accessible.
 */
function pauseUiModule(target: string): Plugin {
  return {
    name: 'postpause:pause-ui-module',
    async generateBundle() {
      const result = await esbuild({
        entryPoints: ['src/ui/pause-ui.tsx'],
        bundle: true,
        format: 'esm',
        minify: true,
        write: false,
        target,
        jsx: 'automatic',
        jsxImportSource: 'preact',
        legalComments: 'none',
        plugins: [{
          name: 'inline-css',
          setup(build) {
            build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: `${args.resolveDir}/${args.path.replace('?inline', '')}`, namespace: 'inline-css' }));
            build.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
              const css = await esbuild({ stdin: { contents: readFileSync(args.path, 'utf8'), loader: 'css' }, minify: true, write: false, target });
              return { contents: css.outputFiles[0]!.text.trim(), loader: 'text' };
            });
          },
        }],
      });
      this.emitFile({ type: 'asset', fileName: PAUSE_UI_FILE, source: result.outputFiles[0]!.text });
    },
  };
}

// `vite build` builds Chrome and Edge into dist/chrome; `vite build --mode firefox` builds dist/firefox.
// The content script is one self-contained IIFE (no loader, no chunks) and the one web-accessible file is the
// dialog module, at a per-session URL in Chrome, so nothing of ours can be probed by the page.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      pauseUiModule(firefox ? 'firefox140' : 'chrome123'),
      preact(),
      crx({
        manifest: (firefox ? firefoxManifest() : chromeManifest) as never,
        browser: firefox ? 'firefox' : 'chrome',
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: firefox ? 'dist/firefox' : 'dist/chrome',
      emptyOutDir: true,
      sourcemap: false,
      minify: true,
      target: firefox ? 'firefox140' : 'chrome123',
      cssTarget: firefox ? 'firefox140' : 'chrome123',
      // Both browsers preload modules natively; vite's polyfill would ship a fetch() we do not need.
      modulePreload: { polyfill: false },
      // The welcome page is opened by the service worker, not named in the manifest; the code editor is linked from the options page.
      rollupOptions: { input: { welcome: 'src/welcome/index.html', editor: 'src/editor/index.html' } },
    },
    server: { port: 5199, strictPort: true },
  };
});
