import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import zhStory from '../../content/messages/zh/story.json';
import enStory from '../../content/messages/en/story.json';
import { mapBase } from '@/lib/map';
import { mapCss, mapFontStacks } from '@/lib/map/style';
import { mapSvg, mapWordKeys, type MapWords } from './MapDrawing';

const words = (map: Record<string, string>) => Object.fromEntries(mapWordKeys.map((k) => [k, map[k]!])) as MapWords;
const story = { zh: words(zhStory.map), en: words(enStory.map) };
const xml = (svg: string) => cheerio.load(svg, { xml: true });

describe('the locator map as an SVG file', () => {
  for (const locale of ['zh', 'en'] as const)
    it(`${locale}: a standalone SVG document with its language, title, fonts and every place drawn`, async () => {
      const svg = await mapSvg(locale, story[locale]);
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      const $ = xml(svg);
      const root = $('svg');
      expect(root.attr('lang')).toBe(locale === 'zh' ? 'zh-Hans' : 'en');
      expect(root.attr('xml:lang')).toBe(root.attr('lang'));
      expect(root.attr('viewBox')).toBe(`0 0 ${mapBase.width} ${mapBase.height}`);
      expect(root.attr('font-family')).toBe(mapFontStacks[locale]);
      expect($('svg > title').text()).toBe(story[locale].svgLabel);
      expect($('svg > style').text()).toBe(mapCss(locale));
      const drawn = $('g[data-place]')
        .toArray()
        .map((g) => $(g).attr('data-place'));
      expect(drawn.sort()).toEqual([...mapBase.cities, ...mapBase.sites].map((p) => p.id).sort());
      for (const id of drawn) expect($(`g[data-place="${id}"] > text`).text().trim(), id).not.toBe('');
      // Nothing is fetched: no href, no url() in the stylesheet, no web font.
      expect(svg).not.toMatch(/\bhref=|url\(/);
    });

  it('escapes the words it is given (negative control: raw markup would become elements)', async () => {
    const svg = await mapSvg('en', { ...story.en, river: 'Yellow <tspan>River</tspan> & "Co"', svgLabel: 'A < B' });
    const $ = xml(svg);
    expect($('text.river-label tspan').length).toBe(0);
    expect($('text.river-label').text()).toBe('Yellow <tspan>River</tspan> & "Co"');
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
