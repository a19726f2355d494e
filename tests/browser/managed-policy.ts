/**
 * A machine-wide managed policy for Chromium (/etc/chromium/policies/managed), as IT would deploy it. It is
 * written for a copy of the Chrome build under an extension id of its own (a key made for this run), so it
 * reaches no PostPause in another test run on the machine; the file is always removed after the test file,
 * with any folder it had to create.
 */
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionId } from '../../src/cli/deploy/crx.ts';
import { CHROME_DIST } from '../support/browser.mjs';

const DIR = '/etc/chromium/policies/managed';
const FILE = `${DIR}/postpause-test-${process.pid}.json`;
const created: string[] = [];

let build: { dist: string; id: string } | undefined;

/** The copy of dist/chrome this run's policy is for, made once. */
export function policyBuild() {
  if (build) return build;
  const dist = mkdtempSync(join(tmpdir(), 'postpause-policy-build-'));
  cpSync(CHROME_DIST, dist, { recursive: true });
  const publicKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' });
  const manifestFile = join(dist, 'manifest.json');
  writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(readFileSync(manifestFile, 'utf8')), key: publicKey.toString('base64') }));
  build = { dist, id: extensionId(publicKey) };
  return build;
}

export function writePolicy(policy: Record<string, unknown>) {
  for (const dir of ['/etc/chromium', '/etc/chromium/policies', DIR]) {
    if (!existsSync(dir)) {
      mkdirSync(dir);
      created.unshift(dir);
    }
  }
  writeFileSync(FILE, JSON.stringify({ '3rdparty': { extensions: { [policyBuild().id]: policy } } }));
}

export function removePolicy() {
  rmSync(FILE, { force: true });
  for (const dir of created) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  if (build) rmSync(build.dist, { recursive: true, force: true });
}
