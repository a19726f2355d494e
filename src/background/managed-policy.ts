/**
 * Reads the managed policy (chrome.storage.managed / Firefox policies), the way the platforms really answer:
 * Firefox rejects with "Managed storage manifest not found" when there is no policy (that is "no policy");
 * Chrome can take seconds at a cold start and may answer {} before the policy has landed. So the last policy
 * seen is cached in storage.local and used until the real answer comes.
 */
import browser from 'webextension-polyfill';
import { MANAGED_CACHE_KEY } from '../core/protocol.ts';
/** An empty answer while a policy was cached is read again after this long before it is believed. */
export const RECHECK_EMPTY_MS = 10_000;

type Policy = Record<string, unknown>;

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

const same = (a: Policy, b: Policy) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The policy to use now: the cached one, at once (managed storage can take seconds at a cold start). The
 * platform is asked meanwhile; when its answer differs, it is cached and `onChange` is called. An empty
 * answer while a policy was cached is asked again after a while before it is believed, since Chrome may
 * answer {} before the policy has landed.
 */
export async function readPolicy(onChange: () => void): Promise<Policy> {
  const cached = await cachedPolicy();
  void (async () => {
    let fresh = await askPlatform();
    if (Object.keys(fresh).length === 0 && Object.keys(cached).length > 0) {
      await new Promise((resolve) => setTimeout(resolve, RECHECK_EMPTY_MS));
      fresh = await askPlatform();
    }
    if (same(fresh, await cachedPolicy())) return;
    await browser.storage.local.set({ [MANAGED_CACHE_KEY]: fresh });
    onChange();
  })();
  return cached;
}
