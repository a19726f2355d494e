// Safe by construction, checked on what we ship: fails when the built bundles could send anything anywhere,
// run strings as code or watch the page, or when the built manifests ask for more than `storage` and the
// sites' hosts. (Our sources are held to the same by ESLint's restricted globals and syntax, eslint.config.js.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from './load-ts.mjs';

const { PAUSE_UI_FILE } = await importTs('src/core/extension-ids.ts');

const FORBIDDEN = [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bsendBeacon\b/, /\beval\s*\(/, /\bnew\s+Function\b/, /\bimportScripts\b/];
const { SITE_MATCHES: HOSTS } = await importTs('src/core/sites.ts');
const problems = [];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) yield path;
  }
}

// Everything we ship; and what goes into pages (our code and Preact, bundled): the content script and the dialog module.
const built = ['src/content/index.js', PAUSE_UI_FILE].flatMap((file) => [`dist/chrome/${file}`, `dist/firefox/${file}`]);
const scanned = [...files('dist/chrome'), ...files('dist/firefox')];
for (const path of scanned) {
  const text = readFileSync(path, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
  for (const pattern of FORBIDDEN) if (pattern.test(text)) problems.push(`${path}: ${pattern}`);
}

// Nothing watches the page: no observer of the page's DOM in what is injected (composers are found from events).
for (const path of built) if (/\b(Mutation|Resize|Intersection)Observer\b/.test(readFileSync(path, 'utf8'))) problems.push(`${path}: watches the page`);

for (const dist of ['dist/chrome', 'dist/firefox']) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const same = (a, b) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
  if (!same(manifest.permissions, ['storage'])) problems.push(`${dist}: permissions ${JSON.stringify(manifest.permissions)}, expected ["storage"]`);
  if (manifest.optional_permissions || manifest.host_permissions || manifest.optional_host_permissions) problems.push(`${dist}: asks for more hosts or permissions`);
  for (const script of manifest.content_scripts) if (!same(script.matches, HOSTS)) problems.push(`${dist}: content script on ${script.matches}`);
  // Web-accessible: the dialog module only, to the three hosts only, and in Chrome at a per-session URL.
  const war = manifest.web_accessible_resources ?? [];
  const dialogOnly = war.length === 1 && same(war[0].resources, [PAUSE_UI_FILE]) && same(war[0].matches, HOSTS) && !war[0].extension_ids;
  if (!dialogOnly || (dist === 'dist/chrome' && war[0].use_dynamic_url !== true)) problems.push(`${dist}: web-accessible resources ${JSON.stringify(war)}`);
  if (manifest.content_security_policy) problems.push(`${dist}: a content_security_policy of its own`);
  if (manifest.externally_connectable) problems.push(`${dist}: externally_connectable`);
}

console.log(`scanned ${scanned.length} files and 2 manifests: ${problems.length ? problems.join('\n') : 'no network or eval in our code; storage and the three hosts only'}`);
process.exit(problems.length ? 1 : 0);
