// `npm run lint`: ESLint with typescript-eslint over everything we write, plus the rules that keep the
// house in order: the layers (what each folder may import) and the promises (no network, no eval, nothing
// that watches the page). `scripts/safety-check.mjs` checks the built bundles for the same.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports a folder of src/ must not make, as a regular expression over the import path. */
const folders = (...names) => `^(\\.\\./)+(${names.join('|')})/`;
const restrictImports = (message, regex, ...packages) => ({
  // The TypeScript rule, so that a type-only import (erased from the bundle) is allowed.
  '@typescript-eslint/no-restricted-imports': ['error', {
    paths: packages.map((name) => ({ name, message, allowTypeImports: true })),
    patterns: [{ regex, message, allowTypeImports: true }, ...(packages.length ? [{ group: packages.map((p) => `${p}/*`), message, allowTypeImports: true }] : [])],
  }],
});

const NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection'];
const OBSERVERS = ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'];
const because = (message) => (name) => ({ name, message });

export default tseslint.config(
  { ignores: ['dist/**', 'packages/**', 'node_modules/**', 'tests/pages/.built/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The promises: no post text ever leaves the browser, no remote code, nothing watches the page.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error',
        ...NETWORK.map(because('PostPause makes no network requests.')),
        ...OBSERVERS.map(because('Nothing watches the page: composers are found from the event.')),
        because('PostPause runs no strings as code.')('eval'),
      ],
      'no-restricted-properties': ['error',
        ...['window', 'globalThis', 'self', 'navigator'].flatMap((object) => [...NETWORK, 'sendBeacon', 'eval', ...OBSERVERS].map((property) => ({ object, property, message: 'No network, no eval, no page observers.' }))),
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']", message: 'PostPause runs no strings as code.' },
        { selector: "CallExpression[callee.property.name='sendBeacon']", message: 'PostPause makes no network requests.' },
        { selector: "CallExpression[callee.name='importScripts']", message: 'PostPause loads no remote code.' },
      ],
    },
  },
  // The layers (README, "How it works").
  {
    files: ['src/core/**/*.ts'],
    rules: restrictImports('core/ is pure: it imports only core/ (and zod), never the DOM-facing folders or the extension API.',
      folders('sites', 'content', 'ui', 'background', 'cli', 'options', 'popup', 'welcome'), 'preact', 'webextension-polyfill'),
  },
  {
    files: ['src/sites/**/*.ts'],
    rules: restrictImports('sites/ is site knowledge: it imports only core/ and sites/, never the matcher, the UI or the extension API.',
      `${folders('content', 'ui', 'background', 'cli', 'options', 'popup', 'welcome')}|core/matcher/`, 'preact', 'webextension-polyfill', 'zod'),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrictImports('ui/ shows what it is given: it never imports content/, background/ or cli/.', folders('content', 'background', 'cli')),
  },
  {
    // What is injected into every page (the content script) stays small and carries no validator or polyfill.
    files: ['src/content/**/*.ts', 'src/ui/pause-ui.tsx', 'src/ui/pause-dialog.tsx', 'src/ui/findings.tsx', 'src/ui/draft-preview.tsx', 'src/ui/notice.tsx', 'src/ui/host.ts', 'src/ui/site-theme.ts'],
    rules: restrictImports('Injected code carries neither zod nor webextension-polyfill.', `${folders('background', 'cli', 'options', 'popup', 'welcome')}|core/policy/(schema|read-policy|managed-schema)`, 'zod', 'webextension-polyfill'),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrictImports('cli/ builds on core/ only.', folders('sites', 'content', 'ui', 'background', 'options', 'popup', 'welcome')),
  },
);
