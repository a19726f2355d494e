/** A value the service worker keeps in storage.local, kept current while an extension page is open. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

export function useStored<T>(key: string): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && key in changes) setValue(changes[key]!.newValue as T | undefined);
    };
    browser.storage.onChanged.addListener(listener);
    void browser.storage.local.get(key).then((stored) => setValue(stored[key] as T | undefined));
    return () => browser.storage.onChanged.removeListener(listener);
  }, [key]);
  return value;
}
