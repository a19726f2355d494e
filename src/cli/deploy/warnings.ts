/**
 * What a policy that validates may still not survive on its way: limits of Group Policy and Intune that
 * validation cannot know about. `policy export` prints each on stderr and lists them in the README.
 */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { ADMX_TEXT_LIMIT } from './admx.ts';
import { LIST_SEPARATOR } from './intune.ts';
import { presentSettings } from './kinds.ts';
import { INTUNE_SCRIPT_LIMIT, SCRIPT_PATH } from './powershell.ts';

const number = (n: number) => n.toLocaleString('en-US');

export function deployWarnings(settings: SettingsLayer, scriptBytes: number): string[] {
  const warnings: string[] = [];
  for (const { info, value } of presentSettings(settings)) {
    if (info.kind.type === 'json') {
      const length = JSON.stringify(value).length;
      if (length > ADMX_TEXT_LIMIT) {
        warnings.push(
          `${info.key} is ${number(length)} characters as JSON text, over the ADMX text limit of ${number(ADMX_TEXT_LIMIT)}: the Group Policy templates and Intune's OMA-URI profiles cannot carry it; use the .reg files, Registry.xml or the PowerShell script.`,
        );
      }
    }
    if (info.kind.type === 'list') {
      (value as string[]).forEach((item, i) => {
        if (item.includes(LIST_SEPARATOR)) warnings.push(`${info.key}[${i}] holds U+F000, which Intune's OMA-URI list payload uses as its separator: that item arrives split in two through Intune's OMA-URI profile.`);
      });
    }
  }
  if (scriptBytes > INTUNE_SCRIPT_LIMIT) {
    warnings.push(
      `${SCRIPT_PATH} is ${number(scriptBytes)} bytes, over Intune's limit of 200 KB (${number(INTUNE_SCRIPT_LIMIT)} bytes) for a platform script: deploy it in a Win32 app, or use the .reg files or Registry.xml.`,
    );
  }
  return warnings;
}
