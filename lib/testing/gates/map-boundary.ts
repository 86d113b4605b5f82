import * as cheerio from 'cheerio';

/**
 * What the locator map may draw: rivers, lakes, the banner's approximate oval, city and site marks, the second
 * panel's key frame, the furniture (north arrow, scale bar) and its backgrounds. Each drawn element carries the
 * name of its paint as its class (lib/map/style.ts), so a layer that is none of these (a country or province
 * boundary, a coastline) shows up as an unknown class or as a line that closes on itself.
 */
const layers = new Set(['ground', 'panel', 'river', 'yellow-river', 'lake', 'banner', 'key', 'city', 'site', 'furniture']);
const shapes = 'path, polyline, polygon, line, rect, circle, ellipse';
const boundaryWords = /bound|admin|border|coast|country|province|frontier|国界|省界|边界|海岸/i;

/**
 * Why an SVG map would read as one with boundaries, as a list of problems (empty: none). A map of China that
 * shows boundaries needs official approval (审图号) before it may be published there; the locator map is a
 * sketch of rivers and cities and must draw none.
 */
export function boundaryProblems(svg: string): string[] {
  const $ = cheerio.load(svg, { xml: true });
  const problems: string[] = [];
  const tag = (el: Parameters<typeof $>[0]) => String($(el).prop('tagName')).toLowerCase();
  for (const el of $('*').toArray()) {
    const attrs = Object.entries($(el).attr() ?? {}).filter(([name]) => name === 'class' || name === 'id' || name.startsWith('data-'));
    for (const [name, value] of attrs)
      if (boundaryWords.test(value) || boundaryWords.test(name)) problems.push(`<${tag(el)} ${name}="${value}"> names a boundary layer`);
  }
  for (const node of $(shapes).toArray()) {
    const el = { tagName: tag(node) };
    // A shape takes its paint from its own class or its group's (the furniture is one group).
    const cls = $(node).closest('[class]').attr('class') ?? '';
    if (!layers.has(cls)) {
      problems.push(`<${el.tagName}${cls ? ` class="${cls}"` : ''}> is not one of the map's layers (${[...layers].join(', ')})`);
      continue;
    }
    // A river is an open line; a stroked line that closes on itself (Z, or back to its first point) is a border.
    if (el.tagName === 'path' && (cls === 'river' || cls === 'yellow-river')) {
      const d = $(node).attr('d') ?? '';
      for (const sub of d.split(/(?=M)/).filter(Boolean)) {
        const pts = [...sub.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
        const closed = /z/i.test(sub) || (pts.length >= 6 && pts[0] === pts.at(-2) && pts[1] === pts.at(-1));
        if (closed) problems.push(`a ${cls} line closes on itself (reads as a boundary): ${sub.slice(0, 40)}…`);
      }
    }
    if (cls === 'lake' && $(node).attr('stroke')) problems.push('a lake is outlined (an outline reads as a shore or border)');
  }
  return problems;
}
