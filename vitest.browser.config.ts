import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium on the demo pages. One file at a time:
// each launches its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    globalSetup: ['tests/browser/global-setup.ts'],
  },
});
