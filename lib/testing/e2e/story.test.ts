import AxeBuilder from '@axe-core/playwright';
import * as cheerio from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { parse, type Doc } from '../gates/parse';
import { sharedBrowser } from './browser';
import { boundaryProblems } from '@/lib/testing/gates/map-boundary';

const locales = ['zh', 'en'] as const;
const pages = ['', '/restoration', '/industries', '/targets'] as const;
const screens: Record<string, BrowserContextOptions> = {
  '390×844': { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  '1440×900': { viewport: { width: 1440, height: 900 } },
};

const browser = sharedBrowser();

const open = (options: BrowserContextOptions, path: string) => browser.open(path, { context: options });

/**
 * What a reader sees on arrival: the share of the first screen covered by pictures (the union of the visible
 * parts of every <img>, sampled on an 8 px grid) and whether the h1 is wholly inside the viewport.
 */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    const vw = innerWidth;
    const vh = innerHeight;
    const boxes = [...document.querySelectorAll('img')]
      .filter((img) => getComputedStyle(img).visibility !== 'hidden')
      .map((img) => img.getBoundingClientRect());
    let hit = 0;
    let all = 0;
    for (let y = 4; y < vh; y += 8)
      for (let x = 4; x < vw; x += 8) {
        all++;
        if (boxes.some((b) => x >= b.left && x < b.right && y >= b.top && y < b.bottom)) hit++;
      }
    const h1 = document.querySelector('h1')?.getBoundingClientRect();
    const h1Visible = !!h1 && h1.height > 0 && h1.top >= 0 && h1.left >= 0 && h1.bottom <= vh && h1.right <= vw;
    return { pictures: hit / all, h1Visible };
  });
}

describe('first screen', () => {
  it('the measurement reports a text-only first screen and an h1 below the fold (negative control)', async () => {
    const context = await browser.newContext(screens['390×844']!);
    const page = await context.newPage();
    await page.setContent(
      '<meta name="viewport" content="width=device-width"><body style="margin:0"><p style="height:1200px">Words only.</p><img alt="" style="width:100px;height:50px;display:block"><h1>Late headline</h1></body>',
    );
    const seen = await firstScreen(page);
    expect(seen.pictures).toBeLessThan(0.3);
    expect(seen.h1Visible).toBe(false);
    await context.close();
  });

  for (const [size, options] of Object.entries(screens))
    for (const locale of locales)
      for (const path of pages)
        it(`/${locale}${path} at ${size}: pictures cover ≥ 30 % of the first screen and the h1 is fully on it`, async () => {
          const page = await open(options, `/${locale}${path}`);
          const seen = await firstScreen(page);
          expect(seen.h1Visible, 'h1 fully on the first screen').toBe(true);
          expect(seen.pictures, 'share of the first screen that is picture').toBeGreaterThanOrEqual(0.3);
          await page.context().close();
        });
});

describe('map, charts and before/after pairs', () => {
  for (const locale of locales) {
    it(`/${locale}: each graphic has a text equivalent, and axe finds nothing in them`, async () => {
      const page = await open(screens['1440×900']!, `/${locale}`);
      // The map: a drawing with a name, and a description (aria-describedby) that says in words where the banner is.
      // The drawing is an SVG file behind an <img> (app/[locale]/map.svg), not inline in the page.
      const map = page.locator('figure[data-graphic="map"]');
      expect(
        await map.locator('svg:not([aria-hidden="true"])').count(),
        'no inline SVG drawing in the map figure (only its link’s icon)',
      ).toBe(0);
      const img = map.locator('img');
      expect(await img.count()).toBe(1);
      expect((await img.getAttribute('alt'))?.trim()).toBeTruthy();
      expect(await img.getAttribute('loading')).toBe('lazy');
      // Its width and height reserve its box before the file arrives, in the drawing's proportions.
      const [width, height] = [Number(await img.getAttribute('width')), Number(await img.getAttribute('height'))];
      expect(width).toBeGreaterThan(0);
      expect(height).toBeGreaterThan(0);
      const box = await img.evaluate((i) => i.getBoundingClientRect().toJSON() as DOMRect);
      expect(Math.abs(box.height / box.width - height / width), 'box in the drawing’s proportions before it loads').toBeLessThan(0.02);
      // It loads (lazily, once near the viewport) and decodes: a malformed SVG file never gets a natural width.
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
      expect(await img.evaluate((i: HTMLImageElement) => [i.naturalWidth, i.naturalHeight])).toEqual([width, height]);
      const xmlError = await img.evaluate(async (i: HTMLImageElement) => {
        const doc = new DOMParser().parseFromString(await (await fetch(i.src)).text(), 'image/svg+xml');
        return doc.querySelector('parsererror')?.textContent ?? (doc.documentElement.localName === 'svg' ? null : 'no <svg> root');
      });
      expect(xmlError, 'the SVG file is well-formed XML').toBeNull();
      const described = await map.getAttribute('aria-describedby');
      expect((await page.locator(`[id="${described}"]`).innerText()).length).toBeGreaterThan(120);
      // The scale drawing: its numbers as a table, each linked to where it comes from.
      const chart = page.locator('figure[data-graphic="chart"]');
      expect(await chart.locator('table td a').count()).toBeGreaterThanOrEqual(2);
      // Before/after: each pair captions both halves.
      const pairs = page.locator('figure[data-compare]');
      expect(await pairs.count()).toBeGreaterThanOrEqual(3);
      for (const pair of await pairs.all()) {
        expect(await pair.locator('img').count()).toBe(2);
        expect(await pair.locator('img').first().getAttribute('alt')).toBeTruthy();
        expect(await pair.locator('figcaption strong').count()).toBe(2);
      }
      const axe = await new AxeBuilder({ page })
        .include('[data-graphic]')
        .include('[data-compare]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    });
  }

  for (const locale of locales)
    for (const path of ['', '/restoration'])
      it(`/${locale}${path}: every place the map draws is named in its text alternative, with its source`, async () => {
        const origin = inject('origin');
        const $ = parse(await (await fetch(`${origin}/${locale}${path}`)).text());
        // The drawing the page shows: the SVG file its <img> points to.
        const src = $('figure[data-graphic="map"] img').attr('src');
        expect(src).toBe(`/${locale}/map.svg`);
        const res = await fetch(new URL(src!, origin));
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml\b/);
        const drawing = parseSvg(await res.text());
        expect(drawing('svg').attr('lang'), 'the drawing’s language is the page’s').toBe($('html').attr('lang'));
        expect(drawing('svg > title').text().trim()).toBeTruthy();
        const drawn = mapPlaceProblems($, drawing);
        expect(drawn.problems).toEqual([]);
        // The towns the articles name: the banner's seat is drawn.
        expect(drawn.ids).toContain('xuejiawan');
      });

  for (const locale of locales)
    it(`/${locale}/map.svg names Beijing in the page's language and draws no boundary; the figure links to it full size`, async () => {
      const origin = inject('origin');
      const svg = await (await fetch(`${origin}/${locale}/map.svg`)).text();
      const drawing = parseSvg(svg);
      expect(drawing('[data-panel="overview"] g[data-place="overview-beijing"] text').text()).toBe(locale === 'zh' ? '北京' : 'Beijing');
      expect(drawing('[data-panel="overview"] [data-river="huang"]').length, 'the Yellow River on the overview').toBeGreaterThan(0);
      expect(boundaryProblems(svg)).toEqual([]);
      // Negative control: the same file with a province-boundary layer added is reported.
      const withBoundary = svg.replace('</svg>\n', '<g class="admin-1-boundary"><path class="river" d="M10 10L90 90"/></g></svg>\n');
      expect(boundaryProblems(withBoundary).length).toBeGreaterThan(0);
      // Tap or click enlarges it: the drawing is a link to the file itself, which fills the window on its own.
      const $ = parse(await (await fetch(`${origin}/${locale}`)).text());
      expect($('figure[data-graphic="map"] a[data-map-enlarge]').attr('href')).toBe(`/${locale}/map.svg`);
      const page = await open(screens['1440×900']!, `/${locale}/map.svg`);
      const box = await page.evaluate(() => document.documentElement.getBoundingClientRect().toJSON() as DOMRect);
      expect([box.width, box.height]).toEqual([1440, 900]);
      await page.context().close();
    });

  for (const [path, width] of [
    ['/zh', 390],
    ['/zh/restoration', 390],
    ['/zh/restoration', 768],
    ['/en/restoration', 1024],
  ] as const)
    it(`${path}: the locator map’s labels are 13 px or more at ${width} px`, async () => {
      const page = await open(width === 390 ? screens['390×844']! : { viewport: { width, height: 900 } }, path);
      const img = page.locator('figure[data-graphic="map"] img');
      await img.scrollIntoViewIfNeeded();
      const shown = await img.evaluate((i: HTMLImageElement) => i.getBoundingClientRect().width);
      const svg = await (await fetch(`${inject('origin')}/${path.split('/')[1]}/map.svg`)).text();
      const drawing = parseSvg(svg);
      const viewWidth = Number(drawing('svg').first().attr('viewBox')!.split(' ')[2]);
      const smallest = Math.min(
        ...drawing('text, tspan')
          .toArray()
          .map((t) => Number(drawing(t).closest('[font-size]').attr('font-size'))),
      );
      expect(smallest * (shown / viewWidth)).toBeGreaterThanOrEqual(13);
      await page.context().close();
    });

  it('the map check reports a drawn place the text leaves out, one without a source, one listed but not drawn, and an empty drawing (negative control)', () => {
    const $ = parse(
      '<figure data-graphic="map" aria-describedby="t"><img src="/x/map.svg" alt="Map">' +
        '<div id="t"><ul><li data-place="a">Alpha: 39° N. Somewhere.</li><li data-place="c">Gamma: Natural Earth.</li></ul></div></figure>',
    );
    const drawing = parseSvg(
      '<svg xmlns="http://www.w3.org/2000/svg"><g data-place="a"><text>Alpha</text></g><g data-place="b"><text>Beta</text></g></svg>',
    );
    expect(mapPlaceProblems($, drawing).problems).toEqual([
      '"a" (Alpha): no source named or linked',
      '"b" (Beta) is drawn but the text alternative does not list it',
      '"c" is listed as placed but not drawn',
    ]);
    // And an empty drawing (the file failed, or draws nothing) is a problem, not a pass.
    expect(mapPlaceProblems($, parseSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).problems).toContain('the map draws no places');
  });

  it('/en/restoration opens with the locator map', async () => {
    const page = await open(screens['390×844']!, '/en/restoration');
    expect(await page.locator('figure[data-graphic="map"] img[src="/en/map.svg"]').count()).toBe(1);
    await page.context().close();
  });

  it('without JavaScript a pair is two labelled pictures side by side; with it, a slider the keyboard moves', async () => {
    const noJs = await open({ ...screens['1440×900'], javaScriptEnabled: false }, '/en');
    const pair = noJs.locator('figure[data-compare]').first();
    expect(await pair.locator('input[type="range"]').count()).toBe(0);
    const [a, b] = await pair.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getBoundingClientRect().left));
    expect(b! - a!, 'after sits beside before').toBeGreaterThan(50);
    await noJs.context().close();

    const page = await open(screens['1440×900']!, '/en');
    const slider = page.locator('figure[data-compare] input[type="range"]').first();
    await slider.waitFor();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const figure = page.locator('figure[data-compare]').first();
    expect(await figure.evaluate((el) => el.style.getPropertyValue('--compare'))).toBe('52%');
    const [c, d] = await figure.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getBoundingClientRect().left));
    expect(d, 'stacked: both pictures in one place').toBe(c);
    await page.context().close();
  });
});

/** An SVG file as XML (cheerio's XML mode: no HTML parsing rules, case kept). */
function parseSvg(svg: string): Doc {
  return cheerio.load(svg, { xml: true });
}

/**
 * The locator map's drawn places (`g[data-place]` in the SVG file its <img> shows) against its text alternative
 * (the element the page's figure names with aria-describedby): each drawn place is listed there (`li[data-place]`)
 * under the name the drawing shows, with a source (Natural Earth, or a link to where its coordinate is
 * published), and the list places nothing the drawing does not.
 */
function mapPlaceProblems($: Doc, drawing: Doc): { ids: string[]; problems: string[] } {
  const figure = $('figure[data-graphic="map"]').first();
  const text = $(`[id="${figure.attr('aria-describedby')}"]`);
  const problems: string[] = [];
  const ids = drawing('svg g[data-place]')
    .toArray()
    .map((g) => drawing(g).attr('data-place')!);
  if (ids.length === 0) problems.push('the map draws no places');
  for (const id of ids) {
    const label = drawing(`svg g[data-place="${id}"] text`).text().trim();
    const item = text.find(`li[data-place~="${id}"]`);
    if (!item.length) problems.push(`"${id}" (${label}) is drawn but the text alternative does not list it`);
    else if (!item.text().includes(label)) problems.push(`"${id}": the text alternative does not name it "${label}"`);
    else if (!/Natural Earth/.test(item.text()) && !item.find('a[href^="https://"]').length)
      problems.push(`"${id}" (${label}): no source named or linked`);
  }
  for (const li of text.find('li[data-place]').toArray())
    for (const id of $(li).attr('data-place')!.split(/\s+/))
      if (!ids.includes(id)) problems.push(`"${id}" is listed as placed but not drawn`);
  return { ids, problems };
}
