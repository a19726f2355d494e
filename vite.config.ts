import { readFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import chromeManifest from './manifest.json' with { type: 'json' };
import { GECKO_ID } from './src/cli/deploy/ids.ts';
import { PAUSE_UI_FILE } from './src/content/lazy-ui.ts';

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
        entryPoints: ['src/content/pause-ui.tsx'],
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

/**
 * Firefox takes the same manifest with its own differences: background scripts instead of a service worker,
 * a gecko id, the data-collection declaration (nothing is collected), and no Chrome-only keys.
 */
function firefoxManifest() {
  const { key: _key, minimum_chrome_version: _min, background, web_accessible_resources, ...rest } = chromeManifest;
  return {
    ...rest,
    // Firefox has no per-session URL; its extension origins are random per install already.
    web_accessible_resources: web_accessible_resources.map(({ use_dynamic_url: _dynamic, ...resource }) => resource),
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
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
      // The welcome page is opened by the service worker, not named in the manifest.
      rollupOptions: { input: { welcome: 'src/welcome/index.html' } },
    },
    server: { port: 5199, strictPort: true },
  };
});
