import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyTestSwitch, Gate } from './gate';

describe('the search gate', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at most `slots` at once, queues the rest in order, and is full past the queue', async () => {
    const gate = new Gate({ slots: 2, queue: 2, leaseMs: 60_000 });
    const order: number[] = [];
    const releases = await Promise.all([gate.enter(), gate.enter()]);
    expect(gate.running).toBe(2);
    const waiting = [3, 4].map((n) => gate.enter().then((release) => (order.push(n), release)));
    await Promise.resolve();
    expect(gate.queued).toBe(2);
    expect(gate.full).toBe(true);
    releases[0]!();
    releases[0]!(); // twice: no second slot handed out
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual([3]);
    expect(gate.running).toBe(2);
    releases[1]!();
    (await waiting[0]!)();
    (await waiting[1]!)();
    expect(order).toEqual([3, 4]);
    expect(gate.running).toBe(0);
    expect(gate.full).toBe(false);
  });

  it('reclaims a slot that is never given back', async () => {
    vi.useFakeTimers();
    const gate = new Gate({ slots: 1, queue: 1, leaseMs: 1000 });
    await gate.enter(); // never released
    const next = gate.enter();
    vi.advanceTimersByTime(1000);
    await expect(next).resolves.toBeTypeOf('function');
  });

  it('is pinned full by the page only when SEARCH_GATE_FULL_AFTER_FIRST=1 (the test switch), and stays full', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const pinnedWith = async (value: string | undefined) => {
      vi.stubEnv('SEARCH_GATE_FULL_AFTER_FIRST', value);
      const gate = new Gate({ slots: 2, queue: 2, leaseMs: 60_000 });
      const release = await gate.enter();
      applyTestSwitch(gate);
      release();
      return gate;
    };
    try {
      expect((await pinnedWith(undefined)).full).toBe(false);
      expect((await pinnedWith('0')).full).toBe(false);
      expect((await pinnedWith('true')).full).toBe(false);
      const pinned = await pinnedWith('1');
      expect(pinned.full).toBe(true);
      expect(pinned.running).toBe(0); // the page's own slot was given back; the gate stays full all the same
      expect(console.warn).toHaveBeenCalledOnce();
    } finally {
      vi.unstubAllEnvs();
      vi.restoreAllMocks();
    }
  });
});
