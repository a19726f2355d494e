// Every timer of the content script hangs on the page's signal: a page torn down leaves nothing scheduled.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { after, whenIdle, withTimeout } from '../../src/content/timers.ts';

afterEach(() => vi.useRealTimers());

describe('timers on the page signal', () => {
  it('runs after the delay, and never once the signal aborted', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const ran: string[] = [];
    after(100, () => ran.push('kept'), controller.signal);
    after(200, () => ran.push('cancelled'), controller.signal);
    whenIdle(() => ran.push('idle'), controller.signal);
    await vi.advanceTimersByTimeAsync(150);
    controller.abort();
    after(10, () => ran.push('late'), controller.signal);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ran.sort()).toEqual(['idle', 'kept']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up waiting after the timeout, or when the page goes', async () => {
    vi.useFakeTimers();
    const never = new Promise<never>(() => {});
    const controller = new AbortController();
    const timedOut = expect(withTimeout(never, 500, controller.signal)).rejects.toThrow('timeout');
    await vi.advanceTimersByTimeAsync(500);
    await timedOut;
    const aborted = expect(withTimeout(never, 500, controller.signal)).rejects.toThrow('aborted');
    controller.abort();
    await aborted;
    await expect(withTimeout(Promise.resolve(7), 500, controller.signal)).resolves.toBe(7);
  });
});
