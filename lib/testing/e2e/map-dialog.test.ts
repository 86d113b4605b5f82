import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { phone, sharedBrowser } from './browser';

/**
 * The locator map's "View full size" link: with JavaScript it opens the map over the page in a modal dialog
 * (components/map/MapDialog.client.tsx) that Escape, the close button and the Back button all close, leaving the
 * reader where they were; without JavaScript it is a plain link to the SVG file.
 */
const browser = sharedBrowser();
const wide: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };

/** What the reader has on screen: the open dialog's drawing (its size), the page's scroll and the focused element. */
const state = (page: Page) =>
  page.evaluate(() => {
    const dialog = document.querySelector<HTMLDialogElement>('dialog[data-map-dialog]');
    // The drawing shown: the whole map (phones, tablets) or its regional panel alone (#region, from 1024 px).
    const shown = [...(dialog?.querySelectorAll<HTMLImageElement>('img[data-map-dialog-img]') ?? [])].find(
      (i) => i.getClientRects().length > 0,
    );
    const img = shown?.getBoundingClientRect();
    const inline = document.querySelector('figure[data-graphic="map"] img')!.getBoundingClientRect();
    return {
      open: !!dialog?.open,
      modal: !!dialog?.matches(':modal'),
      width: img?.width ?? 0,
      height: img?.height ?? 0,
      inlineWidth: inline.width,
      inlineHeight: inline.height,
      scrollY: Math.round(scrollY),
      url: location.pathname,
      focus: document.activeElement?.matches('a[data-map-enlarge]') ? 'link' : (document.activeElement?.getAttribute('aria-label') ?? ''),
      title: dialog?.querySelector('#map-dialog-title')?.textContent ?? '',
      view: shown ? new URL(shown.src).hash : '',
      unplaced: [...(dialog?.querySelectorAll('[data-unplaced]') ?? [])]
        .filter((li) => li.getClientRects().length > 0)
        .map((li) => li.getAttribute('data-unplaced')),
    };
  });

/**
 * How tall panel ② (the regional sketch) comes out in the open dialog, in px: all of a #region picture, or the
 * share of the whole map's height that the file's #region view takes (read from the SVG file itself).
 */
const regionPx = (page: Page) =>
  page.evaluate(async () => {
    const shown = [...document.querySelectorAll<HTMLImageElement>('dialog[data-map-dialog] img[data-map-dialog-img]')].find(
      (i) => i.getClientRects().length > 0,
    );
    if (!shown) return 0;
    const height = shown.getBoundingClientRect().height;
    if (shown.src.endsWith('#region')) return height;
    const svg = new DOMParser().parseFromString(await (await fetch(shown.src)).text(), 'image/svg+xml');
    const whole = Number(svg.documentElement.getAttribute('viewBox')!.split(' ')[3]);
    const region = Number(svg.querySelector('view#region')!.getAttribute('viewBox')!.split(' ')[3]);
    return (height * region) / whole;
  });

async function openAtMap(options: BrowserContextOptions, path: string) {
  const page = await browser.open(path, { context: options });
  const link = page.locator('a[data-map-enlarge]');
  // Scrolled to the link the way a click would (Playwright scrolls a target into view first), so the position
  // measured here is the reader's place when they open the map; the lazy drawing loads once in view.
  await link.scrollIntoViewIfNeeded();
  await page.locator('figure[data-graphic="map"] img').evaluate((i: HTMLImageElement) => i.decode().catch(() => undefined));
  return { page, link, before: await state(page) };
}

describe('the locator map enlarges in place', () => {
  for (const [name, options, path] of [
    ['390 phone', phone, '/zh/restoration'],
    ['1440 desktop', wide, '/en/restoration'],
    ['1440 home', wide, '/zh'],
  ] as const)
    it(`${path} at ${name}: a click opens it larger in a modal dialog; Escape closes it and the page stays put`, async () => {
      const { page, link, before } = await openAtMap(options, path);
      expect(before.open).toBe(false);
      await link.click();
      await page.locator('dialog[data-map-dialog] img[data-map-dialog-img]:visible').evaluate((i: HTMLImageElement) => i.decode());
      const shown = await state(page);
      expect(shown.open && shown.modal).toBe(true);
      expect(shown.url, 'no navigation to the SVG file').toBe(path);
      expect(shown.width, 'wider than the inline drawing').toBeGreaterThan(before.inlineWidth + 20);
      expect(shown.height).toBeGreaterThan(before.inlineHeight);
      if (options === phone) expect(shown.width, 'wider than the phone, to pan').toBeGreaterThan(390);
      else expect(shown.height, 'fits the window').toBeLessThanOrEqual(900);
      expect(shown.title.length).toBeGreaterThan(5);
      expect(shown.focus, 'focus on the close button').toMatch(/^(关闭|Close)$/);
      await page.keyboard.press('Escape');
      const closed = await state(page);
      expect(closed.open).toBe(false);
      expect(closed.scrollY).toBe(before.scrollY);
      expect(closed.focus, 'focus back on the link').toBe('link');
      // Escape went back through the dialog's history entry: Back now leaves nothing open and stays on the page.
      expect(closed.url).toBe(path);
      await page.context().close();
    });

  for (const [path, colorScheme] of [
    ['/zh/restoration', 'light'],
    ['/en', 'dark'],
  ] as const)
    it(`${path} at 1440 × 900 (${colorScheme}): panel ② alone fills 80 % of the window's height, beside the places the map cannot place`, async () => {
      const { page, link } = await openAtMap({ ...wide, colorScheme }, path);
      const onPage = await page
        .locator('figure[data-graphic="map"] [data-unplaced]')
        .evaluateAll((l) => l.map((e) => e.getAttribute('data-unplaced')));
      expect(onPage).toEqual(expect.arrayContaining(['zhungeerzhao', 'narisong', 'shigetu', 'xuxu', 'nalinmiao']));
      await link.click();
      await page
        .locator('dialog[data-map-dialog] img[data-map-dialog-img]')
        .last()
        .evaluate((i: HTMLImageElement) => i.decode());
      const shown = await state(page);
      expect(shown.view).toBe('#region');
      expect(await regionPx(page), 'panel ② at least 80 % of 900 px').toBeGreaterThanOrEqual(720);
      expect(shown.height).toBeLessThanOrEqual(900);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      // The same list as under the map on the page.
      expect(shown.unplaced).toEqual(onPage);
      // Negative control: the whole drawing at full height, as before this layout, leaves panel ② too small.
      await page.addStyleTag({ content: '.map-dialog-desk{display:none!important}.map-dialog .map-dialog-img{display:block!important}' });
      expect(await regionPx(page)).toBeLessThan(720);
      await page.context().close();
    });

  it('the keyboard opens it (Enter on the link), Back closes it and the reader keeps their place', async () => {
    const { page, link, before } = await openAtMap(phone, '/en/restoration');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLDialogElement>('dialog[data-map-dialog]')?.open === true);
    expect((await state(page)).open).toBe(true);
    // The page behind is inert: Tab stays in the dialog.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[data-map-dialog]'))).toBe(true);
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('dialog[data-map-dialog]')?.open);
    const after = await state(page);
    expect(after.url).toBe('/en/restoration');
    expect(after.scrollY).toBe(before.scrollY);
    expect(after.focus).toBe('link');
    // The close button closes it the same way, and a second open works.
    await link.click();
    await page.getByRole('button', { name: 'Close' }).click();
    expect((await state(page)).open).toBe(false);
    expect((await state(page)).scrollY).toBe(before.scrollY);
    await page.context().close();
  });

  it('without JavaScript the same click leaves the page for the SVG file (the fallback, and a negative control for the checks above)', async () => {
    const page = await browser.open('/en/restoration', { context: { ...wide, javaScriptEnabled: false }, beforeHydration: true });
    const link = page.locator('a[data-map-enlarge]');
    expect(await link.getAttribute('href')).toBe('/en/map.svg');
    expect(await page.locator('dialog[data-map-dialog]').count()).toBe(0);
    await link.click();
    await page.waitForURL('**/en/map.svg');
    expect(new URL(page.url()).pathname).toBe('/en/map.svg');
    await page.context().close();
  });
});
