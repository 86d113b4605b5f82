import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

/** The flags this machine needs (no sandbox as root, no background network calls); the bench uses them too. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, with chromiumFlags. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: chromiumFlags });
}

export const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const desktop: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };

/**
 * Waits until React has hydrated the page, when it will: prerendered pages load their scripts only after the
 * load event (lib/build/defer-scripts.ts), so a test that goes on at `load` could otherwise act on the
 * server's HTML before the scripts are there. `globalThis.TURBOPACK` is set by the page's inline bootstrap, so
 * it is missing when JavaScript is off (or the response is no Next.js page): then there is nothing to wait for.
 * Hydrated: React has attached its fiber to <body> (it hydrates the whole document).
 */
export async function hydrated(page: Page, timeout = 15_000): Promise<void> {
  const willHydrate = await page.evaluate(() => 'TURBOPACK' in globalThis).catch(() => false);
  if (!willHydrate) return;
  await page.waitForFunction(() => Object.keys(document.body).some((k) => k.startsWith('__reactFiber')), undefined, { timeout });
}

/**
 * Whether the language switch answers a click with its client handler, which stores the reader's choice in the
 * NEXT_LOCALE cookie: what hydration gives a reader, observed from the page rather than through React's internals.
 * The click's navigation is cancelled and the cookie removed again, so the page and the context stay as they were.
 */
export async function switchIsInteractive(page: Page): Promise<boolean> {
  const probe = page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('[data-testid="language-switch"]');
    if (!link) return false;
    const clear = () => (document.cookie = 'NEXT_LOCALE=; path=/; max-age=0');
    clear();
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
    const stored = document.cookie.split('; ').some((c) => c.startsWith('NEXT_LOCALE='));
    clear();
    return stored;
  });
  // A probe that meets a navigation (the page reloading itself while it loads on a busy machine) reports "not yet"
  // once the next page has loaded, so callers polling for hydration simply ask again.
  return probe.catch(async () => {
    await page.waitForLoadState('load');
    return false;
  });
}

export interface OpenOptions {
  /** Where to open the page: a context, or options for a new one. Default: the shared context, else a new plain one. */
  context?: BrowserContext | BrowserContextOptions;
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  /** Fail the test unless the page answers 200. */
  expectOk?: boolean;
  /** Return as soon as the page has loaded, before React hydrates it (default: wait, see `hydrated`). */
  beforeHydration?: boolean;
}

/**
 * One Chromium for the tests of a file or `describe` block: launched before them, closed after them (with every
 * context opened in it). With `shared`, one context with those options is made for all of them. `open` loads a
 * path of the server under test in a new page.
 */
export function sharedBrowser(shared?: BrowserContextOptions) {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launch();
    if (shared) context = await browser.newContext(shared);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const running = () => {
    if (!browser) throw new Error('the browser runs only while the tests do');
    return browser;
  };
  return {
    newContext: (options?: BrowserContextOptions) => running().newContext(options),
    /** The shared context (only with `shared`). */
    get context(): BrowserContext {
      if (!context) throw new Error('sharedBrowser() was given no shared context options');
      return context;
    },
    async open(
      path: string,
      { context: where = context, waitUntil = 'load', expectOk = false, beforeHydration = false }: OpenOptions = {},
    ): Promise<Page> {
      const target = where && 'newPage' in where ? where : await running().newContext(where);
      const page = await target.newPage();
      const res = await page.goto(inject('origin') + path, { waitUntil });
      if (expectOk) expect(res?.status(), `${path} answered ${res?.status()}`).toBe(200);
      if (!beforeHydration) await hydrated(page);
      return page;
    },
  };
}
