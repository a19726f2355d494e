/**
 * `postpause policy export`: every deployment file for a validated policy, by its path in the output
 * folder, and writing them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { adml, englishTexts } from './adml.ts';
import { nlTexts } from './adml-nl.ts';
import { admx } from './admx.ts';
import { forceInstallFile } from './extension-settings.ts';
import { firefoxPolicies } from './firefox.ts';
import { googleAdminPolicy } from './google-admin.ts';
import type { Targets } from './ids.ts';
import { linuxFiles } from './linux.ts';
import { mobileconfig } from './macos.ts';
import { powershellScript } from './powershell.ts';
import { readme } from './readme.ts';
import { windowsBrowsers } from './registry.ts';
import { regFile } from './windows-reg.ts';

export type DeployFiles = Record<string, string | Uint8Array>;

export function deployFiles(settings: SettingsLayer, t: Targets): DeployFiles {
  const windows = windowsBrowsers(t);
  return {
    'README.md': readme(settings, t),
    ...linuxFiles(settings, t),
    ...Object.fromEntries(windows.map((browser) => [`windows/${browser.name}.reg`, regFile(browser, settings)])),
    'windows/Set-PostPausePolicy.ps1': powershellScript(windows.filter((b) => b.name !== 'firefox'), settings),
    'windows/PolicyDefinitions/postpause.admx': admx(t),
    'windows/PolicyDefinitions/en-US/postpause.adml': adml(t, englishTexts()),
    'windows/PolicyDefinitions/nl-NL/postpause.adml': adml(t, nlTexts),
    'macos/postpause.mobileconfig': mobileconfig(settings, t),
    'firefox/policies.json': firefoxPolicies(settings, t),
    'google-admin/policy.json': googleAdminPolicy(settings),
    'force-install/extension-settings.json': forceInstallFile(t),
  };
}

export function writeDeployFiles(dir: string, files: DeployFiles): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
