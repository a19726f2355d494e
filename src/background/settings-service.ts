/**
 * The boundary: reads the managed policy and the user's options, validates them once, merges them
 * (policy, then options, then defaults) and stores the ready configuration the content scripts read.
 */
import browser from 'webextension-polyfill';
import { mergeSettings, validateSettings } from '../core/policy/schema.ts';
import { pageConfigOf, type PageConfig, type Problem } from '../core/policy/settings.ts';
import { PAGE_CONFIG_KEY } from '../core/messages.ts';
import { resolveLocale } from '../core/i18n/messages.ts';
import { starterTopics } from '../core/starter/topics.ts';
import { normalizePolicy, readPolicy } from './managed-policy.ts';

export const OPTIONS_KEY = 'options';
export const PROBLEMS_KEY = 'problems';

export const LOCKED_KEY = 'locked';

/** Recomputes the configuration from its sources and stores it for the content scripts. */
export async function refreshConfig(): Promise<PageConfig> {
  const [managed, stored] = await Promise.all([readPolicy(() => void refreshConfig()), browser.storage.local.get(OPTIONS_KEY)]);
  const policy = validateSettings(normalizePolicy(managed), 'policy');
  const options = validateSettings(stored[OPTIONS_KEY] ?? {}, 'options');
  // Switching PostPause off is the user's only while the policy allows it.
  if (policy.values.allowUserDisable === false) delete options.values.enabled;
  const settings = mergeSettings(policy.values, options.values);
  const locale = resolveLocale(settings.language, browser.i18n.getUILanguage());
  const config = pageConfigOf(settings, starterTopics, locale);
  const problems: Problem[] = [...policy.problems, ...options.problems];
  // The settings the policy sets are locked: the options page shows them as managed.
  const locked = Object.keys(policy.values);
  await browser.storage.local.set({ [PAGE_CONFIG_KEY]: config, [PROBLEMS_KEY]: problems, [LOCKED_KEY]: locked });
  return config;
}
