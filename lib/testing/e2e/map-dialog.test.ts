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
    const img = dialog?.querySelector('img')?.getBoundingClientRect();
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
    };
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
      await page.locator('dialog[data-map-dialog] img').evaluate((i: HTMLImageElement) => i.decode());
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
