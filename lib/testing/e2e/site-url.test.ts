import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { desktop, hydrated, sharedBrowser } from './browser';
import { internalUrl, publicOrigin } from './site';
import { parse, parseXml } from '../gates/parse';
import { locales } from '../../i18n/routing';
import { href } from '../../routes';

/**
 * Links that work when copied, printed or shared. The build under test has no SITE_URL, so what
 * the server wrote is for http://localhost:$PORT (lib/config.ts) and must never name a placeholder domain;
 * what the browser makes must use the origin the page was opened on, which here is another port.
 */
const origin = inject('origin');

/** Every "example." in a text (example.org, example.com, …): a placeholder domain that leads nowhere. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/[\w.-]*example\.[a-z]{2,}[^\s"'<>)]*/gi)].map((m) => m[0]);
}

async function get(path: string) {
  const res = await fetch(new URL(path, origin), { redirect: 'manual' });
  return { status: res.status, body: await res.text() };
}

describe('nothing served names a placeholder domain', () => {
  it('the detector finds one (negative control)', () => {
    expect(placeholders('<link rel="canonical" href="https://zhungeer-green-mines.example.org/zh"/>')).toEqual([
      'zhungeer-green-mines.example.org/zh',
    ]);
    expect(placeholders('<a href="http://localhost:3000/zh">')).toEqual([]);
  });

  it('every sitemap page, the feeds, citation files, the map drawings, robots, sitemap and glossary downloads', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.status).toBe(200);
    const $ = parseXml(sitemap.body);
    const pages = $('url > loc')
      .toArray()
      .map((loc) => internalUrl($(loc).text().trim(), origin, origin));
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.every(Boolean)).toBe(true);
    const sections = ['restoration', 'industries', 'targets'];
    const files = [
      '/sitemap.xml',
      '/robots.txt',
      '/glossary.csv',
      '/glossary.json',
      '/manifest.webmanifest',
      ...['zh', 'en'].flatMap((l) => [
        `/${l}/feed.xml`,
        `/${l}/atom.xml`,
        `/${l}/map.svg`,
        ...sections.flatMap((s) => [`/${l}/${s}/cite.bib`, `/${l}/${s}/cite.ris`]),
      ]),
    ];
    const found: string[] = [];
    const paths = [...pages.map((u) => u!.pathname), ...files];
    for (let i = 0; i < paths.length; i += 6) {
      const batch = await Promise.all(paths.slice(i, i + 6).map(async (p) => ({ p, ...(await get(p)) })));
      for (const { p, status, body } of batch) {
        expect(status, p).toBe(200);
        for (const hit of placeholders(body)) found.push(`${p}: ${hit}`);
      }
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('the brief’s QR code decodes to the site on the build’s origin', async () => {
    for (const locale of locales) {
      const { body } = await get(href.brief(locale));
      // The code is a static SVG file (app/qr) behind an <img data-qr>.
      const src = parse(body)('img[data-qr]').attr('src');
      expect(src, locale).toBeTruthy();
      const svg = await (await fetch(new URL(src!, origin))).text();
      const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
        .flatten({ background: '#ffffff' })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const text = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data;
      expect(text).toBe(`${publicOrigin}${href.articles(locale)}`);
      expect(placeholders(text ?? '')).toEqual([]);
    }
  });
});

describe('what the browser makes uses the page’s own origin', () => {
  const browser = sharedBrowser({ ...desktop, permissions: ['clipboard-read', 'clipboard-write'] });
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  it('the test server is on another origin than the build’s, so the checks below can fail', () => {
    expect(origin).not.toBe(publicOrigin);
  });

  it('“Copy link” in the share panel copies this origin’s address', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/en/press`);
    await hydrated(page);
    await page.locator('[data-testid="copy-link"]').click();
    await expect.poll(() => clipboard(page)).toBe(`${origin}/en/press`);
    await page.close();
  });

  it('a passage’s “Copy link” and “copy quote with citation” give URLs on this origin', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/zh/restoration`);
    await hydrated(page);
    await page.waitForFunction(() => document.querySelector('[data-passage-link][tabindex]') !== null);
    await page.hover('#setting');
    // Copied again on each poll: the browser's clipboard is shared with the tests running beside this one.
    await expect
      .poll(async () => {
        await page.locator('[data-copy-link]').click();
        return clipboard(page);
      })
      .toBe(`${origin}/zh/restoration#setting`);
    await page.evaluate(() => {
      const text = document.getElementById('question')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 12);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.getElementById('question')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    const bar = page.locator('[data-quote-bar]');
    await bar.waitFor();
    await bar.getByRole('button').first().click();
    await expect.poll(() => clipboard(page)).toContain(`${origin}/zh/restoration#question）`);
    await bar.getByRole('button').nth(1).click();
    await expect.poll(() => clipboard(page)).toMatch(new RegExp(`^${origin.replace(/[.]/g, '\\.')}/zh/restoration#question:~:text=`));
    await page.close();
  });

  it('the cite box’s downloads carry today’s access date and this origin once opened', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/en/targets`);
    await hydrated(page);
    await page.locator('[data-cite-box] summary').click();
    const href = () => page.locator('[data-download="ris"]').getAttribute('href');
    await expect.poll(href).toMatch(/^data:/);
    const ris = decodeURIComponent((await href())!.split(',').slice(1).join(','));
    expect(ris).toContain(`UR  - ${origin}/en/targets`);
    expect(ris).toMatch(/Y2 {2}- \d{4}\/\d{2}\/\d{2}/);
    expect(ris).toContain('T2  - Green Mines of Zhungeer');
    await page.close();
  });
});
