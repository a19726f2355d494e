import { beforeEach, describe, expect, it, vi } from 'vitest';

// An in-memory stand-in for the extension's storage; `managed.get` is set per test.
const local = new Map<string, unknown>();
const managed = { get: vi.fn<() => Promise<Record<string, unknown>>>() };
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      managed,
      local: {
        get: async (key: string) => (local.has(key) ? { [key]: local.get(key) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => local.set(k, v)),
      },
    },
  },
}));

const { readPolicy, RECHECK_EMPTY_MS } = await import('../../src/background/managed-policy.ts');
const { MANAGED_CACHE_KEY } = await import('../../src/core/protocol.ts');

beforeEach(() => {
  local.clear();
  managed.get.mockReset();
  vi.useRealTimers();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reading the managed policy', () => {
  it('takes Firefox\'s "Managed storage manifest not found" as no policy', async () => {
    managed.get.mockRejectedValue(new Error('Managed storage manifest not found'));
    const onChange = vi.fn();
    expect(await readPolicy(onChange)).toEqual({});
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('answers from the cache at once while the platform is slow, then reports the new policy', async () => {
    local.set(MANAGED_CACHE_KEY, { companyName: 'Old' });
    let answer: (policy: Record<string, unknown>) => void = () => {};
    managed.get.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const onChange = vi.fn();
    expect(await readPolicy(onChange)).toEqual({ companyName: 'Old' });
    answer({ companyName: 'New' });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(local.get(MANAGED_CACHE_KEY)).toEqual({ companyName: 'New' });
  });

  it('does not believe an empty answer at once while a policy is cached', async () => {
    vi.useFakeTimers();
    local.set(MANAGED_CACHE_KEY, { companyName: 'Kept' });
    managed.get.mockResolvedValueOnce({}).mockResolvedValueOnce({ companyName: 'Kept' });
    const onChange = vi.fn();
    expect(await readPolicy(onChange)).toEqual({ companyName: 'Kept' });
    await vi.advanceTimersByTimeAsync(RECHECK_EMPTY_MS);
    expect(managed.get).toHaveBeenCalledTimes(2);
    expect(onChange).not.toHaveBeenCalled();
    expect(local.get(MANAGED_CACHE_KEY)).toEqual({ companyName: 'Kept' });
  });

  it('accepts a policy that was really removed, after the second look', async () => {
    vi.useFakeTimers();
    local.set(MANAGED_CACHE_KEY, { companyName: 'Gone' });
    managed.get.mockResolvedValue({});
    const onChange = vi.fn();
    await readPolicy(onChange);
    await vi.advanceTimersByTimeAsync(RECHECK_EMPTY_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(local.get(MANAGED_CACHE_KEY)).toEqual({});
  });
});
