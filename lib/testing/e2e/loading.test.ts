import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loaderAttribute } from '../../server/defer-scripts';
import { parse } from '../gates/parse';
import { hydrated, phone, sharedBrowser, switchIsInteractive } from './browser';

const origin = inject('origin');

/**
 * The scripts of a loaded page, by when they started against the page's load event (Resource Timing, in the
 * page). `early` lists those that started before the load event had begun: they shared the network with the
 * HTML, the stylesheet and the lead picture.
 */
async function scriptTiming(page: Page): Promise<{ early: string[]; late: string[]; loadEventStart: number }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
      /\/_next\/static\/.*\.js(\?|$)/.test(e.name),
    );
    const name = (e: PerformanceResourceTiming) => new URL(e.name).pathname;
    return {
      early: scripts.filter((e) => e.startTime < nav.loadEventStart).map(name),
      late: scripts.filter((e) => e.startTime >= nav.loadEventStart).map(name),
      loadEventStart: nav.loadEventStart,
    };
  });
}

/** Next.js's own script tags put back in place of the loader: the page as `next build` wrote it (the control). */
function withScriptsInHead(html: string): string {
  const $ = parse(html);
  const loader = $(`script[${loaderAttribute}]`);
  const scripts = JSON.parse(loader.attr(loaderAttribute) ?? '[]') as string[];
  loader.replaceWith(scripts.map((src) => `<script src="${src}" async=""></script>`).join(''));
  return $.html();
}

describe('the lead picture does not share the network with the scripts', () => {
  const browser = sharedBrowser();

  it.each(['/zh', '/en/restoration', '/zh/glossary', '/en/gallery/pine-capped-hills'])(
    '%s: no script starts before the load event, and the page then hydrates',
    async (path) => {
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      const res = await page.goto(origin + path, { waitUntil: 'load' });
      expect(res?.status()).toBe(200);
      await hydrated(page);
      const timing = await scriptTiming(page);
      expect(timing.early, 'scripts requested before the load event').toEqual([]);
      expect(timing.late.length, 'scripts requested after it').toBeGreaterThan(3);
      // Hydrated: the language switch answers with its client handler.
      expect(await switchIsInteractive(page)).toBe(true);
      await context.close();
    },
  );

  it('negative control: the same check reports the page as Next.js writes it (scripts in the head)', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.route(`${origin}/en/restoration`, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      expect(body).toContain(`<script ${loaderAttribute}=`);
      await route.fulfill({ response, body: withScriptsInHead(body) });
    });
    await page.goto(origin + '/en/restoration', { waitUntil: 'load' });
    const timing = await scriptTiming(page);
    expect(timing.early.length).toBeGreaterThan(3);
    await context.close();
  });
});

describe('hydrated(), the wait every browser test uses', () => {
  const browser = sharedBrowser();

  it('waits until the language switch is interactive, and leaves the page, its link and its cookies as they were', async () => {
    const context = await browser.newContext({ ...phone, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${origin}/zh/industries`);
    await hydrated(page);
    expect(await switchIsInteractive(page)).toBe(true);
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${origin}/zh/industries`);
    expect(await context.cookies()).toEqual([]);
    expect(await page.locator('[data-testid="language-switch"]').first().getAttribute('href')).toBe('/en/industries');
    await context.close();
  });

  it('returns at once when JavaScript is off, and throws naming the page when its scripts never arrive (negative control)', async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(`${origin}/zh/industries`);
    const started = Date.now();
    await hydrated(page);
    expect(Date.now() - started).toBeLessThan(2000);
    await off.close();

    const blocked = await browser.newContext();
    await blocked.route('**/_next/static/**/*.js', (route) => route.abort());
    const broken = await blocked.newPage();
    await broken.goto(`${origin}/zh/industries`);
    await expect(hydrated(broken, 3000)).rejects.toThrow(/\/zh\/industries carries its script loader .* did not hydrate/);
    await blocked.close();
  });
});
