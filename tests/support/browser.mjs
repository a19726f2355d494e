// Launches Debian's Chromium with the built extension loaded, through playwright-core.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routeSites } from './sites.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROME_DIST = join(root, 'dist', 'chrome');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts Chromium the way every test and measurement does, with `extraArgs`, and the demo pages routed. */
async function launch({ headless, viewport, onRequest, extraArgs }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'postpause-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--lang=en-US', ...extraArgs,
    ],
  });
  await routeSites(context, { onRequest });
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

/**
 * Starts Chromium with dist/chrome loaded and the demo pages routed.
 * Returns the context, the extension id and a close() that also removes the profile.
 */
export async function launchWithExtension({ headless = true, dist = CHROME_DIST, onRequest, viewport = { width: 1280, height: 860 } } = {}) {
  const { context, close } = await launch({ headless, viewport, onRequest, extraArgs: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close };
}

/** The same browser without PostPause: the baseline of the measurements that compare with and without. */
export async function launchWithoutExtension({ headless = true, viewport = { width: 1280, height: 860 } } = {}) {
  return launch({ headless, viewport, extraArgs: [] });
}
