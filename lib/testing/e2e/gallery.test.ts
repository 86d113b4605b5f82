import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page, Request } from 'playwright-core';
import { desktop, sharedBrowser, phone } from './browser';
import { jsonLdBlocks, meta as metaOf, parse } from '../gates/parse';
import { headersToDrop, isRouterStateTree } from '../../security/guard';

const origin = inject('origin');
const locales = ['zh', 'en'] as const;
const KB = 1024;

async function text(path: string) {
  const res = await fetch(origin + path, { redirect: 'manual' });
  return { status: res.status, body: await res.text() };
}
/** Photo ids in grid order, from the links of a gallery page. */
async function galleryIds(locale: string): Promise<string[]> {
  const { body } = await text(`/${locale}/gallery`);
  return [...body.matchAll(new RegExp(`href="/${locale}/gallery/([a-z0-9-]+)"`, 'g'))].map((m) => m[1]!);
}
function webp(path: string, width: number) {
  return fetch(`${origin}/_next/image?url=${encodeURIComponent(path)}&w=${width}&q=75`, {
    headers: { accept: 'image/webp,image/*,*/*;q=0.8' },
  });
}

const browser = sharedBrowser();

const open = (options: BrowserContextOptions, path: string) => browser.open(path, { context: options, waitUntil: 'networkidle' });

describe('the gallery page', () => {
  it.each(locales)('/%s/gallery lists at least 12 images, each with alt text, width and height', async (locale) => {
    const page = await open({ ...desktop, locale: locale === 'zh' ? 'zh-CN' : 'en-US' }, `/${locale}/gallery`);
    const images = await page.$$eval('main a[data-photo] img', (imgs) =>
      imgs.map((img) => ({ alt: img.getAttribute('alt') ?? '', width: img.getAttribute('width'), height: img.getAttribute('height') })),
    );
    expect(images.length).toBeGreaterThanOrEqual(12);
    for (const img of images) {
      expect(img.alt.trim().length).toBeGreaterThan(10);
      expect(Number(img.width)).toBeGreaterThan(0);
      expect(Number(img.height)).toBeGreaterThan(0);
    }
    // Grouped by section, with in-page jump links that need no JavaScript.
    for (const section of ['restoration', 'industries', 'targets']) {
      expect(await page.locator(`main h2#${section}`).count()).toBe(1);
      expect(await page.locator(`main nav a[href="#${section}"]`).count()).toBe(1);
    }
    await page.context().close();
  });

  it('has the same photo ids, in the same order, in both locales', async () => {
    const [zh, en] = (await Promise.all(locales.map(galleryIds))) as [string[], string[]];
    expect(zh.length).toBeGreaterThanOrEqual(12);
    expect(new Set(zh).size).toBe(zh.length);
    expect(en).toEqual(zh);
  });
});

describe('photo pages', () => {
  it('every photo answers 200 with a figcaption, breadcrumbs and its own og:image, in both locales', async () => {
    const ids = await galleryIds('en');
    for (const locale of locales)
      for (const id of ids) {
        const { status, body } = await text(`/${locale}/gallery/${id}`);
        expect(status, `/${locale}/gallery/${id}`).toBe(200);
        const $ = parse(body);
        expect($('figure figcaption').length).toBeGreaterThan(0);
        expect(metaOf($, 'og:image')).toMatch(new RegExp(`^https?://.+/photos/${id}\\.jpg$`));
        expect(metaOf($, 'og:image:width')).toMatch(/^\d+$/);
        expect(metaOf($, 'twitter:image')).toMatch(/^https?:\/\/.+\/photos\//);
        expect($('a[download]').filter((_, a) => /^\/photos\/[a-z0-9-]+\.jpg$/.test($(a).attr('href') ?? '')).length).toBeGreaterThan(0);
        expect(jsonLdBlocks($).some((b) => !(b instanceof Error) && b['@type'] === 'ImageObject')).toBe(true);
        expect($('[aria-current="page"]').length).toBeGreaterThan(0);
      }
  });
  it.each(['/en/gallery/no-such-photo', '/zh/gallery/%3Cscript%3E', '/fr/gallery/vineyards'])('%s is a 404', async (path) => {
    expect((await text(path)).status).toBe(404);
  });
  it('the photo page keeps its layout while a slow photo arrives (no layout shift, phone and desktop)', async () => {
    const ids = await galleryIds('en');
    for (const options of [phone, desktop]) {
      const context = await browser.newContext(options);
      // Every optimised image is held back for a second: the page must have reserved the photo's box already.
      await context.route('**/_next/image**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __shift: number };
        w.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!entry.hadRecentInput) w.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${origin}/en/gallery/${ids[0]}`, { waitUntil: 'domcontentloaded' });
      const heightBefore = (await page.locator('main figure img').first().boundingBox())!.height;
      await page.waitForLoadState('networkidle');
      const box = (await page.locator('main figure img').first().boundingBox())!;
      expect(heightBefore, 'the photo box is reserved before the file arrives').toBeCloseTo(box.height, 0);
      expect(box.height).toBeGreaterThan(100);
      expect(box.height, 'never taller than 82% of the viewport').toBeLessThanOrEqual(options.viewport!.height * 0.82 + 1);
      expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.01);
      await context.close();
    }
  });
});

describe('images as served', () => {
  it('are WebP without EXIF or XMP', async () => {
    const res = await webp('/photos/vineyards.jpg', 768);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    const bytes = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    // The RIFF container names its chunks: no EXIF or XMP chunk at all.
    expect(bytes.includes(Buffer.from('EXIF'))).toBe(false);
    expect(bytes.includes(Buffer.from('XMP '))).toBe(false);
  });

  it.each([
    ['desktop at DPR 1', desktop],
    ['phone at DPR 2', phone],
  ] as const)('gallery thumbnails weigh under 60 KB on a %s', async (_name, options) => {
    const page = await open(options, '/en/gallery');
    const first = page.locator('main a[data-photo] img').first();
    await first.evaluate((img: HTMLImageElement) =>
      img.complete ? undefined : new Promise((r) => img.addEventListener('load', r, { once: true })),
    );
    const src = await first.evaluate((img: HTMLImageElement) => img.currentSrc);
    await page.context().close();
    const width = Number(new URL(src).searchParams.get('w'));
    expect(width).toBeGreaterThan(0);
    const sizes: Record<string, number> = {};
    for (const id of await galleryIds('en')) {
      const res = await webp(`/photos/${id}.jpg`, width);
      expect(res.headers.get('content-type')).toBe('image/webp');
      sizes[id] = (await res.arrayBuffer()).byteLength;
    }
    console.log(
      `${_name}: w=${width}`,
      Object.entries(sizes)
        .map(([id, b]) => `${id} ${(b / KB).toFixed(1)} KB`)
        .join(', '),
    );
    for (const [id, bytes] of Object.entries(sizes)) expect(bytes, id).toBeLessThan(60 * KB);
  });
});

describe('the photo dialog', () => {
  const dialog = 'dialog[open]';
  const activeIn = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

  it('opens from the grid with Enter, is a modal dialog with focus inside, moves with ArrowRight, closes with Escape', async () => {
    const page = await open({ ...desktop, locale: 'en-US' }, '/en/gallery');
    const ids = await galleryIds('en');
    const [first, second] = [ids[1]!, ids[2]!];
    const thumb = page.locator(`main a[data-photo="${first}"]`);
    await thumb.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector(dialog);
    await page.waitForURL(`**/en/gallery/${first}`);

    const box = page.locator(dialog);
    expect(await box.getAttribute('role')).toBe('dialog');
    expect(await box.getAttribute('aria-modal')).toBe('true');
    const labelId = await box.getAttribute('aria-labelledby');
    const caption = async () => (await page.locator(`#${labelId}`).textContent())?.trim();
    expect(await caption()).toMatch(/illustration/);
    expect(await activeIn(page, dialog)).toBe(true);
    expect(await page.getByRole('button', { name: 'Close' }).isVisible()).toBe(true);
    // The grid behind is still there (a modal over it, not a new page).
    expect(await page.locator('main a[data-photo]').count()).toBeGreaterThanOrEqual(12);

    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await activeIn(page, dialog), `after ${i + 1} Tab`).toBe(true);
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await activeIn(page, dialog)).toBe(true);
    }

    const before = await caption();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(`**/en/gallery/${second}`);
    await page.waitForFunction((old) => document.querySelector('#photo-dialog-caption')?.textContent?.trim() !== old, before);
    expect(await page.locator('dialog').count()).toBe(1);
    expect(await activeIn(page, dialog)).toBe(true);

    // Escape after moving: focus goes to the thumbnail of the photo being viewed, not the one that opened it.
    await page.keyboard.press('Escape');
    await page.waitForURL(`**/en/gallery`);
    await page.waitForSelector('dialog', { state: 'detached' });
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-photo') === id, second);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-gallery-grid]') !== null)).toBe(true);

    // Control: opened and closed without moving, focus goes back to the opener (the check can tell the two apart).
    await page.keyboard.press('Enter');
    await page.waitForSelector(dialog);
    await page.waitForURL(`**/en/gallery/${second}`);
    await page.keyboard.press('Escape');
    await page.waitForURL(`**/en/gallery`);
    await page.waitForSelector('dialog', { state: 'detached' });
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-photo') === id, second);
    // and after ←, ← from the third: the first
    await page.keyboard.press('Enter');
    await page.waitForSelector(dialog);
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(`**/en/gallery/${first}`);
    await page.keyboard.press('Escape');
    await page.waitForURL(`**/en/gallery`);
    await page.waitForSelector('dialog', { state: 'detached' });
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-photo') === id, first);
    await page.context().close();
  });

  it('the router state a real navigation sends (photo by click, then the next one) is one the proxy’s guard keeps', async () => {
    // guard.ts checks Next-Router-State-Tree against a copy of Next's format; a Next.js upgrade that changes the
    // format would make the proxy drop the header from real navigations (silently: Next then renders in full).
    const ids = await galleryIds('en');
    const context = await browser.newContext({ ...desktop, locale: 'en-US' });
    const sent: Promise<{ url: string; tree: string | undefined }>[] = [];
    const listen = (request: Request) => {
      if (request.url().startsWith(`${origin}/en/gallery/`))
        sent.push(
          request
            .allHeaders()
            .then((headers) => ({ url: request.url(), tree: headers['next-router-state-tree'] }))
            .catch(() => ({ url: request.url(), tree: undefined })),
        );
    };
    context.on('request', listen);
    // Prefetches (which may carry no router state, and let a navigation skip its request) are refused, so each
    // navigation asks the server itself, as it does whenever a prefetch has not arrived yet.
    await context.route(`${origin}/en/gallery/**`, async (route) => {
      const headers = await route.request().allHeaders();
      if ('next-router-prefetch' in headers || 'next-router-segment-prefetch' in headers) await route.abort();
      else await route.continue();
    });
    const page = await browser.open('/en/gallery', { context, waitUntil: 'networkidle' });
    await page.locator(`main a[data-photo="${ids[3]}"]`).click();
    await page.waitForSelector(dialog);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(`**/en/gallery/${ids[4]}`);
    context.off('request', listen);
    const trees = (await Promise.all(sent)).filter((r): r is { url: string; tree: string } => r.tree !== undefined);
    await context.close();
    for (const id of [ids[3], ids[4]])
      expect(
        trees.some((r) => new URL(r.url).pathname === `/en/gallery/${id}`),
        id,
      ).toBe(true);
    for (const { url, tree } of trees) {
      expect(isRouterStateTree(tree), `${url}: ${decodeURIComponent(tree)}`).toBe(true);
      expect(headersToDrop(new Headers({ 'next-router-state-tree': tree })), url).toEqual([]);
    }
    // Negative control: the same header with a segment type Next.js does not define is dropped.
    const parsed: unknown = JSON.parse(decodeURIComponent(trees[0]!.tree));
    const retype = (node: unknown): boolean => {
      if (!Array.isArray(node)) return false;
      if (Array.isArray(node[0]) && node[0].length === 4) return ((node[0][2] = 'zz'), true);
      return Object.values((node[1] ?? {}) as Record<string, unknown>).some(retype);
    };
    expect(retype(parsed), 'the captured tree has a dynamic segment').toBe(true);
    const changed = encodeURIComponent(JSON.stringify(parsed));
    expect(headersToDrop(new Headers({ 'next-router-state-tree': changed }))).toEqual(['next-router-state-tree']);
  });

  it('on a phone, a horizontal swipe moves to the next photo', async () => {
    const ids = await galleryIds('en');
    const page = await open({ ...phone, locale: 'en-US' }, '/en/gallery');
    await page.locator(`main a[data-photo="${ids[0]}"]`).tap();
    await page.waitForSelector('dialog[open] img');
    const swipe = (type: string, x: number) =>
      page
        .locator('dialog[open] img')
        .dispatchEvent(type, { pointerType: 'touch', isPrimary: true, clientX: x, clientY: 400, bubbles: true });
    await swipe('pointerdown', 320);
    await swipe('pointerup', 80);
    await page.waitForURL(`**/en/gallery/${ids[1]}`);
    expect(await page.locator('dialog[open]').count()).toBe(1);
    await page.context().close();
  });

  it('loaded directly, a photo URL is the full page: no dialog, breadcrumbs', async () => {
    const ids = await galleryIds('en');
    const page = await open(desktop, `/en/gallery/${ids[1]}`);
    expect(await page.locator('dialog').count()).toBe(0);
    expect(await page.locator('nav[aria-label="Breadcrumb"] [aria-current="page"]').count()).toBe(1);
    expect(await page.locator('main figure figcaption h1').count()).toBe(1);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('dialog').count()).toBe(0);
    await page.context().close();
  });

  it('a photo page the router draws from its history (dialog, reload, back, forward) still shows the photo', async () => {
    // The client router draws the photo page from its history (no reload): it must show the photo, not an empty page.
    const ids = await galleryIds('en');
    const page = await open({ ...desktop, locale: 'en-US' }, '/en/gallery');
    await page.locator(`main a[data-photo="${ids[1]}"]`).click();
    await page.waitForSelector(dialog);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('main figure figcaption h1').count()).toBe(1);
    await page.goBack({ waitUntil: 'networkidle' });
    await page.waitForURL('**/en/gallery');
    await page.goForward({ waitUntil: 'networkidle' });
    await page.waitForURL(`**/en/gallery/${ids[1]}`);
    await page.waitForFunction(() => !!document.querySelector('main figure figcaption h1, dialog[open] img'), null, { timeout: 10_000 });
    await page.context().close();
  });

  it('without JavaScript, a thumbnail opens the photo page', async () => {
    const ids = await galleryIds('zh');
    const page = await open({ ...desktop, javaScriptEnabled: false }, '/zh/gallery');
    await page.locator(`main a[data-photo="${ids[0]}"]`).click();
    await page.waitForURL(`**/zh/gallery/${ids[0]}`);
    expect(await page.locator('main figure figcaption h1').count()).toBe(1);
    expect(await page.locator('dialog').count()).toBe(0);
    await page.context().close();
  });
});

describe('accessibility (axe, WCAG 2.2 AA, light and dark)', () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  it.each(['light', 'dark'] as const)('the gallery, a photo page and the open dialog pass in %s', async (colorScheme) => {
    const page = await open({ ...desktop, colorScheme }, '/en/gallery');
    const check = async (what: string) => {
      const { violations } = await new AxeBuilder({ page })
        .options({ runOnly: { type: 'tag', values: tags }, rules: { 'target-size': { enabled: true } } })
        .analyze();
      expect(violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await check('gallery');
    await page.locator('main a[data-photo]').first().click();
    await page.waitForSelector('dialog[open] img');
    await check('dialog');
    await page.goto(`${origin}/zh/gallery/vineyards`, { waitUntil: 'networkidle' });
    await check('photo page');
    await page.context().close();
  });
});
