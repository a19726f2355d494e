/**
 * Linux: Chrome, Chromium and Edge read every *.json in their managed policy folder. The settings and the
 * force-install go in two files, because ExtensionSettings is not merged across files (the last file in
 * name order wins), so an organisation that already sets it must merge our entry into its own file instead.
 */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { json } from './encode.ts';
import { chromeInstall, edgeInstall, type ExtensionSettings } from './extension-settings.ts';
import type { Targets } from './ids.ts';

export interface LinuxBrowser {
  name: 'chrome' | 'chromium' | 'edge';
  title: string;
  /** The folder the browser reads mandatory policy from. */
  folder: string;
  id: string;
  install: ExtensionSettings | undefined;
}

export function linuxBrowsers(t: Targets): LinuxBrowser[] {
  return [
    { name: 'chrome', title: 'Google Chrome', folder: '/etc/opt/chrome/policies/managed/', id: t.chromeId, install: chromeInstall(t) },
    { name: 'chromium', title: 'Chromium', folder: '/etc/chromium/policies/managed/', id: t.chromeId, install: chromeInstall(t) },
    { name: 'edge', title: 'Microsoft Edge', folder: '/etc/opt/edge/policies/managed/', id: t.edgeId, install: edgeInstall(t) },
  ];
}

export function linuxFiles(settings: SettingsLayer, t: Targets): Record<string, string> {
  const files: Record<string, string> = {};
  for (const browser of linuxBrowsers(t)) {
    // Lower-case `extensions` on Chromium; Firefox spells it `Extensions`.
    files[`linux/${browser.name}/postpause.json`] = json({ '3rdparty': { extensions: { [browser.id]: settings } } });
    if (browser.install) files[`linux/${browser.name}/postpause-install.json`] = json({ ExtensionSettings: browser.install });
  }
  return files;
}
