import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jsonLdBlocks, meta, parse, parseXml } from '../gates/parse';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadIndex, search, type SerializedIndex } from '@/lib/search';
import { desktop, holdScripts, hydrated, launch, phone } from './browser';

const origin = inject('origin');

let browser: Browser;
let noJs: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  noJs = await browser.newContext({ ...desktop, javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

const searchUrl = (locale: string, q: string) => `${origin}/${locale}/search?q=${encodeURIComponent(q)}`;

/** Section headings that title more than one passage result: each should be one result, the rest folded under it. */
function repeatedTitles(results: { section?: string; title: string }[]): string[] {
  const seen = new Map<string, number>();
  for (const r of results) seen.set(`${r.section ?? ''} ${r.title}`, (seen.get(`${r.section ?? ''} ${r.title}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}
/** The passage results a page shows: section (from the URL) and title (the heading). */
const shownPassages = (page: Page) =>
  page.locator('li[data-kind="passage"]').evaluateAll((lis) =>
    lis.map((li) => ({
      section: /^\/(?:zh|en)\/([a-z]+)#/.exec(li.querySelector('h3 a')?.getAttribute('href') ?? '')?.[1],
      title: li.querySelector('h3')?.textContent ?? '',
      more: [...li.querySelectorAll('[data-testid="more-passages"] li a')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
/** The built index of a locale, the same file the server answers from (prebuild writes it). */
const builtIndex = (locale: string) =>
  loadIndex(
    (
      JSON.parse(readFileSync(path.join(import.meta.dirname, '../../search/generated', `${locale}.json`), 'utf8')) as {
        index: SerializedIndex;
      }
    ).index,
  );

async function expectThumbnails(page: Page) {
  const photos = page.locator('li[data-kind="photo"]');
  const n = await photos.count();
  expect(n).toBeGreaterThan(0);
  const thumbs = page.getByTestId('result-thumb');
  expect(await thumbs.count()).toBe(n);
  for (const img of await thumbs.all()) {
    await img.scrollIntoViewIfNeeded();
    const t = await img.evaluate((el: HTMLImageElement) => ({
      alt: el.getAttribute('alt'),
      loading: el.getAttribute('loading'),
      width: el.getAttribute('width'),
      height: Number(el.getAttribute('height')),
      src: el.getAttribute('src') ?? '',
      box: el.getBoundingClientRect().width,
      boxHeight: el.getBoundingClientRect().height,
    }));
    // decorative beside its caption link, lazy, sized in the HTML (no shift), the site's own file
    expect(t).toMatchObject({ alt: '', loading: 'lazy', width: '64', box: 64 });
    expect(t.height).toBeGreaterThan(20);
    // drawn at its own size: not stretched to the height of the result beside it
    expect(Math.abs(t.boxHeight - t.height)).toBeLessThan(1);
    expect(decodeURIComponent(t.src)).toMatch(/url=\/photos\/[a-z0-9-]+\.jpg/);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
}

const passageLinks = (page: Page) =>
  page.locator('li[data-kind="passage"] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

describe('search without JavaScript (server-rendered GET)', () => {
  it.each([
    ['zh', '苜蓿', ['industries']],
    ['zh', '中草药', ['industries']],
    ['zh', '整山整沟', ['restoration']],
    ['zh', '13万亩', ['targets']],
    ['en', 'alfalfa', ['industries']],
    ['en', 'terraces', ['restoration']],
    ['en', 'hydrogen', ['industries', 'targets']],
  ])('/%s/search?q=%s links first to a passage in %j', async (locale, q, sections) => {
    const page = await noJs.newPage();
    const res = await page.goto(searchUrl(locale, q));
    expect(res?.status()).toBe(200);
    const links = await passageLinks(page);
    expect(links.length).toBeGreaterThan(0);
    const [, section] = /^\/(?:zh|en)\/([a-z]+)#[a-z0-9-]+$/.exec(links[0]!) ?? [];
    expect(sections).toContain(section);
    // the hit is marked in the first result and the query is echoed in the count
    expect(await page.locator('li[data-kind="passage"]').first().locator('mark').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('result-count').textContent()).toContain(q);
    await page.close();
  });

  it('the form works as a plain GET: type, press Enter, get a results page', async () => {
    const page = await noJs.newPage();
    await page.goto(`${origin}/zh/search`);
    await page.locator('main form[role="search"] input[name="q"]').fill('苜蓿');
    await Promise.all([page.waitForURL(/\/zh\/search\?q=/), page.keyboard.press('Enter')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=苜蓿');
    expect((await passageLinks(page))[0]).toMatch(/^\/zh\/industries#/);
    await page.close();
  });

  it('a query of HTML is shown as text, not turned into an element', async () => {
    const q = '<img src=x onerror=alert(1)>';
    const body = await (await fetch(searchUrl('en', q))).text();
    expect(body).not.toContain('<img src=x');
    const page = await noJs.newPage();
    await page.goto(searchUrl('en', q));
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.getByTestId('result-count').textContent()).toContain(q);
    expect(await page.locator('main input[name="q"]').inputValue()).toBe(q);
    await page.close();
  });

  it('a 5,000-character query is cut, and the page says so', async () => {
    const q = 'mine '.repeat(1000);
    const page = await noJs.newPage();
    const res = await page.goto(searchUrl('en', q));
    expect(res?.status()).toBe(200);
    const value = await page.locator('main input[name="q"]').inputValue();
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThanOrEqual(100);
    await expect.poll(() => page.getByTestId('truncated').isVisible()).toBe(true);
    await page.close();
  });

  it('no hits: says so and suggests glossary terms and the three sections', async () => {
    const page = await noJs.newPage();
    await page.goto(searchUrl('en', 'qwertyzzz'));
    expect(await page.getByTestId('result-count').textContent()).toContain('Nothing found for “qwertyzzz”');
    const hrefs = await page
      .getByTestId('suggestions')
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => /^\/en\/glossary\/[a-z0-9-]+$/.test(h ?? '')).length).toBeGreaterThanOrEqual(3);
    expect(hrefs).toEqual(expect.arrayContaining(['/en/restoration', '/en/industries', '/en/targets']));
    await page.close();
  });

  it('one result per section heading, the other passages under it behind a native "more" (solar)', async () => {
    // Negative control: the same check on the index's own ranking (before folding) finds the repeats the reader
    // used to get ("Under the panels" five times).
    const raw = search(builtIndex('en'), 'solar', { limit: 40 }).filter((r) => r.kind === 'passage');
    expect(repeatedTitles(raw).length).toBeGreaterThan(0);

    const page = await noJs.newPage();
    await page.goto(searchUrl('en', 'solar'));
    const shown = await shownPassages(page);
    expect(repeatedTitles(shown)).toEqual([]);
    // nothing lost: every passage the index found is either a result or one of its "more" links
    const urls = shown.flatMap((r) => r.more);
    const heads = await passageLinks(page);
    expect(new Set([...heads, ...urls])).toEqual(new Set(raw.map((r) => r.url)));
    const folded = page.getByTestId('more-passages').first();
    expect(await folded.locator('summary').textContent()).toMatch(/^\d+ more passages? in this section$/);
    // without JavaScript the summary opens the list, and its links go to the passages
    expect(await folded.locator('li a').first().isVisible()).toBe(false);
    await folded.locator('summary').click();
    expect(await folded.locator('li a').first().isVisible()).toBe(true);
    await expectThumbnails(page);
    await page.close();
  });

  it('result pages are noindex; the empty page is not an error', async () => {
    const body = await (await fetch(searchUrl('zh', '苜蓿'))).text();
    expect(meta(parse(body), 'robots')).toBe('noindex, follow');
    expect((await fetch(`${origin}/zh/search`)).status).toBe(200);
    expect((await fetch(`${origin}/zh/search?q=a&q=b`)).status).toBe(200);
  });
});

describe('search with JavaScript', () => {
  /** What keeps a page's scripts from loading after the page: a script tag in the HTML, or no loader under `nonce`. */
  const notDeferred = (html: string, nonce: string | undefined) => [
    ...(nonce ? [] : ['the policy has no nonce']),
    ...(/<script src="[^"]+" async=""/.test(html) ? ['a script tag loads before the page'] : []),
    ...(/<script data-scripts='[^']*' nonce="([^"]+)">/.exec(html)?.[1] === nonce ? [] : ['no loader under the response nonce']),
  ];
  it('a results page loads its scripts after the page (the defer loader, under the response nonce), on a miss and a hit', async () => {
    const url = `${origin}/en/search?q=${encodeURIComponent(`loader check ${Date.now()}`)}`;
    for (const pass of ['miss', 'hit']) {
      const res = await fetch(url);
      const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
      expect(notDeferred(await res.text(), nonce), pass).toEqual([]);
    }
    // Control: Next's own tags, as it writes them on a page rendered on request, are reported.
    const raw = `<head><script src="/_next/static/chunks/a.js" async="" nonce="abc"></script></head>`;
    expect(notDeferred(raw, 'abc')).toEqual(['a script tag loads before the page', 'no loader under the response nonce']);
  });

  it('typing shows results without loading a page, and keeps the URL in sync', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${origin}/zh/search`);
    await page.evaluate(() => ((window as unknown as { stay: number }).stay = 1));
    await page.locator('main input[name="q"]').pressSequentially('整山整沟', { delay: 30 });
    await page.locator('li[data-kind="passage"]').first().waitFor();
    expect((await passageLinks(page))[0]).toMatch(/^\/zh\/restoration#/);
    expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay)).toBe(1); // same document
    await expect.poll(() => decodeURIComponent(new URL(page.url()).search)).toBe('?q=整山整沟');
    await expect.poll(() => page.getByTestId('result-count').textContent()).toMatch(/整山整沟.*\d+ 条结果/);
    await context.close();
  });

  it('what a reader types before the scripts arrive is searched once they do', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const scripts = await holdScripts(page);
    // Not `load`: a page rendered on request may carry its scripts in the head, and the load event waits for them.
    await page.goto(`${origin}/zh/search`, { waitUntil: 'domcontentloaded' });
    await page.locator('main input[name="q"]').pressSequentially('整山整沟', { delay: 30 });
    await expect.poll(scripts.held, { message: 'the page asked for its scripts' }).toBeGreaterThan(0);
    // Control: while the scripts are held, the typed text has found nothing, so what follows is hydration's doing.
    expect(await page.locator('li[data-kind="passage"]').count()).toBe(0);
    await scripts.release();
    await hydrated(page);
    await page.locator('li[data-kind="passage"]').first().waitFor();
    expect((await passageLinks(page))[0]).toMatch(/^\/zh\/restoration#/);
    await expect.poll(() => decodeURIComponent(new URL(page.url()).search)).toBe('?q=整山整沟');
    await context.close();
  });

  it('typed results are folded by section heading and show thumbnails too', async () => {
    const context = await browser.newContext(desktop);
    const page = await context.newPage();
    await page.goto(`${origin}/en/search`);
    await hydrated(page);
    await page.locator('main input[name="q"]').pressSequentially('solar', { delay: 30 });
    await page.locator('li[data-kind="photo"]').first().waitFor();
    expect(repeatedTitles(await shownPassages(page))).toEqual([]);
    expect(await page.getByTestId('more-passages').count()).toBeGreaterThan(0);
    await expectThumbnails(page);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with results (%s)', async (colorScheme) => {
    const context = await browser.newContext({ ...desktop, colorScheme });
    const page = await context.newPage();
    await page.goto(searchUrl('en', 'solar'));
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await context.close();
  });
});

describe('sitemap and robots', () => {
  it('lists every page of both locales with hreflang alternates, and every URL answers 200', async () => {
    const xml = await (await fetch(`${origin}/sitemap.xml`)).text();
    const $ = parseXml(xml);
    const entries = $('url').toArray();
    expect(entries.length).toBeGreaterThanOrEqual(20);
    for (const e of entries) {
      const langs = $(e)
        .find('xhtml\\:link[rel="alternate"]')
        .map((_, l) => $(l).attr('hreflang'))
        .get();
      expect(langs).toEqual(expect.arrayContaining(['zh-Hans', 'en', 'x-default']));
      expect($(e).find('lastmod').text()).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
    const locs = entries.map((e) => $(e).find('loc').text());
    for (const loc of locs) expect(loc).toMatch(/^https?:\/\//);
    for (const section of ['restoration', 'industries', 'targets'])
      for (const path of [`/zh/${section}`, `/en/${section}/parallel`]) expect(locs.some((l) => l.endsWith(path))).toBe(true);
    const failing: string[] = [];
    for (const loc of locs) {
      const res = await fetch(origin + new URL(loc).pathname, { redirect: 'manual' });
      if (res.status !== 200) failing.push(`${res.status} ${new URL(loc).pathname}`);
    }
    expect(failing).toEqual([]);
  });

  it('robots.txt allows all, names the sitemap and keeps crawlers out of result pages', async () => {
    const txt = await (await fetch(`${origin}/robots.txt`)).text();
    expect(txt).toMatch(/^Allow: \/$/m);
    expect(txt).toMatch(/^Disallow: \/\*\/search\?$/m);
    expect(txt).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
  });
});

describe('feeds', () => {
  const parser = new Parser();
  it.each(['zh', 'en'])('%s: feed.xml (RSS 2.0) and atom.xml (Atom) parse, with one item per section', async (locale) => {
    for (const file of ['feed.xml', 'atom.xml']) {
      const res = await fetch(`${origin}/${locale}/${file}`);
      expect(res.headers.get('content-type')).toMatch(file === 'feed.xml' ? /application\/rss\+xml/ : /application\/atom\+xml/);
      const feed = await parser.parseString(await res.text());
      expect(feed.items.length).toBeGreaterThanOrEqual(3);
      for (const item of feed.items) {
        expect(item.link).toMatch(new RegExp(`^https?://[^/]+/${locale}/(restoration|industries|targets)$`));
        expect(item.guid ?? item.id).toBe(item.link);
        expect(item.isoDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect((item.contentSnippet ?? item.summary ?? '').length).toBeGreaterThan(20);
      }
    }
  });
  it('pages advertise the feed', async () => {
    const body = await (await fetch(`${origin}/en/restoration`)).text();
    const feeds = parse(body)('link[rel="alternate"][type="application/rss+xml"]')
      .map((_, el) => new URL(parse(body)(el).attr('href') ?? '', 'http://x').pathname)
      .get();
    expect(feeds).toContain('/en/feed.xml');
  });
});

describe('stable URLs', () => {
  it.each([
    ['/zh/industry', '/zh/industries'],
    ['/en/goals', '/en/targets'],
  ])('%s answers 308 to %s', async (from, to) => {
    const res = await fetch(origin + from, { redirect: 'manual' });
    expect(res.status).toBe(308);
    expect(new URL(res.headers.get('location')!, origin).pathname).toBe(to);
  });
});

describe('structured data, manifest and icons', () => {
  const jsonLd = async (path: string) => {
    const body = await (await fetch(origin + path)).text();
    return jsonLdBlocks(parse(body)).filter((b): b is Record<string, unknown> => !(b instanceof Error));
  };
  it('home has WebSite with a SearchAction; articles and search have BreadcrumbList', async () => {
    const home = await jsonLd('/en');
    const site = home.find((d) => d['@type'] === 'WebSite') as { potentialAction: { target: { urlTemplate: string } } } | undefined;
    expect(site?.potentialAction.target.urlTemplate).toMatch(/\/en\/search\?q=\{search_term_string\}$/);
    for (const path of ['/zh/restoration', '/en/search'])
      expect((await jsonLd(path)).some((d) => d['@type'] === 'BreadcrumbList')).toBe(true);
  });
  it('serves the manifest, the favicon and the icons it names', async () => {
    const manifest = (await (await fetch(`${origin}/manifest.webmanifest`)).json()) as { start_url: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe('/zh');
    for (const path of ['/favicon.ico', ...manifest.icons.map((i) => i.src)]) {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^image\//);
    }
  });
});
