/**
 * Reads the managed policy (chrome.storage.managed / Firefox policies), the way the platforms really answer:
 * Firefox rejects with "Managed storage manifest not found" when there is no policy (that is "no policy");
 * Chrome can take seconds at a cold start and may answer {} before the policy has landed. So the last policy
 * seen is cached in storage.local and used until the real answer comes.
 */
import browser from 'webextension-polyfill';
import { coerce, type SchemaNode } from '../core/policy/coerce.ts';
import { managedSchema } from '../core/policy/managed-schema.ts';

export const MANAGED_CACHE_KEY = 'managedCache';
/** An empty answer while a policy was cached is read again after this long before it is believed. */
const RECHECK_EMPTY_MS = 10_000;

type Policy = Record<string, unknown>;

const schema = managedSchema() as SchemaNode;

/** The policy with registry-style values brought to their declared types. */
export function normalizePolicy(raw: unknown): unknown {
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? coerce(raw, schema) : raw;
}

export async function cachedPolicy(): Promise<Policy> {
  return ((await browser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY] as Policy | undefined) ?? {};
}

/** Asks the platform for the policy; {} where there is none. */
async function askPlatform(): Promise<Policy> {
  try {
    return ((await browser.storage.managed.get()) as Policy | undefined) ?? {};
  } catch {
    // Firefox without a policy, or a browser without managed storage: no policy.
    return {};
  }
}

/**
 * Reads the policy now and caches it. `onLate` is called when a later check changes the answer (an empty
 * answer at a cold start turned out to be real, or the policy arrived).
 */
export async function readPolicy(onLate: () => void): Promise<Policy> {
  const [fresh, cached] = await Promise.all([askPlatform(), cachedPolicy()]);
  const empty = Object.keys(fresh).length === 0;
  if (empty && Object.keys(cached).length > 0) {
    setTimeout(async () => {
      const again = await askPlatform();
      await browser.storage.local.set({ [MANAGED_CACHE_KEY]: again });
      onLate();
    }, RECHECK_EMPTY_MS);
    return cached;
  }
  await browser.storage.local.set({ [MANAGED_CACHE_KEY]: fresh });
  return fresh;
}
