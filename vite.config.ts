import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import chromeManifest from './manifest.json' with { type: 'json' };
import { GECKO_ID } from './src/cli/deploy/ids.ts';

/**
 * Firefox takes the same manifest with its own differences: background scripts instead of a service worker,
 * a gecko id, the data-collection declaration (nothing is collected), and no Chrome-only keys.
 */
function firefoxManifest() {
  const { key: _key, minimum_chrome_version: _min, background, ...rest } = chromeManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    },
  };
}

// `vite build` builds Chrome and Edge into dist/chrome; `vite build --mode firefox` builds dist/firefox.
// The content script is one self-contained IIFE (no loader, no web-accessible chunks), so nothing of ours
// can be probed by the page and the injected size is one file we can measure.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
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
