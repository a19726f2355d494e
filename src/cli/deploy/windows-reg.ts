/**
 * .reg files for regedit, `reg import` or a GPO/Intune package. Written as regedit writes them, UTF-16LE
 * with a byte-order mark and CRLF, because regedit reads other encodings in the ANSI code page and would
 * garble "ë" and emoji.
 */
import { utf16le } from './bytes.ts';
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { installKey, settingsKeys, type RegData, type RegKey, type WindowsBrowser } from './registry.ts';

const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Bytes per line of a hex value, as regedit wraps them. */
const HEX_PER_LINE = 24;

/**
 * A REG_SZ as "…"; with a line break or another control character, which a quoted .reg string cannot hold,
 * as hex(1): its UTF-16LE bytes with the terminating NUL.
 */
function stringData(text: string): string {
  // eslint-disable-next-line no-control-regex -- a control character needs the hex(1) form
  if (!/[\u0000-\u001f]/.test(text)) return quote(text);
  const bytes = [...utf16le(`${text}\0`)].map((b) => b.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += HEX_PER_LINE) lines.push(bytes.slice(i, i + HEX_PER_LINE).join(','));
  return `hex(1):${lines.join(',\\\r\n  ')}`;
}

const data = (d: RegData) => (d.type === 'dword' ? `dword:${(d.value >>> 0).toString(16).padStart(8, '0')}` : stringData(d.value));

const section = (key: RegKey) => [`[HKEY_LOCAL_MACHINE\\${key.path}]`, ...key.values.map(([name, d]) => `${quote(name)}=${data(d)}`), ''];

export function regFile(browser: WindowsBrowser, settings: SettingsLayer): Uint8Array {
  const install = installKey(browser);
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; PostPause policy for ${browser.title}, written by "postpause policy export".`,
    '; Replaces the PostPause policy key first, so settings no longer in the policy are removed too.',
    ...(install.length > 0
      ? [
          '; Sets ExtensionSettings (force-install), replacing any ExtensionSettings value already there: if your',
          '; organisation sets it already, add the entry from force-install/extension-settings.json to it instead.',
        ]
      : ['; Does not force-install PostPause: export with --chrome-id, --edge-id or --update-url for that (README.md).']),
    '',
    `[-HKEY_LOCAL_MACHINE\\${browser.settingsKey}]`,
    '',
    ...[...settingsKeys(browser.settingsKey, settings), ...install].flatMap(section),
  ];
  return utf16le(`\uFEFF${lines.join('\r\n')}`);
}
