/**
 * Builds content/map/base.json, the locator map's drawing data, from the Natural Earth extracts in
 * lib/map/natural-earth (public domain; its README.md lists each file's layer) and content/map/places.json. Run
 * once after changing either:
 *
 *     npx tsx lib/map/build.ts [path/to/natural-earth]
 *
 * Two panels: the regional sketch (1:10m rivers and lakes of the Yellow River's bend) and the overview (the
 * `inset/` extract: 1:50m rivers and lakes of the river's whole course). It projects with lib/map/project.ts,
 * clips to each frame, simplifies lines and writes path data, so the page draws the map from committed data with
 * no map library and no request elsewhere. Only river and lake layers are read: no boundary layer, and not the
 * coastline either (a shore line on a small-scale map reads as a border), so nothing here can draw a boundary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { frame, overviewFrame, projectIn, sizeOf, type Frame } from './project';
import { simplify } from './simplify';
import { readJson } from '../content/read';
import { placesFile } from '../content/schema';
import { validate } from '../content/validate';

type Pt = [number, number];
type Feature = { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const src = path.resolve(process.argv[2] ?? path.join(root, 'lib/map/natural-earth'));
const read = (file: string) => JSON.parse(readFileSync(path.join(src, file), 'utf8')) as { features: Feature[] };

/** Rivers and lakes of one frame as path data. */
function layers(f: Frame, files: { rivers: string; lakes: string }, tolerance: number) {
  const margin = 0.3;
  const inFrame = ([lon, lat]: Pt) =>
    lon >= f.west - margin && lon <= f.east + margin && lat >= f.south - margin && lat <= f.north + margin;
  const project = (p: Pt) => projectIn(f, p);
  /** Split a line where it leaves the frame, project and simplify each piece, and write it as path data. */
  const linePaths = (line: Pt[]): string[] => {
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
      .map((piece) => simplify(piece.map(project), tolerance))
      .map((pts) => 'M' + pts.map(([x, y]) => `${x} ${y}`).join('L'));
  };
  const rivers = read(files.rivers).features.flatMap((feature) => {
    const g = feature.geometry;
    const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as Pt[][];
    const d = lines.flatMap(linePaths).join('');
    const name = String(feature.properties.name);
    return d ? [{ name, major: name === 'Huang', d }] : [];
  });
  const lakes = read(files.lakes).features.flatMap((feature) => {
    const g = feature.geometry;
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Pt[][][];
    const d = polys
      .map((rings) => rings[0]!)
      .filter((ring) => ring.some(inFrame))
      .map((ring) => {
        // A closed ring starts and ends on one point, which Douglas–Peucker cannot measure from: simplify two halves.
        const xy = ring.map(project);
        const half = Math.floor(xy.length / 2);
        const pts = [...simplify(xy.slice(0, half + 1), tolerance * 0.8).slice(0, -1), ...simplify(xy.slice(half), tolerance * 0.8)];
        return pts.length > 2 ? 'M' + pts.map(([x, y]) => `${x} ${y}`).join('L') + 'Z' : '';
      })
      .join('');
    return d ? [{ name: String(feature.properties.name), d }] : [];
  });
  return { ...sizeOf(f), frame: f, rivers, lakes };
}

type City = { id: string; ne?: string; lonLat?: Pt; labelAt: string };
/** Read and checked as the content check does (a mistake names the file, field and line). */
const placesJson = readJson(path.join(root, 'content'), 'map/places.json');
const places = validate(placesFile, placesJson.data, placesJson.file, placesJson.source);

/** Cities with their coordinates from Natural Earth (`ne`) or from places.json (`lonLat`), projected. */
function cities(list: City[], f: Frame, file: string) {
  const ne = new Map(read(file).features.map((feature) => [String(feature.properties.name), feature.geometry.coordinates as Pt]));
  return list.map((c) => {
    const lonLat = c.ne ? ne.get(c.ne) : c.lonLat;
    if (!lonLat) throw new Error(`content/map/places.json: city "${c.id}" has no coordinates (not in ${file}, no lonLat)`);
    return { id: c.id, lonLat, at: projectIn(f, lonLat), labelAt: c.labelAt };
  });
}

const e = places.banner.extent;
const oval = (f: Frame) => {
  const [x0, y0] = projectIn(f, [e.west, e.north]);
  const [x1, y1] = projectIn(f, [e.east, e.south]);
  return {
    cx: Math.round(((x0 + x1) / 2) * 10) / 10,
    cy: Math.round(((y0 + y1) / 2) * 10) / 10,
    rx: Math.round(((x1 - x0) / 2) * 10) / 10,
    ry: Math.round(((y1 - y0) / 2) * 10) / 10,
  };
};
/** The regional panel's frame drawn on the overview: where the second panel sits in the first. */
const [kx0, ky0] = projectIn(overviewFrame, [frame.west, frame.north]);
const [kx1, ky1] = projectIn(overviewFrame, [frame.east, frame.south]);

const region = layers(frame, { rivers: 'rivers.geojson', lakes: 'lakes.geojson' }, 0.5);
const overview = layers(overviewFrame, { rivers: 'inset/inset-rivers.geojson', lakes: 'inset/inset-lakes.geojson' }, 0.45);

const out = {
  generatedBy: 'lib/map/build.ts from Natural Earth (public domain) and content/map/places.json; do not edit by hand',
  ...region,
  cities: cities(places.cities, frame, 'places.geojson'),
  /** Only sites a public source places (lonLat); the others are listed on the page, not drawn. */
  sites: places.sites.flatMap((s) =>
    s.lonLat ? [{ id: s.id, lonLat: s.lonLat, at: projectIn(frame, s.lonLat), labelAt: s.labelAt ?? 'e' }] : [],
  ),
  banner: oval(frame),
  overview: {
    ...overview,
    cities: cities(places.overview, overviewFrame, 'inset/inset-places.geojson'),
    banner: oval(overviewFrame),
    regionKey: { x: kx0, y: ky0, width: Math.round((kx1 - kx0) * 10) / 10, height: Math.round((ky1 - ky0) * 10) / 10 },
  },
};
const target = path.join(root, 'content/map/base.json');
// Written as the repository's Prettier writes it, so a rebuild from unchanged data changes nothing.
writeFileSync(target, await format(JSON.stringify(out, null, 2), { ...(await resolveConfig(target)), filepath: target }));
console.log(
  `content/map/base.json: region ${region.width}×${region.height}, ${region.rivers.length} river lines, ${out.cities.length} cities, ${out.sites.length} sites; ` +
    `overview ${overview.width}×${overview.height}, ${overview.rivers.length} river lines, ${overview.lakes.length} lakes, ${out.overview.cities.length} cities`,
);
