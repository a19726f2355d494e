// Safe by construction: fails when our code could send anything anywhere or run strings as code, or when the
// built manifests ask for more than `storage` and the three hosts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN = [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bsendBeacon\b/, /\beval\s*\(/, /\bnew\s+Function\b/, /\bimportScripts\b/];
const HOSTS = ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*'];
const problems = [];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) yield path;
  }
}

// Our sources, and what is injected into pages (our code and Preact, bundled).
const scanned = [...files('src'), 'dist/chrome/src/content/index.js', 'dist/firefox/src/content/index.js'];
for (const path of scanned) {
  const text = readFileSync(path, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
  for (const pattern of FORBIDDEN) if (pattern.test(text)) problems.push(`${path}: ${pattern}`);
}

for (const dist of ['dist/chrome', 'dist/firefox']) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const same = (a, b) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
  if (!same(manifest.permissions, ['storage'])) problems.push(`${dist}: permissions ${JSON.stringify(manifest.permissions)}, expected ["storage"]`);
  if (manifest.optional_permissions || manifest.host_permissions || manifest.optional_host_permissions) problems.push(`${dist}: asks for more hosts or permissions`);
  for (const script of manifest.content_scripts) if (!same(script.matches, HOSTS)) problems.push(`${dist}: content script on ${script.matches}`);
  if (manifest.web_accessible_resources?.length) problems.push(`${dist}: web-accessible resources ${JSON.stringify(manifest.web_accessible_resources)}`);
  if (manifest.content_security_policy) problems.push(`${dist}: a content_security_policy of its own`);
  if (manifest.externally_connectable) problems.push(`${dist}: externally_connectable`);
}

console.log(`scanned ${scanned.length} files and 2 manifests: ${problems.length ? problems.join('\n') : 'no network or eval in our code; storage and the three hosts only'}`);
process.exit(problems.length ? 1 : 0);
