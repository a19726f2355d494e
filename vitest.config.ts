import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests: the pure core and the UI components, in jsdom.
export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
