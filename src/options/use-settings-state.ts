/** The settings state the service worker stores, kept current while the page is open. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { OPTIONS_KEY, SETTINGS_STATE_KEY, type CStoBG } from '../core/messages.ts';
import type { SettingsLayer, SettingsState, UserKey } from '../core/policy/settings.ts';

export function useSettingsState(): SettingsState | null {
  const [state, setState] = useState<SettingsState | null>(null);
  useEffect(() => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[SETTINGS_STATE_KEY]?.newValue) setState(changes[SETTINGS_STATE_KEY].newValue as SettingsState);
    };
    browser.storage.onChanged.addListener(listener);
    void (async () => {
      const stored = (await browser.storage.local.get(SETTINGS_STATE_KEY))[SETTINGS_STATE_KEY] as SettingsState | undefined;
      if (stored) setState(stored);
      else {
        // A fresh install: ask the service worker to compute it.
        const message: CStoBG = { type: 'cs:get-config' };
        await browser.runtime.sendMessage(message);
      }
    })();
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return state;
}

/** Saves one of the employee's own options; the service worker validates and applies it. */
export async function saveOption<K extends UserKey>(key: K, value: SettingsLayer[K]) {
  const current = ((await browser.storage.local.get(OPTIONS_KEY))[OPTIONS_KEY] ?? {}) as SettingsLayer;
  await browser.storage.local.set({ [OPTIONS_KEY]: { ...current, [key]: value } });
}
