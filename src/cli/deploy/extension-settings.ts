/**
 * The force-install entries (the browsers' own `ExtensionSettings` policy), per browser: the user cannot
 * disable or remove PostPause, and it is pinned to the toolbar. Chrome and Edge get one only when the export
 * was told where to install from (ids.ts).
 */
import { json } from './encode.ts';
import type { Targets } from './ids.ts';

export type ExtensionSettings = Record<string, Record<string, string>>;

/** Chrome and Chromium. */
export function chromeInstall(t: Targets): ExtensionSettings | undefined {
  return t.chromeInstall && { [t.chromeId]: { installation_mode: 'force_installed', update_url: t.chromeInstall.updateUrl, toolbar_pin: 'force_pinned' } };
}

/** Edge names the toolbar setting differently (`toolbar_state`, Edge 103+). */
export function edgeInstall(t: Targets): ExtensionSettings | undefined {
  return t.edgeInstall && { [t.edgeId]: { installation_mode: 'force_installed', update_url: t.edgeInstall.updateUrl, toolbar_state: 'force_shown' } };
}

export function firefoxInstall(t: Targets): ExtensionSettings {
  return { [t.geckoId]: { installation_mode: 'force_installed', install_url: t.firefoxInstallUrl } };
}

/**
 * `force-install/extension-settings.json`: each browser's entry (Chromium takes Chrome's), to merge into an
 * existing ExtensionSettings. Written as each browser's policy file holds it, so it reads as one.
 */
export function forceInstallFile(t: Targets): string {
  const entries = { chrome: chromeInstall(t), edge: edgeInstall(t), firefox: firefoxInstall(t) };
  return json(Object.fromEntries(Object.entries(entries).filter(([, entry]) => entry).map(([browser, entry]) => [browser, { ExtensionSettings: entry }])));
}
