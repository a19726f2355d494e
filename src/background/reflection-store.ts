/** Keeps the employee's reflection counts in storage.local; written here only, read by our pages. */
import browser from 'webextension-polyfill';
import { CALM_SEEN_KEY, REFLECTION_KEY } from '../core/protocol.ts';
import { dayKey, emptyReflection, recordPause, recordWrongFlag, type PauseEvent, type Reflection } from '../core/reflection/stats.ts';

async function update(change: (reflection: Reflection) => Reflection) {
  const stored = (await browser.storage.local.get(REFLECTION_KEY))[REFLECTION_KEY] as Reflection | undefined;
  await browser.storage.local.set({ [REFLECTION_KEY]: change(stored ?? emptyReflection()) });
}

// Events are applied one after another, so two pauses reported at once are both counted.
let queue: Promise<void> = Promise.resolve();
const serially = (change: (reflection: Reflection) => Reflection) => (queue = queue.then(() => update(change), () => update(change)));

/** Counts a pause; an unflagged one also marks the site's full unflagged pause as seen today. */
export const countPause = async (event: PauseEvent) => {
  await serially((r) => recordPause(r, event, new Date()));
  if (event.topics.length === 0) {
    const seen = ((await browser.storage.local.get(CALM_SEEN_KEY))[CALM_SEEN_KEY] ?? {}) as Record<string, string>;
    await browser.storage.local.set({ [CALM_SEEN_KEY]: { ...seen, [event.site]: dayKey(new Date()) } });
  }
};
export const countWrongFlag = (topic: string, keywords: string[]) => serially((r) => recordWrongFlag(r, topic, keywords));
export const resetReflection = () => serially(() => emptyReflection());
