/**
 * postpause.mobileconfig: one configuration profile for Jamf, Intune, Kandji or a double-click, with
 * PostPause's settings for Chrome and Edge (their per-extension preference domains; only values an MDM
 * profile forces reach the extension), their force-install where the export has a source, and Firefox's
 * policies.
 */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { nameUuid } from './encode.ts';
import { chromeInstall, edgeInstall, firefoxInstall } from './extension-settings.ts';
import type { Targets } from './ids.ts';
import { plistDocument } from './plist.ts';

export const DEFAULT_PROFILE_ID = 'app.postpause.policy';

/** A reverse-DNS identifier, as profile identifiers are written (com.example.postpause.sales). */
export const PROFILE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9][A-Za-z0-9-]*)+$/;

export interface ProfileOptions {
  /** PayloadIdentifier: one per variant, so per-department profiles do not replace each other. */
  profileId: string;
  /** PayloadOrganization; by default the policy's companyName. */
  organization?: string | undefined;
}

/**
 * A payload; its UUID follows from the profile identifier and the content, so the same export gives the same
 * profile, a changed policy a new UUID, and another variant other UUIDs.
 */
function payload(profileId: string, type: string, suffix: string, displayName: string, content: Record<string, unknown> | undefined) {
  if (!content) return [];
  const identifier = `${profileId}.${suffix}`;
  return [{
    PayloadType: type,
    PayloadVersion: 1,
    PayloadIdentifier: identifier,
    PayloadUUID: nameUuid(`${identifier}\n${JSON.stringify(content)}`),
    PayloadDisplayName: displayName,
    ...content,
  }];
}

export function mobileconfig(settings: SettingsLayer, t: Targets, { profileId, organization = settings.companyName }: ProfileOptions): string {
  const chrome = chromeInstall(t);
  const edge = edgeInstall(t);
  const content = [
    ...payload(profileId, `com.google.Chrome.extensions.${t.chromeId}`, 'chrome.settings', 'PostPause settings for Google Chrome', settings),
    ...payload(profileId, `com.microsoft.Edge.extensions.${t.edgeId}`, 'edge.settings', 'PostPause settings for Microsoft Edge', settings),
    ...payload(profileId, 'com.google.Chrome', 'chrome.install', 'PostPause installed in Google Chrome', chrome && { ExtensionSettings: chrome }),
    ...payload(profileId, 'com.microsoft.Edge', 'edge.install', 'PostPause installed in Microsoft Edge', edge && { ExtensionSettings: edge }),
    ...payload(profileId, 'org.mozilla.firefox', 'firefox', 'PostPause in Mozilla Firefox', {
      EnterprisePoliciesEnabled: true,
      '3rdparty': { Extensions: { [t.geckoId]: settings } },
      ExtensionSettings: firefoxInstall(t),
    }),
  ];
  return plistDocument({
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: profileId,
    PayloadUUID: nameUuid(`${profileId}\n${content.map((p) => p.PayloadUUID).join('\n')}`),
    PayloadDisplayName: 'PostPause',
    PayloadDescription: `PostPause settings for Google Chrome, Microsoft Edge and Mozilla Firefox; installs it in ${[chrome && 'Google Chrome', edge && 'Microsoft Edge', 'Mozilla Firefox'].filter(Boolean).join(', ')}.`,
    ...(organization ? { PayloadOrganization: organization } : {}),
    PayloadScope: 'System',
    // Users cannot remove the profile (on a Mac enrolled in an MDM; elsewhere only an administrator can).
    PayloadRemovalDisallowed: true,
    PayloadContent: content,
  });
}
