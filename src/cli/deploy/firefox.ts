/**
 * Firefox's policies.json (Linux /etc/firefox/policies/, or distribution/ next to the Firefox binary on any
 * system). Firefox reads one such file, so IT merges these two policies into the one it already has.
 */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { json } from './encode.ts';
import { firefoxInstall } from './extension-settings.ts';
import type { Targets } from './ids.ts';

export function firefoxPolicies(settings: SettingsLayer, t: Targets): string {
  return json({ policies: { '3rdparty': { Extensions: { [t.geckoId]: settings } }, ExtensionSettings: firefoxInstall(t) } });
}
