import 'server-only';
import { mapBase, mapPlaces } from '@/lib/map';
import { project } from '@/lib/map/project';
import { mapCss, mapFontStacks, paint } from '@/lib/map/style';
import { langTag, type Locale } from '@/lib/i18n/routing';
import { toHtml } from '../static/to-html';

/** The words the drawing shows, by their keys in content/messages/{locale}/story.json (`story.map`). */
export const mapWordKeys = ['svgLabel', 'river', 'plateau', 'bend', 'approx', 'north', 'scale', 'label'] as const;
export type MapWords = Record<(typeof mapWordKeys)[number], string>;

/** The drawing's own size in CSS pixels (its viewBox), which the page's <img> gives as width and height. */
export const mapSize = { width: mapBase.width, height: mapBase.height } as const;

const offsets: Record<string, { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' }> = {
  n: { dx: 0, dy: -12, anchor: 'middle' },
  ne: { dx: 9, dy: -9, anchor: 'start' },
  e: { dx: 10, dy: 6, anchor: 'start' },
  w: { dx: -10, dy: 6, anchor: 'end' },
  s: { dx: 0, dy: 24, anchor: 'middle' },
};

/** A place on the map: a dot for a city, a square for a site the articles name, and its label. */
function Mark({
  id,
  at,
  labelAt,
  shape,
  name,
}: {
  id: string;
  at: readonly number[];
  labelAt: string;
  shape: 'city' | 'site';
  name: string;
}) {
  const o = offsets[labelAt]!;
  const [x, y] = [at[0]!, at[1]!];
  return (
    <g data-place={id}>
      {shape === 'city' ? (
        <circle cx={x} cy={y} r={4.5} {...paint('city')} strokeWidth={1.5} />
      ) : (
        <rect x={x - 4.5} y={y - 4.5} width={9} height={9} {...paint('site')} strokeWidth={2.5} />
      )}
      <text x={x + o.dx} y={y + o.dy} textAnchor={o.anchor} fontSize={shape === 'city' ? 18 : 17} {...paint('halo')}>
        {name}
      </text>
    </g>
  );
}

/**
 * "Where is this?": a regional sketch map of the Yellow River's "Ji"-shaped bend with Zhungeer Banner in its
 * north-east corner, drawn from content/map/base.json (Natural Earth rivers and towns, projected and simplified
 * once by lib/map/build.ts). It draws rivers, a lake and towns only, never a boundary: a map that shows national
 * borders needs official approval to be published in China. No tiles, no map library, no client code.
 *
 * A whole SVG file (namespace, title, its own stylesheet, lib/map/style.ts), not an element of a page: the page
 * refers to it with an <img> (components/map/LocatorMap.tsx), so its 16 KB are not in the HTML of every page that
 * shows it, and the browser caches it once per locale.
 */
function MapDrawing({ locale, words }: { locale: Locale; words: MapWords }) {
  const places = mapPlaces();
  const { width, height, rivers, lakes, cities, sites, banner } = mapBase;
  const [riverX, riverY] = project([107.6, 41.12]);
  const [plateauX, plateauY] = project([108.4, 38.75]);
  const kmPerUnit = 111.2 / 88;
  const bar = 100 / kmPerUnit;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby="title"
      lang={langTag[locale]}
      xmlLang={langTag[locale]}
      fontFamily={mapFontStacks[locale]}
    >
      <title id="title">{words.svgLabel}</title>
      <style>{mapCss(locale)}</style>
      <g fill="none" strokeLinecap="round" strokeLinejoin="round">
        {rivers
          .filter((r) => !r.major)
          .map((r, i) => (
            <path key={`${r.name}-${i}`} d={r.d} {...paint('river')} strokeWidth={1.4} />
          ))}
        {rivers
          .filter((r) => r.major)
          .map((r, i) => (
            <path key={`huang-${i}`} d={r.d} {...paint('yellow-river')} strokeWidth={4} />
          ))}
      </g>
      {lakes.map((l) => (
        <path key={l.name} d={l.d} {...paint('lake')} />
      ))}
      <ellipse cx={banner.cx} cy={banner.cy} rx={banner.rx} ry={banner.ry} {...paint('banner')} strokeWidth={2.5} strokeDasharray="6 4" />
      <g {...paint('labels')} paintOrder="stroke" strokeWidth={4} strokeLinejoin="round">
        <text x={riverX} y={riverY} fontSize={18} fontStyle="italic" {...paint('river-label')}>
          {words.river}
        </text>
        <text x={plateauX} y={plateauY} fontSize={17} textAnchor="middle" {...paint('plateau-label')}>
          <tspan>{words.plateau}</tspan>
          <tspan x={plateauX} dy={21}>
            {words.bend}
          </tspan>
        </text>
        {[
          ...cities.map((c) => ({ ...c, shape: 'city' as const, name: places.cities.find((p) => p.id === c.id)!.name[locale] })),
          ...sites.map((d) => ({ ...d, shape: 'site' as const, name: places.sites.find((p) => p.id === d.id)!.name[locale] })),
        ].map((m) => (
          <Mark key={m.id} id={m.id} at={m.at} labelAt={m.labelAt} shape={m.shape} name={m.name} />
        ))}
        <text x={banner.cx} y={banner.cy + banner.ry + 26} textAnchor="middle" fontSize={22} fontWeight={700} {...paint('banner-label')}>
          {places.banner.name[locale]}
          <tspan x={banner.cx} dy={20} fontSize={15} fontWeight={400}>
            ({words.approx})
          </tspan>
        </text>
      </g>
      <g {...paint('furniture')} fontSize={15}>
        <path d={`M${width - 40} ${height - 70}l10 -26l10 26l-10 -7z`} strokeWidth={1} />
        <text x={width - 30} y={height - 102} textAnchor="middle" stroke="none">
          {words.north}
        </text>
        <path d={`M24 ${height - 28}h${bar}`} strokeWidth={3} />
        <path d={`M24 ${height - 34}v12M${24 + bar} ${height - 34}v12`} strokeWidth={2} />
        <text x={24} y={height - 40} stroke="none">
          {words.scale}
        </text>
        <text x={width - 16} y={height - 16} textAnchor="end" stroke="none" fontSize={14}>
          {words.label}
        </text>
      </g>
    </svg>
  );
}

/** The map of one locale as an SVG file (UTF-8; text and attributes escaped by toHtml). */
export async function mapSvg(locale: Locale, words: MapWords): Promise<string> {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${await toHtml(<MapDrawing locale={locale} words={words} />)}\n`;
}
