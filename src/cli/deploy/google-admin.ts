/**
 * Google Admin console (Chrome Enterprise Core, ChromeOS): Apps & extensions › PostPause › "Policy for
 * extensions" takes each setting wrapped as {"Value": …}.
 */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { json } from './encode.ts';

export function googleAdminPolicy(settings: SettingsLayer): string {
  return json(Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, { Value: value }])));
}
