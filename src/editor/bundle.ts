/**
 * The deployment bundle as one zip, made by the same code as `postpause policy export` (deployFiles in
 * src/cli/deploy/, which needs no Node.js API). Should it ever fail, the editor says why; the rest works.
 */
import { strToU8, zipSync } from 'fflate';
import { deployFiles, type DeployFiles } from '../cli/deploy/index.ts';
import { DEFAULT_PROFILE_ID } from '../cli/deploy/macos.ts';
import { EXTENSION_ID_PATTERN, targets, type Targets } from '../cli/deploy/ids.ts';
import type { SettingsLayer } from '../core/policy/settings.ts';

export const BUNDLE_FILE = 'postpause-deployment.zip';

export type BundleResult = { ok: true; files: Record<string, Uint8Array>; zip: Uint8Array } | { ok: false; reason: string };

const bytes = (content: string | Uint8Array) => (typeof content === 'string' ? strToU8(content) : new Uint8Array(content.buffer, content.byteOffset, content.byteLength));

/** Where IT installs PostPause from, as `policy export` takes it (--chrome-id, --edge-id, the self-hosted update URL). */
export interface InstallSource {
  chromeId?: string;
  edgeId?: string;
  updateUrl?: string;
}

export { EXTENSION_ID_PATTERN };

/** Every deployment file of a valid policy, by its path, and the zip of them all. */
export function makeBundle(settings: SettingsLayer, source: InstallSource = {}): BundleResult {
  let t: Targets;
  try {
    t = targets({ chromeId: source.chromeId, edgeId: source.edgeId, updateUrl: source.updateUrl });
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  let files: DeployFiles;
  try {
    files = deployFiles(settings, t, { profileId: DEFAULT_PROFILE_ID }).files;
  } catch (error) {
    return { ok: false, reason: `deployFiles failed: ${(error as Error).message}` };
  }
  const entries = Object.fromEntries(Object.entries(files).map(([path, content]) => [path, bytes(content)]));
  // A fixed date, so the same code gives the same zip.
  const zip = zipSync(Object.fromEntries(Object.entries(entries).map(([path, data]) => [path, [data, { mtime: new Date('2026-01-01T00:00:00Z') }]])), { level: 6 });
  return { ok: true, files: entries, zip };
}
