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

/** What a loaded page says about its scripts, read from the DOM (no framework globals). */
type PageScripts = { scripting: boolean; loader: boolean; nextScripts: boolean; languageSwitch: boolean };

function readPageScripts(page: Page): Promise<PageScripts> {
  return page.evaluate(() => {
    // The HTML standard's scripting flag, observed: with scripting on, <noscript>'s content parses as text.
    const probe = document.createElement('div');
    probe.innerHTML = '<noscript><i></i></noscript>';
    return {
      scripting: probe.firstChild?.firstChild?.nodeType === Node.TEXT_NODE,
      loader: !!document.querySelector('script[data-scripts]'),
      nextScripts: !!document.querySelector('script[src*="/_next/static/"]'),
      languageSwitch: !!document.querySelector('[data-testid="language-switch"]'),
    };
  });
}

/**
 * After a probe met a navigation: waits for the new page and logs which navigation it was (its URL and the
 * Navigation Timing type: `navigate`, `reload`, `back_forward`), so a page that reloads itself shows in the report.
 */
async function noteNavigation(page: Page, during: string): Promise<void> {
  await page.waitForLoadState('load');
  const seen = await page
    .evaluate(() => ({ url: location.href, type: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)?.type }))
    .catch(() => ({ url: page.url(), type: 'unknown (navigating again)' }));
  console.warn(`${during}: the page navigated while it was probed: ${seen.url} (navigation type: ${seen.type})`);
}

/**
 * Waits until the page has hydrated, when it will: prerendered pages load their scripts only after the load
 * event (lib/server/defer-scripts.ts), so a test that goes on at `load` could otherwise act on the server's HTML
 * before the scripts are there. Nothing to wait for when scripting is off, or the page has no Next.js scripts (a
 * file, an SVG). Hydrated: the language switch answers a click with its client handler (switchIsInteractive); on
 * a page without the switch (Next's root 404), once the loader has added its scripts and they have loaded.
 * Throws, naming the page, when a page with Next.js's scripts does not hydrate within `timeout`.
 */
export async function hydrated(page: Page, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let state: PageScripts;
  try {
    state = await readPageScripts(page);
  } catch {
    await noteNavigation(page, 'hydrated()');
    state = await readPageScripts(page);
  }
  if (!state.scripting || !(state.loader || state.nextScripts)) return;
  const scripts = state.loader ? 'its script loader (lib/server/defer-scripts.ts)' : 'Next.js scripts';
  if (!state.languageSwitch) {
    await page
      .waitForFunction(() => document.readyState === 'complete' && !!document.querySelector('script[src*="/_next/static/"]'), undefined, {
        timeout,
      })
      .catch(() => {
        throw new Error(`hydrated(): ${page.url()} carries ${scripts} but they were never added to the page within ${timeout} ms`);
      });
    return;
  }
  while (!(await switchIsInteractive(page))) {
    if (Date.now() > deadline)
      throw new Error(
        `hydrated(): ${page.url()} carries ${scripts} but did not hydrate within ${timeout} ms ` +
          '(its language switch never answered a click with its client handler): a script failed to load or run',
      );
    await page.waitForTimeout(100);
  }
}

/**
 * Whether the language switch answers a click with its client handler, which stores the reader's choice in the
 * NEXT_LOCALE cookie: what hydration gives a reader, observed from the page rather than through React's internals.
 * The click's navigation is cancelled, and the link's address and the cookie are put back as they were, so the
 * page and the context stay as they were.
 */
export async function switchIsInteractive(page: Page): Promise<boolean> {
  const probe = page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('[data-testid="language-switch"]');
    if (!link) return false;
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('NEXT_LOCALE='));
    const address = link.getAttribute('href');
    document.cookie = 'NEXT_LOCALE=; path=/; max-age=0';
    // The probe's click never navigates: its default is cancelled by a listener that stays on the page, so a copy
    // of the event dispatched later (React replays some events it saw before hydration) cannot follow the link.
    const mark = -7357;
    const w = window as typeof window & { switchProbeGuard?: true };
    if (!w.switchProbeGuard) {
      w.switchProbeGuard = true;
      window.addEventListener('click', (event) => event.screenX === mark && event.preventDefault(), true);
    }
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, screenX: mark, view: window }));
    const stored = document.cookie.split('; ').some((c) => c.startsWith('NEXT_LOCALE='));
    if (address !== null) link.setAttribute('href', address);
    document.cookie = cookie ? `${cookie}; path=/; max-age=31536000; samesite=lax` : 'NEXT_LOCALE=; path=/; max-age=0';
    return stored;
  });
  // A probe that meets a navigation reports "not yet" once the next page has loaded (callers polling for hydration
  // simply ask again), and the navigation is logged.
  return probe.catch(async () => {
    await noteNavigation(page, 'switchIsInteractive()');
    return false;
  });
}

/**
 * Holds back the page's Next.js scripts until `release` is called: what a reader on a slow connection has while
 * they start to type. Call before `goto`. `held` counts the script requests waiting.
 */
export async function holdScripts(page: Page): Promise<{ release: () => Promise<void>; held: () => number }> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let waiting = 0;
  await page.route('**/_next/static/**/*.js', async (route) => {
    waiting++;
    await gate;
    await route.continue();
  });
  return {
    held: () => waiting,
    // The route stays: once the gate is open it lets every request through at once.
    release: async () => open(),
  };
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
