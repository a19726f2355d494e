// `npm run package`: the zips to upload to the Chrome Web Store, Edge Add-ons and addons.mozilla.org, in packages/.
// The stores assign their own ids and keys, so the store zips carry no `key` (the fixed key is for
// unpacked and self-hosted installs, see the README).
// With `--key FILE.pem --base-url URL` (or POSTPAUSE_CRX_KEY and POSTPAUSE_CRX_BASE_URL) also the self-hosted
// CRX, signed with the private key of the fixed id, and its update manifest updates.xml.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importTs } from './load-ts.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const fail = (message) => {
  console.error(`npm run package: ${message}`);
  process.exit(2);
};

const { values } = parseArgs({ options: { key: { type: 'string' }, 'base-url': { type: 'string' } } });
const keyFile = values.key ?? process.env.POSTPAUSE_CRX_KEY;
const baseUrl = values['base-url'] ?? process.env.POSTPAUSE_CRX_BASE_URL;
const { CHROME_ID } = await importTs('src/core/extension-ids.ts');
const { crx3, extensionId, publicKeyDer, readPrivateKey } = await importTs('src/cli/deploy/crx.ts');
const { updateManifest } = await importTs('src/cli/deploy/update-manifest.ts');

// The key is checked before anything is built, so a wrong one costs nothing.
let privateKey;
if (keyFile !== undefined) {
  if (!baseUrl || !/^https?:\/\/\S+\/$/.test(baseUrl)) fail('--base-url URL is needed with --key: the http(s) folder, ending in /, that will serve the CRX and updates.xml');
  let pem;
  try {
    pem = readFileSync(keyFile, 'utf8');
  } catch {
    fail(`${keyFile}: cannot be read`);
  }
  try {
    privateKey = readPrivateKey(pem);
  } catch (error) {
    fail(`${keyFile}: not a private key (${error.message})`);
  }
  const id = extensionId(publicKeyDer(privateKey));
  // The policy files name the fixed id with --update-url; a CRX signed with another key installs under another id.
  if (id !== CHROME_ID) fail(`${keyFile} is the key of the extension id ${id}, not of PostPause's fixed id ${CHROME_ID} (src/core/extension-ids.ts), which the policy files name`);
}

run('npx', ['vite', 'build']);
run('npx', ['vite', 'build', '--mode', 'firefox']);
rmSync('packages', { recursive: true, force: true });
mkdirSync('packages');

function zip(source, filename) {
  run('npx', ['web-ext', 'build', '--source-dir', source, '--artifacts-dir', 'packages', '--filename', filename, '--overwrite-dest']);
  console.log(`packages/${filename}`);
}

const storeCopy = mkdtempSync(join(tmpdir(), 'postpause-store-'));
cpSync('dist/chrome', storeCopy, { recursive: true });
const manifest = JSON.parse(readFileSync(join(storeCopy, 'manifest.json'), 'utf8'));
delete manifest.key;
writeFileSync(join(storeCopy, 'manifest.json'), JSON.stringify(manifest, null, 2));
zip(storeCopy, `postpause-${version}-chrome-web-store.zip`);
zip(storeCopy, `postpause-${version}-edge-addons.zip`);
zip('dist/firefox', `postpause-${version}-firefox-amo.zip`);
rmSync(storeCopy, { recursive: true, force: true });

if (privateKey) {
  const crxName = `postpause-${version}.crx`;
  const zipDir = mkdtempSync(join(tmpdir(), 'postpause-crx-'));
  run('npx', ['web-ext', 'build', '--source-dir', 'dist/chrome', '--artifacts-dir', zipDir, '--filename', 'chrome.zip', '--overwrite-dest']);
  writeFileSync(join('packages', crxName), crx3(readFileSync(join(zipDir, 'chrome.zip')), privateKey));
  writeFileSync(join('packages', 'updates.xml'), updateManifest({ appId: CHROME_ID, version, codebase: `${baseUrl}${crxName}` }));
  rmSync(zipDir, { recursive: true, force: true });
  console.log(`packages/${crxName}\npackages/updates.xml`);
  console.log(`Serve both at ${baseUrl}, then: npx postpause policy export POLICY --out DIR --update-url ${baseUrl}updates.xml`);
}
