import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

// The content script is built as one self-contained IIFE (no loader, no web-accessible chunks), so
// nothing of ours can be probed by the page and the injected size is one file we can measure.
export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: manifest as never, contentScripts: { standaloneFiles: ['src/content/index.ts'] } }),
  ],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    target: 'chrome123',
    cssTarget: ['chrome123', 'firefox128'],
  },
  server: { port: 5199, strictPort: true },
});
