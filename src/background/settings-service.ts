/**
 * The boundary: reads the managed policy and the user's options, validates them once, merges them
 * (policy, then options, then defaults) and stores the ready configuration the content scripts read.
 */
import browser from 'webextension-polyfill';
import { mergeSettings, validateSettings } from '../core/policy/schema.ts';
import { readPolicyValue } from '../core/policy/read-policy.ts';
import {
  pageConfigOf, USER_KEYS, type PageConfig, type Problem, type SettingKey, type SettingsLayer, type SettingsState,
} from '../core/policy/settings.ts';
import { OPTIONS_KEY, PAGE_CONFIG_KEY, SETTINGS_STATE_KEY } from '../core/protocol.ts';
import { resolveLocale } from '../core/i18n/messages.ts';
import { starterTopics } from '../core/starter/topics.ts';
import { readPolicy } from './managed-policy.ts';

/** Recomputes the configuration from its sources and stores it for the content scripts and our pages. */
export async function refreshConfig(): Promise<PageConfig> {
  const [managed, stored] = await Promise.all([readPolicy(() => void refreshConfig()), browser.storage.local.get(OPTIONS_KEY)]);
  const policy = readPolicyValue(managed);
  const options = validateSettings(stored[OPTIONS_KEY] ?? {}, 'options');
  const problems: Problem[] = [...policy.problems, ...options.problems];
  // The employee sets only their own keys; a key the policy sets is locked.
  const mine: SettingsLayer = {};
  for (const key of USER_KEYS) {
    if (options.values[key] === undefined) continue;
    if (key in policy.values) continue;
    // Switching PostPause off is the user's only while the policy allows it.
    if (key === 'enabled' && policy.values.allowUserDisable === false) continue;
    (mine as Record<string, unknown>)[key] = options.values[key];
  }
  for (const key of Object.keys(options.values)) {
    if (!(USER_KEYS as readonly string[]).includes(key)) problems.push({ source: 'options', path: key, message: 'only the organization sets this; ignored' });
  }
  const settings = mergeSettings(policy.values, mine);
  const locale = resolveLocale(settings.language, browser.i18n.getUILanguage());
  const config = pageConfigOf(settings, starterTopics, locale);
  const state: SettingsState = { settings, locked: Object.keys(policy.values) as SettingKey[], problems, options: options.values };
  await browser.storage.local.set({ [PAGE_CONFIG_KEY]: config, [SETTINGS_STATE_KEY]: state });
  return config;
}
