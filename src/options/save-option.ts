/** Saves one of the employee's own options; the service worker validates and applies it. */
import browser from 'webextension-polyfill';
import { OPTIONS_KEY } from '../core/protocol.ts';
import type { SettingsLayer, UserKey } from '../core/policy/settings.ts';

export async function saveOption<K extends UserKey>(key: K, value: SettingsLayer[K]) {
  const current = ((await browser.storage.local.get(OPTIONS_KEY))[OPTIONS_KEY] ?? {}) as SettingsLayer;
  await browser.storage.local.set({ [OPTIONS_KEY]: { ...current, [key]: value } });
}
