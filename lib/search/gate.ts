import { processKeys } from '../server/process-state';

/**
 * How many searches the server renders at once. Node renders on one thread and interleaves every request's work:
 * with every search rendering at once, each page response queues behind all of them; with too few slots, searches
 * get only the slices of CPU the pages leave and wait in the queue for seconds. The search page takes a slot before
 * it renders and gives it back once its response has been sent (`after()`); past `slots` renders, requests wait in
 * a queue (waiting costs no CPU); past `queue` waiting, proxy.ts answers 503 with Retry-After instead of letting the
 * wait grow without bound.
 *
 * `slots` is measured (`npm run bench:search`: 40 connections searching and 10 on an article, 2-core machine,
 * nothing else running): 2 slots gave the article p99 54 ms but search p99 4.3 s (15 searches/s); 6 gave 1.4 s;
 * 16 gave article 126 ms and search 0.90 s (57/s); 24 gave 215 ms and 0.86 s; 40 (no limit) 177 ms and 2.5 s.
 *
 * The state lives on globalThis: proxy.ts and the page are bundled apart, but run in one process and must see the
 * same queue (e2e/fuzz.test.ts's 503 control sets the capacity of that one gate from a test-only preload).
 */
export type GateOptions = { slots: number; queue: number; /** a slot never given back is reclaimed after this */ leaseMs: number };

export const searchGateOptions: GateOptions = { slots: 16, queue: 48, leaseMs: 15_000 };
/** Seconds a client is asked to wait after a 503 (RFC 9110 §10.2.3). */
export const retryAfterSeconds = 2;

export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(public options: GateOptions) {}

  /** Requests waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }
  get running(): number {
    return this.active;
  }
  /** Whether a new request should be refused rather than queued. */
  get full(): boolean {
    return this.active >= this.options.slots && this.waiting.length >= this.options.queue;
  }

  /** Resolves with a release function once a slot is free; releasing twice is harmless. */
  async enter(): Promise<() => void> {
    if (this.active >= this.options.slots) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    let released = false;
    const timer = setTimeout(() => release(), this.options.leaseMs);
    timer.unref?.();
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `active` only falls when nobody waits.
      if (next) next();
      else this.active--;
    };
    return release;
  }
}

/** The gate's global: one per process (a test preload may set its capacity, lib/testing/preload). */
export const searchGateKey = processKeys.searchGate;
const key = searchGateKey;
type WithGate = typeof globalThis & { [key]?: Gate };

/** The process's one search gate. */
export function searchGate(): Gate {
  const g = globalThis as WithGate;
  return (g[key] ??= new Gate(searchGateOptions));
}
