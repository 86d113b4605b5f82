import type { Locale } from '../i18n/routing';

/**
 * How the locator map's SVG file (lib/map/drawing.ts, served by app/[locale]/map.svg) is painted. The
 * page shows it through an <img>, which cannot see the page's CSS, so the file carries its own: each light colour
 * as a presentation attribute (the file looks right even where no CSS applies), and each dark colour in the
 * file's <style>, under `prefers-color-scheme: dark` like the rest of the site (app/globals.css). Opened on its
 * own, the file gets the file policy (lib/security/headers.ts), which lets that <style> apply.
 */

/**
 * The site's sans-serif stacks (app/globals.css: `--latin-sans` in :root, `--font-sans` under :lang(zh)), which
 * the drawing's labels used as inline SVG. System fonts only: nothing is fetched (lib/map/drawing.test.ts keeps
 * these equal to the stylesheet’s).
 */
export const mapFontStacks: Record<Locale, string> = {
  zh: "'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', system-ui, sans-serif",
  en:
    "'Latin Punctuation Sans', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', " +
    "'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif",
};

/**
 * The alias that gives English text Latin quotes and apostrophes where the first installed face is a CJK one
 * (app/globals.css has the same rule): local() only.
 */
const latinPunctuation =
  "@font-face{font-family:'Latin Punctuation Sans';" +
  "src:local('Segoe UI'),local('Helvetica Neue'),local('Arial'),local('Roboto'),local('Liberation Sans'),local('DejaVu Sans');" +
  'unicode-range:U+2010-201F,U+2026,U+00B7}';

/** A paint's light and dark colour, for its fill, its stroke or both. */
type Paint = { fill?: readonly [string, string]; stroke?: readonly [string, string] };

/** Light (on #eef0e6) and dark (on #1f2622) colour of each paint; the page's <img> draws those backgrounds. */
const paints = {
  ground: { fill: ['#f7f7f1', '#171c19'] },
  panel: { fill: ['#eef0e6', '#1f2622'] },
  key: { stroke: ['#56605a', '#b9c2bb'] },
  'key-label': { fill: ['#56605a', '#b9c2bb'], stroke: ['#eef0e6', '#1f2622'] },
  river: { stroke: ['#8fb0c2', '#4f7386'] },
  'yellow-river': { stroke: ['#3f7fa3', '#7fb4d4'] },
  lake: { fill: ['#8fb0c2', '#4f7386'] },
  // Tailwind's fill-[#c98a2b]/35 and dark:fill-[#e0a84f]/30, as it compiles them.
  banner: { fill: ['#c98a2b59', '#e0a84f4d'], stroke: ['#8a5a14', '#f0c27a'] },
  labels: { fill: ['#1b1f1c', '#e8ebe6'] },
  halo: { stroke: ['#eef0e6', '#1f2622'] },
  'river-label': { fill: ['#245d7d', '#a9d0e6'], stroke: ['#eef0e6', '#1f2622'] },
  'plateau-label': { fill: ['#56605a', '#b9c2bb'], stroke: ['#eef0e6', '#1f2622'] },
  'banner-label': { fill: ['#6f4610', '#f0c27a'], stroke: ['#eef0e6', '#1f2622'] },
  city: { fill: ['#1b1f1c', '#e8ebe6'], stroke: ['#eef0e6', '#1f2622'] },
  site: { fill: ['#eef0e6', '#1f2622'], stroke: ['#1b1f1c', '#e8ebe6'] },
  furniture: { fill: ['#56605a', '#b9c2bb'], stroke: ['#56605a', '#b9c2bb'] },
} as const satisfies Record<string, Paint>;

export type MapPaint = keyof typeof paints;

/** An element's class and light colours: `<path {...paint('river')} />`. */
export function paint(name: MapPaint): { className: string; fill?: string; stroke?: string } {
  const p: Paint = paints[name];
  return { className: name, ...(p.fill && { fill: p.fill[0] }), ...(p.stroke && { stroke: p.stroke[0] }) };
}

/** The file's stylesheet: the font alias for English, and every paint's dark colour. */
export function mapCss(locale: Locale): string {
  const dark = Object.entries(paints)
    .map(([name, p]: [string, Paint]) => {
      const rules = [p.fill && `fill:${p.fill[1]}`, p.stroke && `stroke:${p.stroke[1]}`].filter(Boolean).join(';');
      return `.${name}{${rules}}`;
    })
    .join('');
  // Opened on its own (the page's "view full size" link), the drawing fills the window; inside an <img> it keeps
  // the size its width and height attributes give.
  const root = `:root{width:100vw;height:100vh;background:${paints.ground.fill[0]}}`;
  return `${locale === 'en' ? latinPunctuation : ''}${root}@media (prefers-color-scheme:dark){:root{background:${paints.ground.fill[1]}}${dark}}`;
}
