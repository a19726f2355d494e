/**
 * postpause.mobileconfig: one configuration profile for Jamf, Intune, Kandji or a double-click, with
 * PostPause's settings for Chrome and Edge (their per-extension preference domains; only values an MDM
 * profile forces reach the extension), their force-install, and Firefox's policies.
 */
import { createHash } from 'node:crypto';
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { chromeInstall, edgeInstall, firefoxInstall } from './extension-settings.ts';
import type { Targets } from './ids.ts';
import { plistDocument } from './plist.ts';

const PROFILE_ID = 'app.postpause.policy';

/**
 * A name-based UUID (version 5 layout: SHA-1, RFC 9562) of a payload's identifier and content: the same
 * policy gives the same profile, and a changed one a new UUID, as MDMs expect.
 */
function payloadUuid(name: string): string {
  const bytes = createHash('sha1').update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function payload(type: string, suffix: string, displayName: string, content: Record<string, unknown>) {
  const identifier = `${PROFILE_ID}.${suffix}`;
  return {
    PayloadType: type,
    PayloadVersion: 1,
    PayloadIdentifier: identifier,
    PayloadUUID: payloadUuid(`${identifier}\n${JSON.stringify(content)}`),
    PayloadDisplayName: displayName,
    ...content,
  };
}

export function mobileconfig(settings: SettingsLayer, t: Targets): string {
  const content = [
    payload(`com.google.Chrome.extensions.${t.chromeId}`, 'chrome.settings', 'PostPause settings for Google Chrome', settings),
    payload(`com.microsoft.Edge.extensions.${t.edgeId}`, 'edge.settings', 'PostPause settings for Microsoft Edge', settings),
    payload('com.google.Chrome', 'chrome.install', 'PostPause installed in Google Chrome', { ExtensionSettings: chromeInstall(t) }),
    payload('com.microsoft.Edge', 'edge.install', 'PostPause installed in Microsoft Edge', { ExtensionSettings: edgeInstall(t) }),
    payload('org.mozilla.firefox', 'firefox', 'PostPause in Mozilla Firefox', {
      EnterprisePoliciesEnabled: true,
      '3rdparty': { Extensions: { [t.geckoId]: settings } },
      ExtensionSettings: firefoxInstall(t),
    }),
  ];
  return plistDocument({
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: PROFILE_ID,
    PayloadUUID: payloadUuid(`${PROFILE_ID}\n${content.map((p) => p.PayloadUUID).join('\n')}`),
    PayloadDisplayName: 'PostPause',
    PayloadDescription: 'PostPause settings and force-install for Google Chrome, Microsoft Edge and Mozilla Firefox.',
    PayloadScope: 'System',
    PayloadContent: content,
  });
}
