// What the extension injects into every page of the three hosts: the content scripts of the manifest.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export function injectedSize(dist = 'dist/chrome') {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const files = manifest.content_scripts.flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  const war = manifest.web_accessible_resources ?? [];
  const bytes = files.map((f) => readFileSync(join(dist, f)));
  const raw = bytes.reduce((n, b) => n + b.length, 0);
  const gzip = gzipSync(Buffer.concat(bytes), { level: 9 }).length;
  return { files, rawBytes: raw, gzipBytes: gzip, webAccessibleResources: war.length };
}
