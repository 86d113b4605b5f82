import { afterEach, describe, expect, it, vi } from 'vitest';
import { Gate } from './gate';

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

  it('follows a capacity set while it runs (the e2e 503 control sets zero through the global)', async () => {
    const gate = new Gate({ slots: 2, queue: 2, leaseMs: 60_000 });
    const release = await gate.enter();
    expect(gate.full).toBe(false);
    gate.options = { ...gate.options, slots: 0, queue: 0 };
    release();
    expect(gate.running).toBe(0);
    expect(gate.full).toBe(true);
  });
});
