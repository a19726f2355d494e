// `npm run package`: the zips to upload to the Chrome Web Store, Edge Add-ons and addons.mozilla.org, in packages/.
// The stores assign their own ids and keys, so the store zips carry no `key` (the fixed key is for
// unpacked and self-hosted installs, see the README).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

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
