/** README.md for IT: where each exported file goes, how the browsers pick it up, the pitfalls, how to check. */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { CHROME_ID } from '../../core/extension-ids.ts';
import type { Targets } from './ids.ts';
import { linuxBrowsers } from './linux.ts';
import { windowsBrowsers } from './registry.ts';

function idNotes(t: Targets): string {
  const chrome =
    t.chromeId === CHROME_ID
      ? `The Chrome id here is PostPause's own (fixed by its manifest key): right for a self-hosted CRX (export with \`--chrome-update-url\`) and unpacked installs. If you install PostPause from the Chrome Web Store, which assigns its own id, export again with \`--chrome-id <id from the store>\`.`
      : `Chrome uses the Chrome Web Store id \`${t.chromeId}\` (given with \`--chrome-id\`).`;
  const edge =
    t.edgeId === t.chromeId
      ? `Edge uses the Chrome id, which is right when Edge installs the same package as Chrome. If you install it from Edge Add-ons, which assigns its own id, export again with \`--edge-id <id from Edge Add-ons>\`.`
      : `Edge uses the Edge Add-ons id \`${t.edgeId}\` (given with \`--edge-id\`) and installs from Edge Add-ons.`;
  return `${chrome}\n\n${edge}`;
}

export function readme(settings: SettingsLayer, t: Targets): string {
  const keys = Object.keys(settings);
  const [chrome, edge, firefox] = windowsBrowsers(t);
  return `# PostPause: deployment files

Written by \`postpause policy export\`. They set ${keys.length} setting${keys.length === 1 ? '' : 's'}: ${keys.map((k) => `\`${k}\``).join(', ')}.
Settings not listed stay with the user or their defaults. Every setting you set is enforced: users cannot change it.
Validate a policy before deploying it: \`npx postpause policy validate FILE\` (FILE may be any of the JSON files here).

## Extension ids

| Browser | Id | Installed from |
|---|---|---|
| Google Chrome, Chromium | \`${t.chromeId}\` | \`${t.chromeUpdateUrl}\` |
| Microsoft Edge | \`${t.edgeId}\` | \`${t.edgeUpdateUrl}\` |
| Mozilla Firefox | \`${t.geckoId}\` | \`${t.firefoxInstallUrl}\` |

${idNotes(t)}

Each platform below has two parts: PostPause's settings, and the force-install (the browser's own \`ExtensionSettings\` policy: installed, cannot be disabled or removed, pinned to the toolbar). \`force-install/extension-settings.json\` holds the force-install entry for each browser, to add to an \`ExtensionSettings\` you already deploy.

## Windows

Pick one of three ways; all write the same registry values under HKEY_LOCAL_MACHINE.

- **.reg files** (\`windows/chrome.reg\`, \`windows/edge.reg\`, \`windows/firefox.reg\`): import with \`reg import windows\\chrome.reg\` as administrator, or deploy through GPO or a software package. Each first deletes PostPause's policy key, so settings you remove from the policy are removed on the machines as well.
  Each also sets the browser's \`ExtensionSettings\` value, **replacing** one that is already there: if you already set \`ExtensionSettings\`, add PostPause's entry to yours instead, or use the script.
- **PowerShell** (\`windows/Set-PostPausePolicy.ps1\`, Chrome and Edge): for an Intune remediation or Win32 app, run as SYSTEM. It adds PostPause to an existing \`ExtensionSettings\` and keeps the other entries.
- **Group Policy templates** (\`windows/PolicyDefinitions/\`): copy \`postpause.admx\` and the language folders (\`en-US\`, \`nl-NL\`) into \`C:\\Windows\\PolicyDefinitions\` or your domain's Central Store, then find Computer Configuration › Administrative Templates › PostPause › Google Chrome / Microsoft Edge / Mozilla Firefox. Topics are entered as JSON text. The templates set PostPause's settings only; force-install it with the browsers' own templates (Chrome, Edge: "Configure extension management settings"; Firefox: "Extension Management").

Keys:

| Browser | PostPause's settings | Force-install |
|---|---|---|
| ${chrome!.title} | \`HKLM\\${chrome!.settingsKey}\` | \`HKLM\\${chrome!.policyKey}\` value \`ExtensionSettings\` |
| ${edge!.title} | \`HKLM\\${edge!.settingsKey}\` | \`HKLM\\${edge!.policyKey}\` value \`ExtensionSettings\` |
| ${firefox!.title} | \`HKLM\\${firefox!.settingsKey}\` (no \`policy\` subkey) | \`HKLM\\${firefox!.policyKey}\` value \`ExtensionSettings\` |

Intune: its ADMX import cannot write under \`Software\\Policies\\Microsoft\\Edge\`, so for Edge use the script (remediation) or a Win32 package with \`edge.reg\`. The Chrome and Firefox parts of the ADMX can be imported.

Chrome and Edge read a changed policy at the next Group Policy refresh (\`gpupdate\`), or within 15 minutes, or at once with "Reload policies" on chrome://policy or edge://policy. Firefox reads it when it starts.

## macOS

\`macos/postpause.mobileconfig\` is one configuration profile: upload it to your MDM (Jamf, Intune, Kandji, …) and scope it to the Macs. It holds PostPause's settings for Chrome (\`com.google.Chrome.extensions.${t.chromeId}\`) and Edge (\`com.microsoft.Edge.extensions.${t.edgeId}\`), their force-install (\`ExtensionSettings\` in \`com.google.Chrome\` and \`com.microsoft.Edge\`), and Firefox's (\`org.mozilla.firefox\`: \`3rdparty\` and \`ExtensionSettings\`).
Only values from an installed profile reach PostPause (Chrome and Edge read forced values only): settings written with \`defaults write\` do not.
If another profile already sets \`ExtensionSettings\` for a browser, macOS keeps one of them: add PostPause's entry to that profile and remove the install payloads from this one.

## Linux

| Browser | Copy these files | Into |
|---|---|---|
${linuxBrowsers(t)
  .map((b) => `| ${b.title} | \`linux/${b.name}/postpause.json\`, \`linux/${b.name}/postpause-install.json\` | \`${b.folder}\` |`)
  .join('\n')}
| Mozilla Firefox | \`firefox/policies.json\` | \`/etc/firefox/policies/\` |

Chrome, Chromium and Edge merge all files in the folder, but a policy set in two files is taken from the last file in name order, and \`ExtensionSettings\` is not merged: if another file already sets it, add PostPause's entry to that file instead of copying \`postpause-install.json\`. They pick up changes within about 5 seconds.
Firefox reads a single policies.json: if you have one, merge both parts of ours into it.

## Firefox, any system

\`firefox/policies.json\` also works on Windows and macOS, in a \`distribution\` folder next to the Firefox program. Use either that file or the Windows registry (\`firefox.reg\`, the ADMX), not both: a policy set in the registry hides the same policy in policies.json, including \`ExtensionSettings\` for other extensions.
Firefox applies changes after a restart.

## Google Admin console (ChromeOS, Chrome Enterprise Core)

Devices › Chrome › Apps & extensions › Users & browsers: add PostPause by id \`${t.chromeId}\`, set it to "Force install", and paste \`google-admin/policy.json\` into "Policy for extensions".

## Pitfalls

- Chrome and Edge drop a whole setting when one value in it is wrong (a wrong type, a bad topic), and silently ignore names they do not know. Validate first.
- Only mandatory policy reaches PostPause: the "recommended" registry keys, Linux \`recommended\` folder and unforced macOS preferences are ignored.
- On Windows machines not joined to a domain or Entra ID (nor enrolled in Chrome Enterprise Core) and on unmanaged Macs, Chrome and Edge block force-installing an extension from anywhere but their stores, so a self-hosted CRX (\`--chrome-update-url\`) needs managed machines.
- Chrome and Edge sort numbered registry values as text ("10" before "2"). The .reg files and the script number lists of ten or more entries 01, 02, … to keep their order; the Group Policy editor numbers them 1, 2, …, so a list of ten or more Do's or Don'ts set there may show out of order.
- Names are case-sensitive: \`3rdparty\\extensions\` for Chrome and Edge, \`3rdparty\\Extensions\` for Firefox.

## Check that it worked

- Chrome: chrome://policy, "Reload policies", then PostPause's id under the extension policies; chrome://extensions shows "Installed by your administrator".
- Edge: edge://policy, the same way.
- Firefox: about:policies (Active) lists \`3rdparty\` and \`ExtensionSettings\`; about:addons shows PostPause.
- PostPause's options page marks each setting you set "Managed by your organization".
`;
}
