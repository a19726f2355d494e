/** README.md for IT: where each exported file goes, step by step per system, the pitfalls, how to check. */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { CHROME_ID } from '../../core/extension-ids.ts';
import { admxName } from './admx.ts';
import type { Install, Targets } from './ids.ts';
import { intuneBrowsers } from './intune.ts';
import { linuxBrowsers } from './linux.ts';
import type { ProfileOptions } from './macos.ts';
import { INTUNE_SCRIPT_LIMIT } from './powershell.ts';
import { windowsBrowsers } from './registry.ts';

const SOURCES: Record<Install['source'], string> = {
  'chrome-web-store': 'the Chrome Web Store',
  'edge-addons': 'Edge Add-ons',
  'self-hosted': 'your own server (self-hosted CRX)',
};

const installedFrom = (install: Install | undefined) => (install ? `${SOURCES[install.source]}: \`${install.updateUrl}\`` : '**not force-installed** (no source given)');

function sourceNotes(t: Targets): string {
  if (!t.chromeInstall) {
    return `**Chrome${t.edgeInstall ? '' : ' and Edge'} do not get PostPause installed by these files**: the export was not told where ${t.edgeInstall ? 'Chrome installs' : 'they install'} it from, and an id without its own update address cannot install. The settings are written for PostPause's fixed id \`${CHROME_ID}\` (an unpacked or self-hosted install). Export again with one of:
- \`--chrome-id <id>\`: PostPause from the Chrome Web Store (the store gives it its own id; Edge then installs the same listing unless you add \`--edge-id\`);
- \`--update-url <url>\`: PostPause self-hosted (\`npm run package -- --key FILE.pem --base-url URL\` builds the CRX and its update manifest; see "Self-hosting" below), with the fixed id;
- \`--edge-id <id>\`: Edge from Edge Add-ons.`;
  }
  const chrome =
    t.chromeInstall.source === 'self-hosted'
      ? `Chrome installs the self-hosted CRX with PostPause's fixed id \`${CHROME_ID}\` from \`${t.chromeInstall.updateUrl}\`.`
      : `Chrome installs PostPause from the Chrome Web Store, where its id is \`${t.chromeId}\` (\`--chrome-id\`).`;
  const edge =
    t.edgeInstall?.source === 'edge-addons' ? `Edge installs it from Edge Add-ons, where its id is \`${t.edgeId}\` (\`--edge-id\`).` : `Edge installs the same package as Chrome; to install from Edge Add-ons instead, export again with \`--edge-id <id>\`.`;
  return `${chrome} ${edge}`;
}

export function readme(settings: SettingsLayer, t: Targets, profile: ProfileOptions, warnings: string[]): string {
  const keys = Object.keys(settings);
  const windows = windowsBrowsers(t);
  const [chrome, edge, firefox] = windows;
  const installs = !!(t.chromeInstall || t.edgeInstall);
  const intune = intuneBrowsers(windows);
  const organization = profile.organization ?? settings.companyName;
  return `# PostPause: deployment files

Written by \`postpause policy export\`. They set ${keys.length} setting${keys.length === 1 ? '' : 's'}: ${keys.map((k) => `\`${k}\``).join(', ') || 'none'}.
Settings not listed stay with the user or their defaults. Every setting you set is enforced: users cannot change it.
${warnings.length > 0 ? `\n## Warnings\n\n${warnings.map((w) => `- ${w}`).join('\n')}\n` : ''}
## Extension ids and where each browser installs PostPause from

| Browser | Id | Installed from |
|---|---|---|
| Google Chrome, Chromium | \`${t.chromeId}\` | ${installedFrom(t.chromeInstall)} |
| Microsoft Edge | \`${t.edgeId}\` | ${installedFrom(t.edgeInstall)} |
| Mozilla Firefox | \`${t.geckoId}\` | addons.mozilla.org: \`${t.firefoxInstallUrl}\` |

${sourceNotes(t)}

Each platform below has two parts: PostPause's settings, and the force-install (the browser's own \`ExtensionSettings\` policy: installed, cannot be disabled or removed, pinned to the toolbar). \`force-install/extension-settings.json\` holds the force-install entry for each browser that has one, to add to an \`ExtensionSettings\` you already deploy.

## Check a policy first

\`npx postpause policy validate FILE\` checks the settings and exits 0, or prints one line per problem. FILE may be your policy file or any JSON file here: \`linux/*/postpause.json\`${installs ? ', `linux/*/postpause-install.json`' : ''}, \`firefox/policies.json\`, \`google-admin/policy.json\` and \`force-install/extension-settings.json\` (the force-install files hold no settings: "valid: 0 settings (force-install only)"). It does not read the Intune profiles (\`windows/intune/*.json\`, whose settings are ADMX payloads), nor the .reg, .ps1, XML and .mobileconfig files: validate the policy they were exported from.

## Windows

### Group Policy (Active Directory)

A .reg file cannot be deployed by Group Policy itself. Use one of these two in a GPO linked to the computers:

- **Registry preferences** (\`windows/gpo/chrome/Registry.xml\`, \`windows/gpo/edge/Registry.xml\`, \`windows/gpo/firefox/Registry.xml\`): carry every setting exactly, topics included. In the Group Policy Management Editor open Computer Configuration › Preferences › Windows Settings › Registry and drag the browser's \`Registry.xml\` onto it (or open the file, copy all of it and paste it there). The items first delete PostPause's key, so settings you remove from the policy are removed on the machines too, then write each value${installs ? ' and the force-install' : ''}.
- **Administrative templates** (one per browser, each writing only under its own vendor's policy key): copy \`windows/PolicyDefinitions/${admxName(chrome!)}.admx\` (and \`${admxName(edge!)}.admx\`, \`${admxName(firefox!)}.admx\` as needed) with the language folders \`en-US\` and \`nl-NL\` into \`C:\\Windows\\PolicyDefinitions\` on the machine where you edit policy, or into your domain's central store \`\\\\<domain>\\SYSVOL\\<domain>\\Policies\\PolicyDefinitions\`. Then set each setting under Computer Configuration › Policies › Administrative Templates › "PostPause for Google Chrome" (or Edge, Firefox). Topics are entered as JSON text on one line. The templates set PostPause's settings only; force-install it with the browsers' own templates (Chrome, Edge: "Configure extension management settings"; Firefox: "Extension Management") or with Registry.xml.

Run \`gpupdate /force\` on a machine to try it at once.

### Intune

- **Settings through ADMX ingestion** (${intune.map((b) => b.title).join(' and ')}): create a profile under Devices › Configuration › Create › Windows 10 and later › Templates › Custom, and add one OMA-URI row per entry of \`omaSettings\` in ${intune.map((b) => `\`windows/intune/${admxName(b)}-oma-uri.json\``).join(' or ')}: Name = \`displayName\`, OMA-URI = \`omaUri\`, Data type = String, Value = \`value\`. The first row (\`./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/…\`) installs the template on the device; each further row (\`./Device/Vendor/MSFT/Policy/Config/<AppName>~Policy~<category>/<policy>\`) sets one setting with an \`<enabled/><data id="…" value="…"/>\` payload. Or create the whole profile at once: each file is the body Microsoft Graph takes for a Windows custom configuration (POST to \`deviceManagement/deviceConfigurations\`). Assign the profile to device groups. These profiles set PostPause's settings, not the force-install.
- **PowerShell** (\`windows/Set-PostPausePolicy.ps1\`, Chrome and Edge, settings${installs ? ' and force-install' : ''}): the way for Edge, whose policy key Intune's ADMX ingestion refuses. Devices › Scripts and remediations › Platform scripts › Add › Windows 10 and later: upload the script; "Run this script using the logged on credentials": No; "Enforce script signature check": No; "Run script in 64 bit PowerShell Host": **Yes** (run in 32-bit, the script starts itself again in 64-bit PowerShell). It adds PostPause to an existing \`ExtensionSettings\` and keeps the other entries. Intune takes platform scripts up to 200 KB (${INTUNE_SCRIPT_LIMIT.toLocaleString('en-US')} bytes); a larger one goes in a Win32 app.

### One machine, or a software package

\`windows/chrome.reg\`, \`windows/edge.reg\`, \`windows/firefox.reg\`: \`reg import windows\\chrome.reg\` as administrator, or in a software package. Each first deletes PostPause's policy key.${installs ? ' Each also sets the browser\'s `ExtensionSettings` value, **replacing** one already there: if you already set `ExtensionSettings`, add PostPause\'s entry to yours, or use the script, which merges.' : ''}

### Keys

| Browser | PostPause's settings | Force-install |
|---|---|---|
| ${chrome!.title} | \`HKLM\\${chrome!.settingsKey}\` | ${chrome!.install ? `\`HKLM\\${chrome!.policyKey}\` value \`ExtensionSettings\`` : 'not written'} |
| ${edge!.title} | \`HKLM\\${edge!.settingsKey}\` | ${edge!.install ? `\`HKLM\\${edge!.policyKey}\` value \`ExtensionSettings\`` : 'not written'} |
| ${firefox!.title} | \`HKLM\\${firefox!.settingsKey}\` (no \`policy\` subkey) | \`HKLM\\${firefox!.policyKey}\` value \`ExtensionSettings\` |

Chrome and Edge read a changed policy at the next Group Policy refresh (\`gpupdate\`), or within 15 minutes, or at once with "Reload policies" on chrome://policy or edge://policy. Firefox reads it when it starts.

## macOS

\`macos/postpause.mobileconfig\` is one configuration profile (PayloadIdentifier \`${profile.profileId}\`${organization ? `, organization ${JSON.stringify(organization)}` : ''}; users cannot remove it). It holds PostPause's settings for Chrome (\`com.google.Chrome.extensions.${t.chromeId}\`) and Edge (\`com.microsoft.Edge.extensions.${t.edgeId}\`)${installs ? ', their force-install (`ExtensionSettings` in `com.google.Chrome` and `com.microsoft.Edge`)' : ''}, and Firefox's (\`org.mozilla.firefox\`: \`3rdparty\` and \`ExtensionSettings\`).

- **Jamf Pro**: Computers › Configuration Profiles › Upload, choose \`postpause.mobileconfig\`, set the Scope (computers or a smart group), Save. To change the policy, export again with the same \`--profile-id\` and upload the new file in place of the old profile; do not edit its payloads in Jamf. For one profile per department, export each department's policy with its own \`--profile-id\` (for example \`com.example.postpause.sales\`) and scope each profile to its department: profiles with different identifiers do not replace each other.
- **Another MDM** (Intune: Devices › macOS › Configuration › Create › Templates › Custom; Kandji: Custom Profile; …): upload the same file as a custom configuration profile and assign it.
- **By hand** (to try it on one Mac): double-click the file, then install it in System Settings › General › Device Management (Privacy & Security › Profiles on older macOS).

Only values from an installed profile reach PostPause (Chrome and Edge read forced values only): settings written with \`defaults write\` do not.
If another profile already sets \`ExtensionSettings\` for a browser, macOS keeps one of them: add PostPause's entry to that profile and remove the install payloads from this one.

## Linux

| Browser | Copy these files | Into |
|---|---|---|
${linuxBrowsers(t)
  .map((b) => `| ${b.title} | \`linux/${b.name}/postpause.json\`${b.install ? `, \`linux/${b.name}/postpause-install.json\`` : ''} | \`${b.folder}\` |`)
  .join('\n')}
| Mozilla Firefox | \`firefox/policies.json\` | \`/etc/firefox/policies/\` |

For example \`sudo install -D -m 644 linux/chrome/postpause.json /etc/opt/chrome/policies/managed/postpause.json\`.
Chrome, Chromium and Edge merge all files in the folder, but a policy set in two files is taken from the last file in name order, and \`ExtensionSettings\` is not merged: if another file already sets it, add PostPause's entry to that file instead of copying \`postpause-install.json\`. They pick up changes within about 5 seconds.
Firefox reads a single policies.json: if you have one, merge both parts of ours into it.

## Firefox, any system

\`firefox/policies.json\` also works on Windows and macOS, in a \`distribution\` folder next to the Firefox program. Use either that file or the Windows registry (\`firefox.reg\`, Registry.xml, the ADMX), not both: a policy set in the registry hides the same policy in policies.json, including \`ExtensionSettings\` for other extensions.
Firefox applies changes after a restart.

## Google Admin console (ChromeOS, Chrome Enterprise Core)

Devices › Chrome › Apps & extensions › Users & browsers: add PostPause (from the Chrome Web Store by its id, or as a custom app with your update URL), set it to "Force install", and paste \`google-admin/policy.json\` into "Policy for extensions".

## For the people around the rollout (\`aftermath/\`)

Made from this policy, in Dutch and English: a letter for the works council (\`ondernemingsraad.md\`,
\`works-council.md\`: what PostPause does and does not do, what is processed where, the consent question of
art. 27 WOR answered with those facts), a privacy summary (\`privacy-avg.md\`, \`privacy-gdpr.md\`), and a guide for
managers after an unfortunate post (\`leidinggevenden.md\`, \`managers.md\`).

## Self-hosting

\`npm run package -- --key FILE.pem --base-url https://intranet.example/postpause/\` (or the environment variables \`POSTPAUSE_CRX_KEY\` and \`POSTPAUSE_CRX_BASE_URL\`) writes \`packages/postpause-<version>.crx\`, signed with the private key of PostPause's fixed id, and \`packages/updates.xml\`, the update manifest naming it. Serve both at the base URL, then export with \`--update-url https://intranet.example/postpause/updates.xml\`.

## Pitfalls

- Chrome and Edge drop a whole setting when one value in it is wrong (a wrong type, a bad topic), and silently ignore names they do not know. Validate first.
- Only mandatory policy reaches PostPause: the "recommended" registry keys, Linux \`recommended\` folder and unforced macOS preferences are ignored.
- On Windows machines not joined to a domain or Entra ID (nor enrolled in Chrome Enterprise Core) and on unmanaged Macs, Chrome and Edge block force-installing an extension from anywhere but their stores, so a self-hosted CRX (\`--update-url\`) needs managed machines.
- Chrome and Edge sort numbered registry values as text ("10" before "2"). The .reg files, Registry.xml, the script and the Intune profiles number lists of ten or more entries 01, 02, … to keep their order; the Group Policy editor numbers them 1, 2, …, so a list of ten or more Do's or Don'ts set there may show out of order.
- Names are case-sensitive: \`3rdparty\\extensions\` for Chrome and Edge, \`3rdparty\\Extensions\` for Firefox.

## Check that it worked

- Chrome: chrome://policy, "Reload policies", then PostPause's id under the extension policies; chrome://extensions shows "Installed by your administrator".
- Edge: edge://policy, the same way.
- Firefox: about:policies (Active) lists \`3rdparty\` and \`ExtensionSettings\`; about:addons shows PostPause.
- PostPause's options page marks each setting you set "Managed by your organization".
`;
}
