// What the extension puts into the pages of the three hosts: the content scripts of the manifest (injected into
// every page), and the web-accessible dialog module (loaded only once the user starts writing a post).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const gzipOf = (dist, files) => gzipSync(Buffer.concat(files.map((f) => readFileSync(join(dist, f)))), { level: 9 }).length;

export function injectedSize(dist = 'dist/chrome') {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const files = manifest.content_scripts.flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  const war = manifest.web_accessible_resources ?? [];
  const onDemand = war.flatMap((entry) => entry.resources);
  const raw = files.reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
  return {
    files,
    rawBytes: raw,
    gzipBytes: gzipOf(dist, files),
    webAccessibleResources: war,
    onDemandFiles: onDemand,
    onDemandGzipBytes: onDemand.length ? gzipOf(dist, onDemand) : 0,
  };
}
