/**
 * A machine-wide managed policy for Chromium (/etc/chromium/policies/managed), as IT would deploy it; written
 * for one test file and always removed after it, with any folder it had to create.
 */
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { CHROME_ID } from '../../src/core/extension-ids.ts';

const DIR = '/etc/chromium/policies/managed';
const FILE = `${DIR}/postpause-test.json`;
const created: string[] = [];

export function writePolicy(policy: Record<string, unknown>) {
  for (const dir of ['/etc/chromium', '/etc/chromium/policies', DIR]) {
    if (!existsSync(dir)) {
      mkdirSync(dir);
      created.unshift(dir);
    }
  }
  writeFileSync(FILE, JSON.stringify({ '3rdparty': { extensions: { [CHROME_ID]: policy } } }));
}

export function removePolicy() {
  rmSync(FILE, { force: true });
  for (const dir of created) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
}
