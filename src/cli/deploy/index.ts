/**
 * `postpause policy export`: every deployment file for a validated policy, by its path in the output
 * folder, and the warnings that go with them. Browser-safe: the code editor makes the same files in the page
 * (write.ts writes them to disk, for the CLI).
 */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { adml, englishTexts } from './adml.ts';
import { aftermathFiles } from './aftermath.ts';
import { nlTexts } from './adml-nl.ts';
import { admx, admxName } from './admx.ts';
import { forceInstallFile } from './extension-settings.ts';
import { firefoxPolicies } from './firefox.ts';
import { googleAdminPolicy } from './google-admin.ts';
import { registryXml } from './gpp.ts';
import type { Targets } from './ids.ts';
import { intuneBrowsers, intuneProfile } from './intune.ts';
import { linuxFiles } from './linux.ts';
import { mobileconfig, type ProfileOptions } from './macos.ts';
import { powershellScript, SCRIPT_PATH } from './powershell.ts';
import { readme } from './readme.ts';
import { windowsBrowsers } from './registry.ts';
import { deployWarnings } from './warnings.ts';
import { regFile } from './windows-reg.ts';

export type DeployFiles = Record<string, string | Uint8Array>;

export function deployFiles(settings: SettingsLayer, t: Targets, profile: ProfileOptions): { files: DeployFiles; warnings: string[] } {
  const windows = windowsBrowsers(t);
  const script = powershellScript(windows.filter((b) => b.name !== 'firefox'), settings);
  const warnings = deployWarnings(settings, new TextEncoder().encode(script).length);
  const files: DeployFiles = {
    ...linuxFiles(settings, t),
    ...Object.fromEntries(windows.map((browser) => [`windows/${browser.name}.reg`, regFile(browser, settings)])),
    [SCRIPT_PATH]: script,
    ...Object.fromEntries(
      windows.flatMap((browser) => [
        [`windows/PolicyDefinitions/${admxName(browser)}.admx`, admx(browser)],
        [`windows/PolicyDefinitions/en-US/${admxName(browser)}.adml`, adml(browser, englishTexts())],
        [`windows/PolicyDefinitions/nl-NL/${admxName(browser)}.adml`, adml(browser, nlTexts)],
        [`windows/gpo/${browser.name}/Registry.xml`, registryXml(browser, settings)],
      ]),
    ),
    ...Object.fromEntries(intuneBrowsers(windows).map((browser) => [`windows/intune/${admxName(browser)}-oma-uri.json`, intuneProfile(browser, settings)])),
    'macos/postpause.mobileconfig': mobileconfig(settings, t, profile),
    'firefox/policies.json': firefoxPolicies(settings, t),
    'google-admin/policy.json': googleAdminPolicy(settings),
    'force-install/extension-settings.json': forceInstallFile(t),
    ...aftermathFiles(settings),
  };
  return { files: { 'README.md': readme(settings, t, profile, warnings), ...files }, warnings };
}
