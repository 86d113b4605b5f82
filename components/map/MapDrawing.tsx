import 'server-only';
import { getMap, type MapBase, type Oval, type SiteMap } from '@/lib/content';
import { frame, overviewFrame, projectIn, unitsPerKm } from '@/lib/map/project';
import { mapCss, mapFontStacks, paint } from '@/lib/map/style';
import { langTag, type Locale } from '@/lib/i18n/routing';
import { toHtml } from '../static/to-html';

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

const offsets: Record<string, { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' }> = {
  n: { dx: 0, dy: -10, anchor: 'middle' },
  ne: { dx: 8, dy: -8, anchor: 'start' },
  e: { dx: 9, dy: 6, anchor: 'start' },
  w: { dx: -9, dy: 6, anchor: 'end' },
  s: { dx: 0, dy: 22, anchor: 'middle' },
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
        <circle cx={x} cy={y} r={4} {...paint('city')} strokeWidth={1.5} />
      ) : (
        <rect x={x - 4.5} y={y - 4.5} width={9} height={9} {...paint('site')} strokeWidth={2.5} />
      )}
      <text x={x + o.dx} y={y + o.dy} textAnchor={o.anchor} fontSize={type.label} {...paint('halo')}>
        {name}
      </text>
    </g>
  );
}

/** A north arrow and a scale bar, in a panel's own units. */
function Furniture({ panelWidth, km, label, north, barY }: { panelWidth: number; km: number; label: string; north: string; barY: number }) {
  return (
    <g {...paint('furniture')} fontSize={type.label}>
      <path d={`M${panelWidth - 22} 34l8 -22l8 22l-8 -6z`} strokeWidth={1} />
      <text x={panelWidth - 14} y={50} textAnchor="middle" stroke="none">
        {north}
      </text>
      <path d={`M12 ${barY}h${km}`} strokeWidth={3} />
      <path d={`M12 ${barY - 5}v10M${12 + km} ${barY - 5}v10`} strokeWidth={2} />
      <text x={12} y={barY - 10} stroke="none">
        {label}
      </text>
    </g>
  );
}

/** The banner's name, on both panels (the regional one adds "approximate area" under it). */
function BannerLabel({
  x,
  y,
  anchor,
  name,
  children,
}: {
  x: number;
  y: number;
  anchor: 'middle' | 'end';
  name: string;
  children?: React.ReactNode;
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={type.banner} fontWeight={700} {...paint('banner-label')} data-banner="">
      {name}
      {children}
    </text>
  );
}

function BannerOval({ oval }: { oval: Oval }) {
  return <ellipse cx={oval.cx} cy={oval.cy} rx={oval.rx} ry={oval.ry} {...paint('banner')} strokeWidth={2.5} strokeDasharray="5 3" />;
}

function Rivers({ rivers, major, minor }: { rivers: { name: string; major: boolean; d: string }[]; major: number; minor: number }) {
  return (
    <g fill="none" strokeLinecap="round" strokeLinejoin="round">
      {rivers
        .filter((r) => !r.major)
        .map((r, i) => (
          <path key={`${r.name}-${i}`} d={r.d} {...paint('river')} strokeWidth={minor} />
        ))}
      {rivers
        .filter((r) => r.major)
        .map((r, i) => (
          <path key={`huang-${i}`} d={r.d} {...paint('yellow-river')} strokeWidth={major} data-river="huang" />
        ))}
    </g>
  );
}

/**
 * "Where is this?", in two steps: an overview of the Yellow River's whole course from its source area on the
 * plateau to the Bohai Sea, with Beijing and the provincial capitals along the river, where Zhungeer Banner sits on
 * the river's northern loop; then a regional sketch of the loop's north-east corner with the banner, its seat and
 * the nearby cities. Drawn from content/map/base.json (Natural Earth rivers, lakes and towns, projected and
 * simplified once by lib/map/build.ts). Rivers, lakes and towns only, never a boundary and no coastline: a map of
 * China that shows boundaries needs official approval (审图号) to be published there; a sketch of rivers and cities
 * does not. No tiles, no map library, no client code.
 *
 * A whole SVG file (namespace, title, its own stylesheet, lib/map/style.ts), not an element of a page: the page
 * refers to it with an <img> (components/map/LocatorMap.tsx) and links to it for the full-size view, and the
 * browser caches it once per locale.
 */
function MapDrawing({ locale, words, map }: { locale: Locale; words: MapWords; map: SiteMap }) {
  const { places, base: mapBase } = map;
  const { overview } = mapBase;
  const regionTop = regionTopOf(mapBase);
  const { width, height } = mapSize(mapBase);
  const nameOf = (list: { id: string; name: Record<Locale, string> }[], id: string) => list.find((p) => p.id === id)!.name[locale];
  const [sourceX, sourceY] = projectIn(overviewFrame, [96.16, 35.13]);
  const [, mouthY] = projectIn(overviewFrame, [119.04, 37.81]);
  const [riverX, riverY] = projectIn(frame, [107.3, 41.1]);
  const [plateauX, plateauY] = projectIn(frame, [107.95, 39.05]);
  const key = overview.regionKey;
  const ob = overview.banner;
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
      <rect width={width} height={height} {...paint('ground')} />
      <g {...paint('labels')} fontSize={type.title} fontWeight={700}>
        <text x={4} y={21}>
          {words.overviewTitle}
        </text>
        <text x={4} y={regionTop - 9}>
          {words.regionTitle}
        </text>
      </g>

      {/* Each panel is a nested <svg>, which clips what it draws to its own box (river lines run past the frame). */}
      <svg x={0} y={overviewTop} width={overview.width} height={overview.height} data-panel="overview">
        <rect width={overview.width} height={overview.height} {...paint('panel')} />
        <Rivers rivers={overview.rivers} major={3} minor={1} />
        {overview.lakes.map((l) => (
          <path key={l.name} d={l.d} {...paint('lake')} />
        ))}
        <rect
          x={key.x}
          y={key.y}
          width={key.width}
          height={key.height}
          fill="none"
          {...paint('key')}
          strokeWidth={1.2}
          strokeDasharray="3 3"
        />
        <BannerOval oval={{ ...ob, rx: Math.max(ob.rx, 7), ry: Math.max(ob.ry, 7) }} />
        <g {...paint('labels')} paintOrder="stroke" strokeWidth={4} strokeLinejoin="round">
          <text x={key.x + 4} y={key.y + key.height - 5} fontSize={type.label} {...paint('key-label')}>
            ②
          </text>
          <text x={sourceX - 6} y={sourceY + 24} fontSize={type.label} fontStyle="italic" {...paint('river-label')}>
            {words.riverSource}
          </text>
          <text x={width - 4} y={mouthY + 12} fontSize={type.label} fontStyle="italic" textAnchor="end" {...paint('river-label')}>
            {words.sea}
          </text>
          {overview.cities.map((c) => (
            <Mark key={c.id} id={c.id} at={c.at} labelAt={c.labelAt} shape="city" name={nameOf(places.overview, c.id)} />
          ))}
          <BannerLabel x={ob.cx - 16} y={ob.cy + 5} anchor="end" name={places.banner.name[locale]} />
        </g>
        <Furniture
          panelWidth={overview.width}
          km={500 * unitsPerKm(overviewFrame)}
          label={words.scaleOverview}
          north={words.north}
          barY={30}
        />
      </svg>

      <svg x={0} y={regionTop} width={mapBase.width} height={mapBase.height} data-panel="region">
        <rect width={mapBase.width} height={mapBase.height} {...paint('panel')} />
        <Rivers rivers={mapBase.rivers} major={4} minor={1.4} />
        {mapBase.lakes.map((l) => (
          <path key={l.name} d={l.d} {...paint('lake')} />
        ))}
        <BannerOval oval={mapBase.banner} />
        <g {...paint('labels')} paintOrder="stroke" strokeWidth={4} strokeLinejoin="round">
          <text x={riverX} y={riverY} fontSize={type.label} fontStyle="italic" {...paint('river-label')}>
            {words.river}
          </text>
          <text x={plateauX} y={plateauY} fontSize={type.label} textAnchor="middle" {...paint('plateau-label')}>
            <tspan>{words.plateau}</tspan>
            <tspan x={plateauX} dy={19}>
              {words.bend}
            </tspan>
          </text>
          {[
            ...mapBase.cities.map((c) => ({ ...c, shape: 'city' as const, name: nameOf(places.cities, c.id) })),
            ...mapBase.sites.map((d) => ({ ...d, shape: 'site' as const, name: nameOf(places.sites, d.id) })),
          ].map((m) => (
            <Mark key={m.id} id={m.id} at={m.at} labelAt={m.labelAt} shape={m.shape} name={m.name} />
          ))}
          <BannerLabel
            x={mapBase.banner.cx}
            y={mapBase.banner.cy + mapBase.banner.ry + 22}
            anchor="middle"
            name={places.banner.name[locale]}
          >
            <tspan x={mapBase.banner.cx} dy={19} fontSize={type.label} fontWeight={400}>
              ({words.approx})
            </tspan>
          </BannerLabel>
        </g>
        <Furniture
          panelWidth={mapBase.width}
          km={100 * unitsPerKm(frame)}
          label={words.scale}
          north={words.north}
          barY={mapBase.height - 14}
        />
      </svg>
      <g {...paint('furniture')}>
        <text x={width - 6} y={height - 9} textAnchor="end" fontSize={type.label} stroke="none">
          {words.label}
        </text>
      </g>
    </svg>
  );
}

/** The map of one locale as an SVG file (UTF-8; text and attributes escaped by toHtml). */
export async function mapSvg(locale: Locale, words: MapWords): Promise<string> {
  const map = await getMap();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${await toHtml(<MapDrawing locale={locale} words={words} map={map} />)}\n`;
}
