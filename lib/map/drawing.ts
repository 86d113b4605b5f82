/**
 * The locator map as an SVG file, written as text (SVG is XML: every attribute value and text is escaped with
 * lib/text/escape.ts's escapeXml). Served per locale by app/[locale]/map.svg and shown by an <img>
 * (components/map/LocatorMap.tsx).
 *
 * "Where is this?", in two steps: an overview of the Yellow River's whole course from its source area on the
 * plateau to the Bohai Sea, with Beijing and the provincial capitals along the river, where Zhungeer Banner sits on
 * the river's northern loop; then a regional sketch of the loop's north-east corner with the banner, its seat and
 * the nearby cities. Drawn from content/map/base.json (Natural Earth rivers, lakes and towns, projected and
 * simplified once by lib/map/build.ts). Rivers, lakes and towns only, never a boundary and no coastline: a map of
 * China that shows boundaries needs official approval (审图号) to be published there; a sketch of rivers and cities
 * does not. No tiles, no map library, no client code.
 *
 * A whole SVG file (namespace, title, its own stylesheet, lib/map/style.ts), not an element of a page: the page
 * refers to it with an <img> and links to it for the full-size view, and the browser caches it once per locale.
 */
import type { MapBase, Oval, SiteMap } from '../content';
import { langTag, type Locale } from '../i18n/routing';
import { escapeXml } from '../text/escape';
import { frame, overviewFrame, projectIn, unitsPerKm } from './project';
import { mapCss, mapFontStacks, paint } from './style';

/** The words the drawing shows, by their keys in content/messages/{locale}/story.json (`story.map`). */
export const mapWordKeys = [
  'svgLabel',
  'overviewTitle',
  'regionTitle',
  'river',
  'riverSource',
  'sea',
  'plateau',
  'bend',
  'approx',
  'north',
  'scale',
  'scaleOverview',
  'label',
] as const;
export type MapWords = Record<(typeof mapWordKeys)[number], string>;

type Value = string | number | undefined;
/** Attributes by their camelCase names (`strokeWidth`, `className`), written as SVG spells them. */
type Attrs = Record<string, Value>;

const attrName = (name: string) =>
  name === 'className'
    ? 'class'
    : name === 'xmlLang'
      ? 'xml:lang'
      : name === 'viewBox'
        ? name
        : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One element: attributes escaped (undefined ones left out), children already XML (text goes through `text`). */
function el(name: string, attrs: Attrs, ...children: string[]): string {
  const written = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${attrName(k)}="${escapeXml(String(v))}"`)
    .join('');
  const inner = children.join('');
  return inner ? `<${name}${written}>${inner}</${name}>` : `<${name}${written}/>`;
}
const text = (s: string) => escapeXml(s);

/**
 * Sizes in the drawing's units. The drawing is 420 units wide so that in a 390 px phone's column (about 358 px)
 * one unit is about 0.85 px: 16-unit labels come out at 13.6 px, and nothing is set smaller than that.
 */
const type = { label: 16, banner: 18, title: 17 } as const;
const titleBand = 30;
const gap = 12;
const footer = 30;

/** The two panels stacked: the overview on top, the regional sketch below, each under its own title. */
const overviewTop = titleBand;
const regionTopOf = (base: MapBase) => overviewTop + base.overview.height + gap + titleBand;

/** The drawing's own size in CSS pixels (its viewBox), which the page's <img> gives as width and height. */
export function mapSize(base: MapBase): { width: number; height: number } {
  return { width: base.width, height: regionTopOf(base) + base.height + footer };
}

/**
 * The two panels as views of the file, each with its title; the regional one also with the footer line (its
 * "no boundaries" note). `map.svg#overview` and `map.svg#region` show one of them.
 */
export function mapViews(base: MapBase): Record<'overview' | 'region', { x: number; y: number; width: number; height: number }> {
  const { width, height } = mapSize(base);
  const regionTitleTop = regionTopOf(base) - titleBand;
  return {
    overview: { x: 0, y: 0, width, height: overviewTop + base.overview.height },
    region: { x: 0, y: regionTitleTop, width, height: height - regionTitleTop },
  };
}

const offsets: Record<string, { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' }> = {
  n: { dx: 0, dy: -10, anchor: 'middle' },
  ne: { dx: 8, dy: -8, anchor: 'start' },
  nw: { dx: -8, dy: -8, anchor: 'end' },
  e: { dx: 9, dy: 6, anchor: 'start' },
  w: { dx: -9, dy: 6, anchor: 'end' },
  s: { dx: 0, dy: 22, anchor: 'middle' },
};

/** A place on the map: a dot for a city, a square for a site the articles name, and its label. */
function mark(m: { id: string; at: readonly number[]; labelAt: string; shape: 'city' | 'site'; name: string }): string {
  const o = offsets[m.labelAt]!;
  const [x, y] = [m.at[0]!, m.at[1]!];
  return el(
    'g',
    { 'data-place': m.id },
    m.shape === 'city'
      ? el('circle', { cx: x, cy: y, r: 4, ...paint('city'), strokeWidth: 1.5 })
      : el('rect', { x: x - 4.5, y: y - 4.5, width: 9, height: 9, ...paint('site'), strokeWidth: 2.5 }),
    el('text', { x: x + o.dx, y: y + o.dy, textAnchor: o.anchor, fontSize: type.label, ...paint('halo') }, text(m.name)),
  );
}

/** A north arrow and a scale bar, in a panel's own units. */
function furniture(f: { panelWidth: number; km: number; label: string; north: string; barY: number }): string {
  const { panelWidth, km, barY } = f;
  return el(
    'g',
    { ...paint('furniture'), fontSize: type.label },
    el('path', { d: `M${panelWidth - 22} 34l8 -22l8 22l-8 -6z`, strokeWidth: 1 }),
    el('text', { x: panelWidth - 14, y: 50, textAnchor: 'middle', stroke: 'none' }, text(f.north)),
    el('path', { d: `M12 ${barY}h${km}`, strokeWidth: 3 }),
    el('path', { d: `M12 ${barY - 5}v10M${12 + km} ${barY - 5}v10`, strokeWidth: 2 }),
    el('text', { x: 12, y: barY - 10, stroke: 'none' }, text(f.label)),
  );
}

/** The banner's name, on both panels (the regional one adds "approximate area" under it). */
function bannerLabel(b: { x: number; y: number; anchor: 'middle' | 'end'; name: string }, ...more: string[]): string {
  const attrs = {
    x: b.x,
    y: b.y,
    textAnchor: b.anchor,
    fontSize: type.banner,
    fontWeight: 700,
    ...paint('banner-label'),
    'data-banner': '',
  };
  return el('text', attrs, text(b.name), ...more);
}

const bannerOval = (oval: Oval) =>
  el('ellipse', { cx: oval.cx, cy: oval.cy, rx: oval.rx, ry: oval.ry, ...paint('banner'), strokeWidth: 2.5, strokeDasharray: '5 3' });

function rivers(list: { name: string; major: boolean; d: string }[], major: number, minor: number): string {
  return el(
    'g',
    { fill: 'none', strokeLinecap: 'round', strokeLinejoin: 'round' },
    ...list.filter((r) => !r.major).map((r) => el('path', { d: r.d, ...paint('river'), strokeWidth: minor })),
    ...list.filter((r) => r.major).map((r) => el('path', { d: r.d, ...paint('yellow-river'), strokeWidth: major, 'data-river': 'huang' })),
  );
}

/** The map of one locale as an SVG file (UTF-8). */
type PanelData = { width: number; height: number; rivers: { name: string; major: boolean; d: string }[]; lakes: { d: string }[] };

/**
 * One panel: a nested <svg> (which clips what it draws to its own box: river lines run past the frame) with its
 * ground, rivers (major and minor stroke widths) and lakes, then `children` on top.
 */
function panel(name: string, y: number, p: PanelData, [major, minor]: [number, number], under: string, ...children: string[]): string {
  return el(
    'svg',
    { x: 0, y, width: p.width, height: p.height, 'data-panel': name },
    el('rect', { width: p.width, height: p.height, ...paint('panel') }),
    // What lies under the rivers (the banner's area), so the Yellow River shows where it runs through the banner.
    under,
    rivers(p.rivers, major, minor),
    ...p.lakes.map((l) => el('path', { d: l.d, ...paint('lake') })),
    ...children,
  );
}

export function mapSvg(locale: Locale, words: MapWords, map: SiteMap): string {
  const { places, base } = map;
  const { overview } = base;
  const regionTop = regionTopOf(base);
  const { width, height } = mapSize(base);
  const nameOf = (list: { id: string; name: Record<Locale, string> }[], id: string) => list.find((p) => p.id === id)!.name[locale];
  const [sourceX, sourceY] = projectIn(overviewFrame, [96.16, 35.13]);
  const [, mouthY] = projectIn(overviewFrame, [119.04, 37.81]);
  const [riverX, riverY] = projectIn(frame, [107.3, 41.1]);
  // south-east of the banner, east of the river's southward course and clear of the banner's own label
  const [riverSouthX, riverSouthY] = projectIn(frame, [111.1, 38.32]);
  // west of the bend's middle, so its second line clears the banner's "(approximate area)" in either language
  const [plateauX, plateauY] = projectIn(frame, [107.75, 39.05]);
  const key = overview.regionKey;
  const ob = overview.banner;
  const labels = { ...paint('labels'), paintOrder: 'stroke', strokeWidth: 4, strokeLinejoin: 'round' };

  const overviewPanel = panel(
    'overview',
    overviewTop,
    overview,
    [3, 1],
    '',
    el('rect', {
      x: key.x,
      y: key.y,
      width: key.width,
      height: key.height,
      fill: 'none',
      ...paint('key'),
      strokeWidth: 1.2,
      strokeDasharray: '3 3',
    }),
    bannerOval({ ...ob, rx: Math.max(ob.rx, 7), ry: Math.max(ob.ry, 7) }),
    el(
      'g',
      labels,
      el('text', { x: key.x + 4, y: key.y + key.height - 5, fontSize: type.label, ...paint('key-label') }, '②'),
      el(
        'text',
        { x: sourceX - 6, y: sourceY + 24, fontSize: type.label, fontStyle: 'italic', ...paint('river-label') },
        text(words.riverSource),
      ),
      el(
        'text',
        { x: width - 4, y: mouthY + 12, fontSize: type.label, fontStyle: 'italic', textAnchor: 'end', ...paint('river-label') },
        text(words.sea),
      ),
      ...overview.cities.map((c) => mark({ ...c, shape: 'city', name: nameOf(places.overview, c.id) })),
      bannerLabel({ x: ob.cx - 16, y: ob.cy + 5, anchor: 'end', name: places.banner.name[locale] }),
    ),
    furniture({
      panelWidth: overview.width,
      km: 500 * unitsPerKm(overviewFrame),
      label: words.scaleOverview,
      north: words.north,
      barY: 30,
    }),
  );

  const regionPanel = panel(
    'region',
    regionTop,
    base,
    [4, 1.4],
    bannerOval(base.banner),
    el(
      'g',
      labels,
      el('text', { x: riverX, y: riverY, fontSize: type.label, fontStyle: 'italic', ...paint('river-label') }, text(words.river)),
      // Named again where it leaves the banner southwards, east of its course.
      el(
        'text',
        {
          x: riverSouthX,
          y: riverSouthY,
          fontSize: type.label,
          fontStyle: 'italic',
          ...paint('river-label'),
          'data-river-label': 'banner',
        },
        text(words.river),
      ),
      el(
        'text',
        { x: plateauX, y: plateauY, fontSize: type.label, textAnchor: 'middle', ...paint('plateau-label') },
        el('tspan', {}, text(words.plateau)),
        el('tspan', { x: plateauX, dy: 19 }, text(words.bend)),
      ),
      ...base.cities.map((c) => mark({ ...c, shape: 'city', name: nameOf(places.cities, c.id) })),
      ...base.sites.map((d) => mark({ ...d, shape: 'site', name: nameOf(places.sites, d.id) })),
      bannerLabel(
        { x: base.banner.cx, y: base.banner.cy + base.banner.ry + 22, anchor: 'middle', name: places.banner.name[locale] },
        el('tspan', { x: base.banner.cx, dy: 19, fontSize: type.label, fontWeight: 400 }, text(`(${words.approx})`)),
      ),
    ),
    furniture({ panelWidth: base.width, km: 100 * unitsPerKm(frame), label: words.scale, north: words.north, barY: base.height - 14 }),
  );

  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': 'title',
      lang: langTag[locale],
      xmlLang: langTag[locale],
      fontFamily: mapFontStacks[locale],
    },
    el('title', { id: 'title' }, text(words.svgLabel)),
    // Each panel with its title as a view of its own (`map.svg#region`): the enlarged map shows the regional
    // panel large and the overview beside it (components/map/MapDialog.client.tsx). mapViews gives their boxes.
    ...Object.entries(mapViews(base)).map(([id, v]) => el('view', { id, viewBox: `${v.x} ${v.y} ${v.width} ${v.height}` })),
    el('style', {}, text(mapCss(locale))),
    el('rect', { width, height, ...paint('ground') }),
    el(
      'g',
      { ...paint('labels'), fontSize: type.title, fontWeight: 700 },
      el('text', { x: 4, y: 21 }, text(words.overviewTitle)),
      el('text', { x: 4, y: regionTop - 9 }, text(words.regionTitle)),
    ),
    overviewPanel,
    regionPanel,
    el(
      'g',
      paint('furniture'),
      el('text', { x: width - 6, y: height - 9, textAnchor: 'end', fontSize: type.label, stroke: 'none' }, text(words.label)),
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
