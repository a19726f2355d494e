// The house rules ESLint holds our sources to (eslint.config.js): each one catches what it is there for.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const rulesHit = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => m.ruleId);
};

describe('the house rules', () => {
  it.each([
    ['core imports a site adapter', 'src/core/policy/zz.ts', "import { x } from '../../sites/x.ts';\nexport { x };\n"],
    ['core imports Preact', 'src/core/zz.ts', "import { h } from 'preact';\nexport { h };\n"],
    ['a site adapter imports the matcher', 'src/sites/zz.ts', "import { compileMatcher } from '../core/matcher/compile.ts';\nexport { compileMatcher };\n"],
    ['ui imports the content script', 'src/ui/zz.ts', "import { x } from '../content/index.ts';\nexport { x };\n"],
    ['injected code imports zod', 'src/content/zz.ts', "import { z } from 'zod';\nexport { z };\n"],
  ])('refuses an import across the layers: %s', async (_, file, code) => {
    expect(await rulesHit(file, code)).toEqual(['@typescript-eslint/no-restricted-imports']);
  });

  it.each([
    ['fetch', "export const go = () => fetch('https://example.com');\n", 'no-restricted-globals'],
    ['window.fetch', "export const go = () => window.fetch('https://example.com');\n", 'no-restricted-properties'],
    ['a MutationObserver', 'export const watch = new MutationObserver(() => {});\n', 'no-restricted-globals'],
    ['new Function', "export const run = new Function('return 1');\n", 'no-restricted-syntax'],
  ])('refuses %s in our sources', async (_, code, rule) => {
    expect(await rulesHit('src/content/zz.ts', code)).toContain(rule);
  });

  it('lets a type-only import of the extension API into injected code (it is erased)', async () => {
    expect(await rulesHit('src/content/zz.ts', "import type Browser from 'webextension-polyfill';\nexport type Api = typeof Browser;\n")).toEqual([]);
  });
});
