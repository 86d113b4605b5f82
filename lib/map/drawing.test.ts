import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import zhStory from '../../content/messages/zh/story.json';
import enStory from '../../content/messages/en/story.json';
import { loadMap } from '@/lib/content/map';
import { boundaryProblems } from '@/lib/testing/gates/map-boundary';
import { mapCss, mapFontStacks } from '@/lib/map/style';
import { mapSize as sizeOf, mapSvg as drawMap, mapViews, mapWordKeys, type MapWords } from './drawing';
import { labelProblems, textBoxes, widthOf } from '@/lib/testing/gates/map-labels';

const words = (map: Record<string, string>) => Object.fromEntries(mapWordKeys.map((k) => [k, map[k]!])) as MapWords;
const story = { zh: words(zhStory.map), en: words(enStory.map) };
const xml = (svg: string) => cheerio.load(svg, { xml: true });
const map = loadMap(path.join(process.cwd(), 'content'));
const mapBase = map.base;
const mapSize = sizeOf(mapBase);
const mapSvg = async (locale: 'zh' | 'en', w: MapWords) => drawMap(locale, w, map);

describe('the locator map as an SVG file', () => {
  for (const locale of ['zh', 'en'] as const)
    it(`${locale}: a standalone SVG document with its language, title, fonts and every place drawn`, async () => {
      const svg = await mapSvg(locale, story[locale]);
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      const $ = xml(svg);
      const root = $('svg').first();
      expect(root.attr('lang')).toBe(locale === 'zh' ? 'zh-Hans' : 'en');
      expect(root.attr('xml:lang')).toBe(root.attr('lang'));
      expect(root.attr('viewBox')).toBe(`0 0 ${mapSize.width} ${mapSize.height}`);
      expect(root.attr('font-family')).toBe(mapFontStacks[locale]);
      expect($('svg > title').text()).toBe(story[locale].svgLabel);
      expect($('svg > style').text()).toBe(mapCss(locale));
      const drawn = $('g[data-place]')
        .toArray()
        .map((g) => $(g).attr('data-place'));
      expect(drawn.sort()).toEqual([...mapBase.cities, ...mapBase.sites, ...mapBase.overview.cities].map((p) => p.id).sort());
      for (const id of drawn) expect($(`g[data-place="${id}"] > text`).text().trim(), id).not.toBe('');
      // Two panels: the river's whole course with Beijing, and the bend's corner; the banner is named on both.
      expect(
        $('[data-panel]')
          .toArray()
          .map((p) => $(p).attr('data-panel')),
      ).toEqual(['overview', 'region']);
      expect($('[data-panel="overview"] g[data-place="overview-beijing"] text').text()).toBe(locale === 'zh' ? '北京' : 'Beijing');
      expect($('[data-banner]').length).toBe(2);
      // Nothing is fetched: no href, no url() in the stylesheet, no web font.
      expect(svg).not.toMatch(/\bhref=|url\(/);
    });

  it('labels are at least 16 units: 13 px or more when the 420-unit drawing fills a 390 px phone’s column (about 358 px)', async () => {
    const $ = xml(await mapSvg('en', story.en));
    expect(mapSize.width).toBeLessThanOrEqual(420);
    const sizes = $('text, tspan')
      .toArray()
      .map((t) => Number($(t).attr('font-size') ?? $(t).closest('[font-size]').attr('font-size')));
    expect(sizes.every((s) => s >= 16)).toBe(true);
    expect(Math.min(...sizes) * (358 / mapSize.width)).toBeGreaterThanOrEqual(13);
  });

  it('the Yellow River is drawn over the banner’s area and named beside it; each panel is a view of its own', async () => {
    for (const locale of ['zh', 'en'] as const) {
      const $ = xml(await mapSvg(locale, story[locale]));
      const region = $('[data-panel="region"]');
      const order = region.children().toArray();
      const banner = order.findIndex((e) => $(e).is('ellipse.banner'));
      const river = order.findIndex((e) => $(e).find('[data-river="huang"]').length > 0);
      expect(banner, 'the banner oval is drawn').toBeGreaterThan(-1);
      expect(river, 'the Yellow River comes after (over) the banner').toBeGreaterThan(banner);
      expect(region.find('[data-river-label="banner"]').text()).toBe(story[locale].river);
      // The views: the overview's box starts at the top; the region's ends at the bottom of the drawing.
      const views = mapViews(mapBase);
      for (const id of ['overview', 'region'] as const) {
        const v = views[id];
        expect($(`svg > view#${id}`).attr('viewBox')).toBe(`${v.x} ${v.y} ${v.width} ${v.height}`);
      }
      expect(views.region.y + views.region.height).toBe(mapSize.height);
      expect(views.overview.y).toBe(0);
    }
  });

  it('draws no boundary: only river, lake, city and furniture layers, no closed line, no coastline', async () => {
    for (const locale of ['zh', 'en'] as const) expect(boundaryProblems(await mapSvg(locale, story[locale]))).toEqual([]);
    // The data it is drawn from holds rivers and lakes only (lib/map/build.ts reads no boundary or coastline layer).
    expect(Object.keys(mapBase.overview).sort()).toEqual(['banner', 'cities', 'frame', 'height', 'lakes', 'regionKey', 'rivers', 'width']);
  });

  it('the boundary check reports a boundary layer, an unknown layer and a closed line (negative controls)', async () => {
    const svg = await mapSvg('en', story.en);
    const add = (el: string) => svg.replace('</svg>\n', `${el}</svg>\n`);
    expect(boundaryProblems(add('<path class="admin-boundary" d="M0 0L100 0L100 100"/>'))).toContain(
      '<path class="admin-boundary"> names a boundary layer',
    );
    expect(
      boundaryProblems(add('<g data-layer="ne_50m_admin_1_states_provinces_lines"><path class="river" d="M0 0L9 9"/></g>')).length,
    ).toBe(1);
    expect(boundaryProblems(add('<path d="M0 0L100 0L100 100"/>'))[0]).toMatch(/not one of the map's layers/);
    expect(boundaryProblems(add('<path class="river" d="M10 10L200 10L200 200L10 10"/>'))[0]).toMatch(/closes on itself/);
    expect(boundaryProblems(add('<path class="yellow-river" d="M10 10L200 10Z"/>'))[0]).toMatch(/closes on itself/);
  });

  it('escapes the words it is given (negative control: raw markup would become elements)', async () => {
    const svg = await mapSvg('en', { ...story.en, river: 'Yellow <tspan>River</tspan> & "Co"', svgLabel: 'A < B' });
    const $ = xml(svg);
    expect($('text.river-label tspan').length).toBe(0);
    expect($('text.river-label').text()).toContain('Yellow <tspan>River</tspan> & "Co"');
    expect($('svg > title').text()).toBe('A < B');
  });

  it('every class the drawing paints with has its dark colour, and no other rule is needed', async () => {
    const $ = xml(await mapSvg('zh', story.zh));
    const used = new Set(
      $('[class]')
        .toArray()
        .flatMap((el) => ($(el).attr('class') ?? '').split(/\s+/)),
    );
    const dark = /@media \(prefers-color-scheme:dark\)\{(.*)\}$/.exec(mapCss('zh'))?.[1] ?? '';
    const styled = new Set([...dark.matchAll(/\.([\w-]+)\{/g)].map((m) => m[1]));
    expect([...used].filter((c) => !styled.has(c))).toEqual([]);
    // Each painted element carries its light colour itself (the file needs no CSS for the light scheme).
    for (const el of $('[class]').toArray()) expect($(el).attr('fill') ?? $(el).attr('stroke'), $(el).attr('class')).toBeTruthy();
  });

  it('the font stacks are the site’s (app/globals.css)', () => {
    const css = readFileSync(path.join(import.meta.dirname, '../../app/globals.css'), 'utf8').replace(/\s+/g, ' ');
    const latin = /--latin-sans: ([^;]+);/.exec(css)?.[1];
    const zh = /:lang\(zh\) \{ --font-sans: ([^;]+);/.exec(css)?.[1];
    expect(mapFontStacks.en).toBe(latin);
    expect(mapFontStacks.zh).toBe(zh);
    // The English file declares the punctuation alias it names, with the same local() faces as the site.
    const alias = /@font-face \{ font-family: 'Latin Punctuation Sans'; src: ([^;]+);/.exec(css)?.[1]?.replace(/, /g, ',');
    expect(alias).toBeTruthy();
    expect(mapCss('en')).toContain(`src:${alias}`);
    expect(mapCss('zh')).not.toContain('@font-face');
  });
});

describe('the locator map’s words', () => {
  for (const locale of ['zh', 'en'] as const)
    it(`${locale}: no label overlaps another or runs past its panel`, async () => {
      expect(labelProblems(await mapSvg(locale, story[locale]))).toEqual([]);
    });

  it('the check reports Taiyuan east of its dot, over "Bohai Sea", and past the regional panel (negative control)', () => {
    const east = <T extends { id: string }>(c: T): T => (c.id.endsWith('taiyuan') ? Object.assign({}, c, { labelAt: 'e' as const }) : c);
    const moved = {
      ...map,
      base: { ...mapBase, cities: mapBase.cities.map(east), overview: { ...mapBase.overview, cities: mapBase.overview.cities.map(east) } },
    };
    const problems = labelProblems(drawMap('en', story.en, moved));
    expect(problems.filter((p) => p.startsWith('overview:') && p.includes('"Taiyuan"') && p.includes('"Bohai Sea"'))).toHaveLength(1);
    expect(problems).toContain('region: "Taiyuan" runs past the panel\'s edge');
  });

  it('measures a two-line label line by line, and Han characters a full em each', () => {
    const $ = xml(
      '<svg><g data-panel="p"><text x="100" y="50" font-size="16" text-anchor="middle">鄂尔多斯<tspan x="100" dy="19">bend</tspan></text></g></svg>',
    );
    const [first, second] = textBoxes($, $('[data-panel]')[0]!);
    expect(first).toMatchObject({ text: '鄂尔多斯', left: 68, right: 132 });
    expect(second?.top).toBeGreaterThan(first!.bottom - 4);
    expect(widthOf('Taiyuan', 16)).toBeGreaterThan(62); // wider than Chromium sets it (62 px): boxes err large
  });
});
