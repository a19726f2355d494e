// `npm test`: type checking, the build, unit tests and real-browser tests, then one closing line
// `N passed, N failed` that counts every test (type checking and the build count as one check each).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'postpause-test-'));
let passed = 0;
let failed = 0;

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  return result.status === 0;
}

function check(title, command, args) {
  if (run(title, command, args)) passed++;
  else {
    failed++;
    console.log(`✗ ${title} failed`);
  }
}

function vitest(title, config) {
  const out = join(tmp, `${config}.json`);
  const ok = run(title, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numTotalTestSuites > 0 && !ok && report.numFailedTests === 0 ? 1 : 0);
    if (report.numPendingTests + report.numTodoTests > 0) {
      failed++;
      console.log(`✗ ${title}: ${report.numPendingTests + report.numTodoTests} skipped test(s); none may be left behind`);
    }
  } catch {
    failed++;
    console.log(`✗ ${title}: no report`);
  }
}

check('type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
check('lint (ESLint + typescript-eslint: layers, no network, no eval, no page observers)', 'npx', ['eslint', '.']);
check('build for Chrome and Edge (dist/chrome)', 'npx', ['vite', 'build']);
check('build for Firefox (dist/firefox)', 'npx', ['vite', 'build', '--mode', 'firefox']);
check('build the postpause command (dist/cli)', 'node', ['scripts/build-cli.mjs']);
check('web-ext lint dist/firefox (no errors)', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--no-config-discovery']);
check('demo pages (esbuild)', 'node', ['tests/pages/build.mjs']);
check('safe by construction: no network or eval in what we ship; storage and the sites\' hosts only', 'node', ['scripts/safety-check.mjs']);
check('size budget: what is injected into pages ≤ 15 KiB gzip, nothing web-accessible', 'node', ['scripts/size-budget.mjs']);
vitest('unit tests (vitest + jsdom)', 'vitest.config.ts');
vitest('browser tests (Chromium + playwright-core)', 'vitest.browser.config.ts');

rmSync(tmp, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
