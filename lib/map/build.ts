/**
 * Builds content/map/base.json, the locator map's drawing data, from the Natural Earth extracts in
 * ../shared/data/natural-earth (public domain) and content/map/places.json. Run once after changing either:
 *
 *     npx tsx lib/map/build.ts [path/to/natural-earth]
 *
 * It projects with lib/map/project.ts, clips to the map's frame, simplifies lines to half an SVG unit and writes
 * path data, so the page draws the map from committed data with no map library and no request elsewhere.
 * Nothing here draws a boundary of any kind: the map is a regional sketch of rivers, lakes and towns.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { frame, mapHeight, mapWidth, project } from './project';
import { simplify } from './simplify';

type Pt = [number, number];
type Feature = { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const src = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/natural-earth'));
const read = (file: string) => JSON.parse(readFileSync(path.join(src, file), 'utf8')) as { features: Feature[] };

const margin = 0.3;
const inFrame = ([lon, lat]: Pt) =>
  lon >= frame.west - margin && lon <= frame.east + margin && lat >= frame.south - margin && lat <= frame.north + margin;

/** Split a line where it leaves the frame, project and simplify each piece, and write it as path data. */
function linePaths(line: Pt[]): string[] {
  const pieces: Pt[][] = [];
  let current: Pt[] = [];
  for (const p of line) {
    if (inFrame(p)) current.push(p);
    else if (current.length) {
      pieces.push(current);
      current = [];
    }
  }
  if (current.length) pieces.push(current);
  return pieces
    .filter((piece) => piece.length > 1)
    .map((piece) => simplify(piece.map(project), 0.5))
    .map((pts) => 'M' + pts.map(([x, y]) => `${x} ${y}`).join('L'));
}

const rivers = read('rivers.geojson').features.flatMap((f) => {
  const lines = (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates) as Pt[][];
  const d = lines.flatMap(linePaths).join('');
  const name = String(f.properties.name);
  return d ? [{ name, major: name === 'Huang', d }] : [];
});

const lakes = read('lakes.geojson').features.flatMap((f) => {
  const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Pt[][][];
  const d = polys
    .map((rings) => rings[0]!)
    .filter((ring) => ring.some(inFrame))
    .map(
      (ring) =>
        'M' +
        simplify(ring.map(project), 0.4)
          .map(([x, y]) => `${x} ${y}`)
          .join('L') +
        'Z',
    )
    .join('');
  return d ? [{ name: String(f.properties.name), d }] : [];
});

const ne = new Map(read('places.geojson').features.map((f) => [String(f.properties.name), f.geometry.coordinates as Pt]));
const places = JSON.parse(readFileSync(path.join(root, 'content/map/places.json'), 'utf8')) as {
  cities: { id: string; ne?: string; lonLat?: Pt; labelAt: string }[];
  banner: { extent: { west: number; east: number; south: number; north: number } };
  sites: { id: string; lonLat: Pt | null; labelAt?: string }[];
};
const cities = places.cities.map((c) => {
  const lonLat = c.ne ? ne.get(c.ne) : c.lonLat;
  if (!lonLat) throw new Error(`content/map/places.json: city "${c.id}" has no coordinates (not in Natural Earth, no lonLat)`);
  return { id: c.id, lonLat, at: project(lonLat), labelAt: c.labelAt };
});
/** Only sites a public source places (lonLat); the others are listed on the page, not drawn. */
const sites = places.sites.flatMap((s) =>
  s.lonLat ? [{ id: s.id, lonLat: s.lonLat, at: project(s.lonLat), labelAt: s.labelAt ?? 'e' }] : [],
);
const e = places.banner.extent;
const [bx0, by0] = project([e.west, e.north]);
const [bx1, by1] = project([e.east, e.south]);

const out = {
  generatedBy: 'lib/map/build.ts from Natural Earth (public domain) and content/map/places.json; do not edit by hand',
  width: mapWidth,
  height: mapHeight,
  frame,
  rivers,
  lakes,
  cities,
  sites,
  banner: { cx: (bx0 + bx1) / 2, cy: (by0 + by1) / 2, rx: (bx1 - bx0) / 2, ry: (by1 - by0) / 2 },
};
const target = path.join(root, 'content/map/base.json');
// Written as the repository's Prettier writes it, so a rebuild from unchanged data changes nothing.
writeFileSync(target, await format(JSON.stringify(out, null, 2), { ...(await resolveConfig(target)), filepath: target }));
console.log(
  `content/map/base.json: ${mapWidth}×${mapHeight}, ${rivers.length} river lines, ${lakes.length} lakes, ${cities.length} cities, ${sites.length} sites`,
);
