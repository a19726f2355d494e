/**
 * Set-PostPausePolicy.ps1: the Chrome and Edge registry policy as a script, for an Intune platform script,
 * remediation or Win32 package (Intune's ADMX import may not write under Software\Policies\Microsoft\Edge).
 * Unlike the .reg files it adds PostPause to an existing ExtensionSettings instead of replacing it.
 * UTF-8 with a byte-order mark: Windows PowerShell 5.1 reads a script without one in the ANSI code page.
 */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { settingsKeys, type RegData, type RegKey, type WindowsBrowser } from './registry.ts';

/**
 * A PowerShell string expression. In single quotes only the quote is special, and PowerShell counts the
 * typographic single quotes as quotes too, so all are doubled; control characters are spliced in as [char].
 */
function psString(text: string): string {
  // Control characters are what these expressions are for: PowerShell writes them as [char]N.
  /* eslint-disable no-control-regex */
  const parts = text
    .split(/([\u0000-\u001f])/)
    .filter((part) => part !== '')
    .map((part) => (/^[\u0000-\u001f]$/.test(part) ? `[char]${part.charCodeAt(0)}` : `'${part.replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&')}'`));
  /* eslint-enable no-control-regex */
  if (parts.length === 0) return "''";
  return parts.length === 1 ? parts[0]! : `(-join (${parts.join(', ')}))`;
}

const hklm = (path: string) => psString(`HKLM:\\${path}`);

/** A value in the key held by $key. */
const property = (name: string, d: RegData) =>
  `New-ItemProperty -LiteralPath $key -Name ${psString(name)} -PropertyType ${d.type === 'dword' ? 'DWord' : 'String'} -Value ${d.type === 'dword' ? d.value : psString(d.value)} -Force | Out-Null`;

const keyLines = (key: RegKey, create: 'Reset-Key' | 'Set-Key') => [`$key = ${hklm(key.path)}`, `${create} $key`, ...key.values.map(([name, d]) => property(name, d))];

/**
 * Intune runs platform scripts in 32-bit PowerShell unless told otherwise, where WOW64 may redirect writes
 * below HKLM:\SOFTWARE: so the script runs itself again in 64-bit PowerShell.
 */
const SIXTY_FOUR_BIT = [
  'if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {',
  '  & "$env:WINDIR\\sysnative\\WindowsPowerShell\\v1.0\\powershell.exe" -NoProfile -ExecutionPolicy Bypass -File $PSCommandPath',
  '  exit $LASTEXITCODE',
  '}',
  '',
];

const KEY_HELPERS = [
  "$ErrorActionPreference = 'Stop'",
  '',
  '# New-Item -Force on an existing key would empty it, so a key is only created when missing.',
  'function Set-Key([string]$Path) {',
  '  if (-not (Test-Path -LiteralPath $Path)) { New-Item -Path $Path -Force | Out-Null }',
  '}',
  '',
  'function Reset-Key([string]$Path) {',
  '  if (Test-Path -LiteralPath $Path) { Remove-Item -LiteralPath $Path -Recurse -Force }',
  '  Set-Key $Path',
  '}',
];

const INSTALL_HELPER = [
  '',
  '# ExtensionSettings is one JSON value for all extensions: PostPause\'s entry is added, the others are kept.',
  'function Add-ExtensionSetting([string]$Path, [string]$Id, [string]$Entry) {',
  '  Set-Key $Path',
  '  $current = (Get-ItemProperty -LiteralPath $Path -Name ExtensionSettings -ErrorAction SilentlyContinue).ExtensionSettings',
  '  $all = if ($current) { ($current -join "`n") | ConvertFrom-Json } else { New-Object PSObject }',
  '  $all | Add-Member -NotePropertyName $Id -NotePropertyValue ($Entry | ConvertFrom-Json) -Force',
  "  New-ItemProperty -LiteralPath $Path -Name 'ExtensionSettings' -PropertyType String -Value ($all | ConvertTo-Json -Depth 10 -Compress) -Force | Out-Null",
  '}',
];

function browserLines(browser: WindowsBrowser, settings: SettingsLayer): string[] {
  const [main, ...subkeys] = settingsKeys(browser.settingsKey, settings);
  return [
    '',
    `# ${browser.title}`,
    // Reset first, so settings no longer in the policy are removed as well.
    ...keyLines(main, 'Reset-Key'),
    ...subkeys.flatMap((key) => keyLines(key, 'Set-Key')),
    ...Object.entries(browser.install ?? {}).map(([id, entry]) => `Add-ExtensionSetting ${hklm(browser.policyKey)} ${psString(id)} ${psString(JSON.stringify(entry))}`),
  ];
}

/** Where the export writes the script. */
export const SCRIPT_PATH = 'windows/Set-PostPausePolicy.ps1';

/** Intune's limit for a platform script. */
export const INTUNE_SCRIPT_LIMIT = 200 * 1024;

export function powershellScript(browsers: WindowsBrowser[], settings: SettingsLayer): string {
  const lines = [
    `# PostPause policy for ${browsers.map((b) => b.title).join(' and ')} (HKLM), written by "postpause policy export".`,
    '# Run as administrator or SYSTEM; it runs itself again in 64-bit PowerShell when started in 32-bit. Replaces',
    '# the PostPause policy keys, so settings no longer in the policy are removed too; the browsers pick the',
    '# change up within 15 minutes, or at once with "Reload policies".',
    ...SIXTY_FOUR_BIT,
    ...KEY_HELPERS,
    ...(browsers.some((b) => b.install) ? INSTALL_HELPER : []),
    ...browsers.flatMap((browser) => browserLines(browser, settings)),
    '',
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}
