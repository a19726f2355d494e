// Builds what the browser tests load when it is missing (npm test builds it first anyway).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { buildPages } from '../pages/build.mjs';

export default async function setup() {
  if (!existsSync('dist/chrome/manifest.json')) execSync('npx vite build', { stdio: 'inherit' });
  if (!existsSync('dist/firefox/manifest.json')) execSync('npx vite build --mode firefox', { stdio: 'inherit' });
  await buildPages();
}
