import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests: the pure core in Node, the DOM-facing parts and UI components in jsdom.
export default defineConfig({
  plugins: [preact()],
  test: {
    // Plain Node by default; a file that needs a DOM says so (`// @vitest-environment jsdom`).
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
