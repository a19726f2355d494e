/**
 * Holds the ready configuration the service worker prepared (validated there, so nothing here checks it
 * again) and keeps it current when the policy or the user's options change.
 */
import type { PageConfig } from '../core/policy/settings.ts';
import { CALM_SEEN_KEY, PAGE_CONFIG_KEY, type CStoBG } from '../core/protocol.ts';
import { dayKey } from '../core/reflection/stats.ts';
import type { SiteId } from '../core/sites.ts';
import { extensionApi, listen } from './extension-api.ts';

export interface ConfigHolder {
  /** The configuration, or null in the first moments of a page before it has loaded. */
  current(): PageConfig | null;
  /** Resolves once the configuration has loaded. */
  ready(): Promise<PageConfig>;
  /** Whether the employee has seen today's full unflagged pause on this site (later ones are short). */
  calmSeenToday(site: SiteId): boolean;
}

export function loadConfig(signal: AbortSignal, onChange: (config: PageConfig) => void): ConfigHolder {
  let config: PageConfig | null = null;
  let calmSeen: Record<string, string> = {};
  let resolveReady: (config: PageConfig) => void = () => {};
  const ready = new Promise<PageConfig>((resolve) => (resolveReady = resolve));
  const set = (next: unknown) => {
    if (!next || signal.aborted) return;
    config = next as PageConfig;
    resolveReady(config);
    onChange(config);
  };
  const api = extensionApi();
  if (api) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (changes[PAGE_CONFIG_KEY]) set(changes[PAGE_CONFIG_KEY].newValue);
      if (changes[CALM_SEEN_KEY]) calmSeen = (changes[CALM_SEEN_KEY].newValue ?? {}) as Record<string, string>;
    };
    listen(api.storage.onChanged, listener, signal);
    void (async () => {
      try {
        const read = await api.storage.local.get([PAGE_CONFIG_KEY, CALM_SEEN_KEY]);
        calmSeen = (read[CALM_SEEN_KEY] ?? {}) as Record<string, string>;
        const stored = read[PAGE_CONFIG_KEY];
        const message: CStoBG = { type: 'cs:get-config' };
        set(stored ?? (await api.runtime.sendMessage(message)));
      } catch {
        // No answer: presses wait briefly for one, then go through untouched.
      }
    })();
  }
  return { current: () => config, ready: () => ready, calmSeenToday: (site) => calmSeen[site] === dayKey(new Date()) };
}
