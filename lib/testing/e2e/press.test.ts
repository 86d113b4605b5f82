import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';

import { PNG } from 'pngjs';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { meta as metaOf, parse } from '../gates/parse';
import { archiveProblems, type ListedImage } from '../illustrations-check';
import { formatBytes } from '@/lib/press';
import { hydrated, phone, sharedBrowser } from './browser';

const origin = inject('origin');
const locales = ['zh', 'en'] as const;
const sections = ['restoration', 'industries', 'targets'];
/** One page of each kind that has its own link-preview card; every one must answer. */
const paths = ['', ...sections.map((s) => `/${s}`), '/press', '/press/brief', '/gallery', '/glossary', '/search'];
const pages = locales.flatMap((l) => paths.map((p) => `/${l}${p}`));

async function get(path: string) {
  const res = await fetch(origin + path, { redirect: 'manual' });
  return { status: res.status, body: await res.text(), type: res.headers.get('content-type') ?? '' };
}

/** The content of <meta property|name="key" content="…">, as a link-preview crawler reads it (no JavaScript). */
function meta(html: string, key: string): string | undefined {
  return metaOf(parse(html), key);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), the way a crawler sizes a preview. */
function pngSize(buf: Buffer) {
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('link previews, as a crawler sees them', () => {
  it('every page has its own title, description, locale and a 1200×630 PNG card', async () => {
    const images = new Set<string>();
    for (const path of pages) {
      const { status, body } = await get(path);
      expect(status, path).toBe(200);
      const zh = path.startsWith('/zh');
      expect(body, path).toContain(`<html lang="${zh ? 'zh-Hans' : 'en'}"`);
      const title = meta(body, 'og:title');
      const description = meta(body, 'og:description');
      expect(title, `${path} og:title`).toBeTruthy();
      expect(description, `${path} og:description`).toBeTruthy();
      expect(meta(body, 'description'), path).toBe(description);
      expect(meta(body, 'og:locale'), path).toBe(zh ? 'zh_CN' : 'en_US');
      if (zh) expect(title, path).toMatch(/\p{Script=Han}/u);
      expect(meta(body, 'twitter:card'), path).toBe('summary_large_image');
      expect(meta(body, 'og:image:width'), path).toBe('1200');
      expect(meta(body, 'og:image:height'), path).toBe('630');
      expect(meta(body, 'og:image:alt'), path).toContain('Green Mines of Zhungeer');

      const image = meta(body, 'og:image')!;
      expect(image, `${path} og:image is absolute`).toMatch(/^https?:\/\/[^/]+\//);
      expect(meta(body, 'twitter:image'), path).toBe(image);
      images.add(image);
      // The absolute URL names the public host; ask the test server for the same path.
      const u = new URL(image);
      const res = await fetch(origin + u.pathname + u.search);
      expect(res.status, image).toBe(200);
      expect(res.headers.get('content-type'), image).toBe('image/png');
      expect(pngSize(Buffer.from(await res.arrayBuffer())), image).toEqual({ width: 1200, height: 630 });
    }
    // Each page draws its own card rather than inheriting the home page's.
    expect(images.size).toBe(pages.length);
  });

  it('the zh card draws the title in Chinese glyphs: many dark pixels where the title is', async () => {
    const body = (await get('/zh/restoration')).body;
    const u = new URL(meta(body, 'og:image')!);
    const png = PNG.sync.read(Buffer.from(await (await fetch(origin + u.pathname + u.search)).arrayBuffer()));
    // Title area: left column, below the kicker. Count near-black pixels (the title is #1b1f1c on #fbfaf6).
    let dark = 0;
    for (let y = 240; y < 540; y++)
      for (let x = 64; x < 700; x++) {
        const i = (y * png.width + x) * 4;
        if (png.data[i]! < 80 && png.data[i + 1]! < 80 && png.data[i + 2]! < 80) dark++;
      }
    expect(dark).toBeGreaterThan(20_000);
  });
});

describe('share tools on an article', () => {
  const browser = sharedBrowser();

  it.each(locales)('the WeChat QR code (%s) scans to the page’s absolute URL', async (locale) => {
    const { body } = await get(`/${locale}/industries`);
    const $ = parse(body);
    const canonical = $('link[rel="canonical"]').attr('href')!;
    // A static SVG file (app/qr), referenced by an <img> with a text alternative, not inlined in the page.
    const img = $('img[data-qr]').first();
    expect(img.attr('alt')).toBeTruthy();
    const qr = await fetch(new URL(img.attr('src')!, origin));
    expect(qr.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await qr.text();
    const { data, info } = await sharp(Buffer.from(svg)).resize(600, 600).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    expect(code?.data).toBe(canonical);
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/${locale}/industries$`));
    // Weibo and e-mail are plain links carrying the same URL.
    const weibo = $('a[href^="https://service.weibo.com/share/share.php?"]').attr('href')!;
    expect(new URL(weibo).searchParams.get('url')).toBe(canonical);
    const mail = $('a[href^="mailto:?"]').attr('href')!;
    expect(decodeURIComponent(mail)).toContain(canonical);
  });

  it('the QR panel is closed until opened, and copy works by keyboard', async () => {
    const context = await browser.newContext({ ...phone, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${origin}/en/targets`);
    await hydrated(page);
    const details = page.getByTestId('wechat');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await details.locator('img[data-qr]').isVisible()).toBe(true);

    await page.getByTestId('copy-link').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('share').getByRole('status').textContent()).toBe('Link copied');
    // The shown link is the server's (SITE_URL); the copied one is on the origin the page was opened on.
    const url = await page.getByTestId('share-url').textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${new URL(url!).pathname}`);
    await context.close();
  });

  it('without JavaScript the link stays as selectable text and no dead buttons are shown', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/zh/restoration`);
    await hydrated(page);
    expect(await page.getByTestId('share-url').textContent()).toMatch(/^https?:\/\/.+\/zh\/restoration$/);
    expect(await page.getByTestId('copy-link').count()).toBe(0);
    expect(await page.getByTestId('web-share').count()).toBe(0);
    await page.goto(`${origin}/zh/press/brief`);
    await hydrated(page);
    expect(await page.getByTestId('print').count()).toBe(0);
    await context.close();
  });
});

/** Where the element's text wraps: each pair of characters either side of a line break. */
const lineBreaks = (page: import('playwright-core').Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const out: string[] = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let top: number | undefined;
    let before = '';
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        if (top !== undefined && box.top > top + 2) out.push(before + node.data[i]);
        top = box.top;
        before = node.data[i]!;
      }
    return out;
  });

describe('the share box at 390 px', () => {
  const browser = sharedBrowser();
  it('/zh/restoration: the address wraps only after a slash, and the label ends in a full-width colon', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${origin}/zh/restoration`);
    await hydrated(page);
    const breaks = await lineBreaks(page, '[data-testid="share-url"]');
    expect(
      breaks.every((pair) => pair.startsWith('/')),
      breaks.join(' | '),
    ).toBe(true);
    expect(await page.getByTestId('share').locator('p').first().textContent()).toMatch(/^本页链接：/);
    // Negative control: the same address set to break anywhere, in a narrow box, is reported.
    await page.getByTestId('share-url').evaluate((el: HTMLElement) => {
      el.style.wordBreak = 'break-all';
      el.style.display = 'inline-block';
      el.style.width = '100px';
    });
    expect((await lineBreaks(page, '[data-testid="share-url"]')).some((pair) => !pair.startsWith('/'))).toBe(true);
    await context.close();
  });
});

describe('press kit and brief', () => {
  const browser = sharedBrowser();

  it.each(locales)('the figures table (%s) links each figure to a passage that exists', async (locale) => {
    const { status, body } = await get(`/${locale}/press`);
    expect(status).toBe(200);
    const $ = parse(body);
    const rows = $('table[data-testid="figures-table"] tbody tr').toArray();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) {
      const link = $(row).find('a[href*="#"]').attr('href');
      expect(link, $(row).text()).toMatch(/^\/[^#]+#[a-z0-9-]+$/);
      const [path, id] = link!.split('#') as [string, string];
      const target = await get(path);
      expect(target.status).toBe(200);
      expect(parse(target.body)(`[id="${id}"]`), link).toHaveLength(1);
    }
    expect($('body').text()).toContain(locale === 'zh' ? '[EB/OL]' : 'Chicago');
    expect($('a[download]').filter((_, a) => /^\/photos\/[a-z0-9-]+\.jpg$/.test($(a).attr('href') ?? '')).length).toBeGreaterThan(0);
    expect($(`a[href="/${locale}/press/brief"]`).length).toBeGreaterThan(0);
  });

  it.each(locales)('the press page (%s) has in-page navigation, and the figures’ source is said once, above the table', async (locale) => {
    const { body } = await get(`/${locale}/press`);
    const $ = parse(body);
    const nav = $('[data-testid="press-nav"] a[href^="#"]').toArray();
    expect(nav.length).toBeGreaterThanOrEqual(5);
    for (const a of nav) expect($(`[id="${$(a).attr('href')!.slice(1)}"]`).length, $(a).attr('href')).toBe(1);
    const source = $('[data-testid="figures-source"]');
    expect(source.length).toBe(1);
    const feature = locale === 'zh' ? '绿色矿山是这样建成的' : 'How the green mines were built';
    expect(source.text()).toContain(feature);
    expect($('[data-testid="figures-table"]').text()).not.toContain(feature);
  });

  it.each(locales)(
    'the brief’s QR code (%s) is labelled for the articles and scans to the articles list, which answers',
    async (locale) => {
      const { body } = await get(`/${locale}/press/brief`);
      const $ = parse(body);
      const sheet = $('[data-testid="brief"]');
      const label = locale === 'zh' ? '扫码阅读本站文章' : 'Scan to read the articles';
      expect(sheet.text()).toContain(label);
      expect(sheet.text()).not.toMatch(locale === 'zh' ? /扫码阅读全文/ : /full feature/);
      const img = sheet.find('img[data-qr]');
      expect(img.length).toBe(1);
      expect(img.attr('alt')).toContain(label);
      const svg = await (await fetch(new URL(img.attr('src')!, origin))).text();
      const { data, info } = await sharp(Buffer.from(svg)).resize(600, 600).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const url = new URL(jsQR(new Uint8ClampedArray(data), info.width, info.height)!.data);
      expect(url.pathname + url.hash).toBe(`/${locale}#articles`);
      expect(sheet.find('[data-testid="brief-qr-url"]').text().trim()).toBe(url.href);
      // The address answers, and the fragment lands on the list of the three articles.
      const page = await fetch(origin + url.pathname);
      expect(page.status).toBe(200);
      const home = parse(await page.text());
      const list = home('#articles');
      expect(list.length).toBe(1);
      expect(
        list
          .find('a[href]')
          .toArray()
          .map((a) => home(a).attr('href')),
      ).toEqual(expect.arrayContaining(sections.map((s) => `/${locale}/${s}`)));
      // Control: the file for the bare home page encodes no fragment, so the check above can tell the two apart.
      const homeSvg = await (await fetch(`${origin}/qr/${locale}.svg`)).text();
      const raw = await sharp(Buffer.from(homeSvg)).resize(600, 600).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(new URL(jsQR(new Uint8ClampedArray(raw.data), raw.info.width, raw.info.height)!.data).hash).toBe('');
    },
  );

  it.each(locales)('the brief (%s) prints on one A4 page with a QR code to the site', async (locale) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/${locale}/press/brief`);
    await hydrated(page);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pageCount).toBe(1);
    // The site header and footer are not on paper.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body > header').isVisible()).toBe(false);
    expect(await page.locator('body > footer').isVisible()).toBe(false);
    const qr = page.getByTestId('brief').locator('img[data-qr][alt]');
    expect(await qr.count()).toBe(1);
    // The code is a file: it must have arrived by the time the sheet prints (not lazily, after).
    await expect.poll(() => qr.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)).toBe(true);
    // So does the sheet's picture (one of the site's illustrations), credited to the site.
    const picture = page.getByTestId('brief-picture');
    await expect
      .poll(() => picture.locator('img').evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0))
      .toBe(true);
    expect(await picture.innerText()).toContain(locale === 'zh' ? '准格尔旗绿色矿山网站' : 'Green Mines of Zhungeer website');
    await context.close();
  });
});

describe('the brief fills its page', () => {
  const browser = sharedBrowser();
  /** How much of the A4 page's printable height (297 mm less the 10 + 12 mm margins of @page brief) the sheet fills. */
  const filled = async (page: Page) => {
    await page.emulateMedia({ media: 'print' });
    const height = await page.getByTestId('brief').evaluate((el) => el.getBoundingClientRect().height);
    return height / (((297 - 22) / 25.4) * 96);
  };

  it.each(locales)('the brief (%s) uses most of the A4 sheet, 85 per cent or more, and stays on one page', async (locale) => {
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
    const page = await context.newPage();
    await page.goto(`${origin}/${locale}/press/brief`);
    await hydrated(page);
    const share = await filled(page);
    expect(share, `${Math.round(share * 100)}% of the printable height`).toBeGreaterThan(0.85);
    expect(share).toBeLessThanOrEqual(1);
    // Negative control: the same sheet without its key figures leaves much of the page empty, and is reported.
    await page
      .getByTestId('brief')
      .locator('#brief-figures')
      .evaluate((h) => h.parentElement!.remove());
    expect(await filled(page)).toBeLessThan(0.85);
    await context.close();
  });
});

/**
 * Strings that must not be split across lines, as the reader sees them: the figures' numbers and units (the
 * number whole, a Chinese unit whole, a short Chinese unit on the number's line: 13万亩; an English one-word unit
 * after its number: 130,000 mu) and the scale table's belt. From content/figures.json, not from the markup.
 */
/** The text of each element in scope whose content is wider than its own box (it would run into its neighbour). */
function overflowing(page: Page, scope: string): Promise<string[]> {
  return page.evaluate(
    (scope) =>
      [...document.querySelectorAll<HTMLElement>(scope)]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent ?? ''),
    scope,
  );
}

function unbroken(locale: 'zh' | 'en'): string[] {
  const file = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../content/figures.json'), 'utf8')) as {
    figures: { value: string | { zh: string; en: string }; unit: { zh: string; en: string } }[];
  };
  return [
    ...new Set(
      file.figures.flatMap((f) => {
        const value = typeof f.value === 'string' ? f.value : f.value[locale];
        const unit = f.unit[locale];
        if (locale === 'zh') return unit.length <= 3 && value.length <= 6 ? [value + unit] : [value, unit];
        return /\s/.test(unit) ? [value] : [`${value}\u00a0${unit}`];
      }),
    ),
  ];
}

/** Which of `needles` a line break splits inside `scope` (each occurrence: the lines its characters sit on). */
function splitNeedles(page: Page, scope: string, needles: string[]): Promise<string[]> {
  return page.evaluate(
    ({ scope, needles }) => {
      const broken = new Set<string>();
      for (const root of document.querySelectorAll(scope)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        while (walker.nextNode()) nodes.push(walker.currentNode as Text);
        const text = nodes.map((n) => n.data).join('');
        // character offset → (node, offset)
        const at = (i: number): [Text, number] => {
          for (const n of nodes) {
            if (i <= n.data.length) return [n, i];
            i -= n.data.length;
          }
          return [nodes.at(-1)!, nodes.at(-1)!.data.length];
        };
        for (const needle of needles)
          for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
            // Characters of mixed sizes on one line (a large number, a small unit) overlap vertically; a character
            // on the next line does not overlap the first one.
            const lines: { top: number; bottom: number }[] = [];
            for (let k = i; k < i + needle.length; k++) {
              if (/\s/.test(text[k]!)) continue;
              const r = document.createRange();
              r.setStart(...at(k));
              r.setEnd(...at(k + 1));
              const box = r.getClientRects()[0];
              if (!box || box.width === 0) continue;
              if (!lines.some((l) => box.top < l.bottom - 1 && box.bottom > l.top + 1)) lines.push({ top: box.top, bottom: box.bottom });
            }
            if (lines.length > 1) broken.add(needle);
          }
      }
      return [...broken];
    },
    { scope, needles },
  );
}

describe('numbers stay with their units', () => {
  const browser = sharedBrowser();
  const where: [string, string][] = [
    // the number cells: the figures table's row headers, the brief's figure lines, the scale table's row headers
    ['/press', 'table[data-testid="figures-table"] th[scope="row"]'],
    ['/press/brief', '[data-testid="brief"] li > p:first-child'],
    ['', 'figure table th[scope="row"]'],
    ['/targets', 'figure table th[scope="row"]'],
  ];
  const belt = { zh: '13万亩', en: '130,000 mu' };

  it.each(locales.flatMap((l) => [360, 390].map((w) => [l, w] as const)))(
    '%s at %i px: figures table, brief, scale table',
    async (locale, width) => {
      const context = await browser.newContext({ ...phone, viewport: { width, height: 844 } });
      const page = await context.newPage();
      for (const [p, scope] of where) {
        await page.goto(`${origin}/${locale}${p}`);
        expect(await page.locator(scope).count(), p).toBeGreaterThan(0);
        expect(await splitNeedles(page, scope, [...unbroken(locale), belt[locale]]), `${p} at ${width}`).toEqual([]);
        expect(await overflowing(page, scope), `${p} at ${width}: a cell wider than its box`).toEqual([]);
      }
      await context.close();
    },
  );

  it.each(locales)('the brief (%s) on A4: labels whole', async (locale) => {
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
    const page = await context.newPage();
    await page.goto(`${origin}/${locale}/press/brief`);
    await page.emulateMedia({ media: 'print' });
    expect(await splitNeedles(page, '[data-testid="brief"] li > p:first-child', unbroken(locale))).toEqual([]);
    await context.close();
  });

  it('the box check sees text running out of its cell: the brief with every figure line unbreakable at 360 (negative control)', async () => {
    const context = await browser.newContext({ ...phone, viewport: { width: 360, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${origin}/zh/press/brief`);
    await page.addStyleTag({ content: '[data-testid="brief"] li > p:first-child { white-space: nowrap !important; }' });
    expect(await overflowing(page, '[data-testid="brief"] li > p:first-child')).not.toEqual([]);
    await context.close();
  });

  it('the check sees a split: the same brief with the amounts allowed to wrap, in cells narrower than a figure, splits a number from its unit (negative control)', async () => {
    const context = await browser.newContext({ ...phone });
    const page = await context.newPage();
    await page.goto(`${origin}/zh/press/brief`);
    await page.addStyleTag({
      content:
        '[data-amount], [data-amount] * { white-space: normal !important; } [data-testid="brief"] li > p:first-child { width: 2.5em; }',
    });
    expect(await splitNeedles(page, '[data-testid="brief"] li > p:first-child', unbroken('zh'))).not.toEqual([]);
    await context.close();
  });
});

/** Unpacks a ZIP file with Python's zipfile (a reader independent of the fflate that wrote it): path → bytes. */
function unzipWithPython(file: string): Map<string, Uint8Array> {
  const out = mkdtempSync(path.join(tmpdir(), 'unzip-'));
  execFileSync('python3', ['-m', 'zipfile', '-e', file, out]);
  const entries = new Map<string, Uint8Array>();
  const walk = (dir: string, prefix: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(path.join(dir, d.name), `${prefix}${d.name}/`);
      else entries.set(`${prefix}${d.name}`, readFileSync(path.join(dir, d.name)));
    }
  };
  walk(out, '');
  return entries;
}

describe('all illustrations in one ZIP', () => {
  /** The images each press page lists for download, with the credit it shows next to each, fetched as served. */
  async function listedImages(): Promise<ListedImage[]> {
    const byName = new Map<string, ListedImage & { credits: string[] }>();
    for (const locale of locales) {
      const $ = parse((await get(`/${locale}/press`)).body);
      for (const li of $('[data-testid="photo-downloads"] > li').toArray()) {
        const src = $(li).find('a[download]').attr('href')!;
        const credit = $(li).find('dd').first().text().trim();
        const name = src.split('/').at(-1)!;
        if (!byName.has(name))
          byName.set(name, { name, bytes: new Uint8Array(await (await fetch(origin + src)).arrayBuffer()), credits: [] });
        byName.get(name)!.credits.push(credit);
      }
    }
    return [...byName.values()];
  }

  it('holds every image the press kit lists, byte for byte, with the credits file; its size is the one the page states', async () => {
    const listed = await listedImages();
    expect(listed.length).toBeGreaterThanOrEqual(10);
    for (const image of listed) expect(image.credits, image.name).toHaveLength(2);
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-'));
    let served: Buffer | undefined;
    for (const locale of locales) {
      const $ = parse((await get(`/${locale}/press`)).body);
      const link = $('[data-testid="illustrations-zip"]');
      expect(link.attr('href')).toBe('/illustrations.zip');
      expect(link.is('[download]')).toBe(true);
      const res = await fetch(origin + link.attr('href')!);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z-]+\.zip"$/);
      served = Buffer.from(await res.arrayBuffer());
      // The page states the size of the file the server sends, in its own language's format.
      expect(Number(link.attr('data-bytes'))).toBe(served.length);
      expect(link.text()).toContain(formatBytes(served.length, locale));
      expect(link.text()).toContain(String(listed.length));
    }
    const file = path.join(dir, 'all.zip');
    writeFileSync(file, served!);
    expect(execFileSync('python3', ['-m', 'zipfile', '-t', file], { encoding: 'utf8' })).toMatch(/Done testing|^$/);
    const entries = unzipWithPython(file);
    expect(archiveProblems(entries, listed)).toEqual([]);
    // The credits file: both languages, each file's title, the site's credit and the licence; never the bureau.
    const readme = new TextDecoder().decode(entries.get('zhungeer-illustrations/README.txt'));
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toMatch(/\p{Script=Han}/u);
    expect(readme).toContain('Green Mines of Zhungeer website');
    expect(readme).not.toMatch(/自然资源局|Natural Resources Bureau/);

    // Negative control: the same archive less one image, written by Python, is reported.
    const short = path.join(dir, 'short.zip');
    execFileSync('python3', [
      '-c',
      'import sys, zipfile\nsrc = zipfile.ZipFile(sys.argv[1])\nwith zipfile.ZipFile(sys.argv[2], "w") as out:\n    for i in src.infolist():\n        if i.filename != sys.argv[3]: out.writestr(i, src.read(i))',
      file,
      short,
      `zhungeer-illustrations/${listed[1]!.name}`,
    ]);
    expect(archiveProblems(unzipWithPython(short), listed)).toEqual([`missing zhungeer-illustrations/${listed[1]!.name}`]);
  });
});

describe('press contact', () => {
  it.each(locales)(
    'the press kit (%s) says plainly there is no press office or address, and points to the corrections page',
    async (locale) => {
      const $ = parse((await get(`/${locale}/press`)).body);
      const section = $('[data-testid="press-contact"]');
      expect(section.length).toBe(1);
      expect($(`[data-testid="press-nav"] a[href="#contact-title"]`).length).toBe(1);
      expect(section.text()).toContain(locale === 'zh' ? '没有新闻办公室' : 'no press office');
      // Nothing to write to: no address, no mail link, no placeholder host.
      expect(section.find('a[href^="mailto:"], a[href^="tel:"]').length).toBe(0);
      expect(section.text()).not.toMatch(/@|example\.|TODO|lorem/i);
      const corrections = section.find('a[data-testid="press-corrections-link"]').attr('href');
      expect(corrections).toBe(`/${locale}/corrections`);
      expect((await get(corrections!)).status).toBe(200);
    },
  );
});
