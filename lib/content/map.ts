import { ContentError } from './errors';
import { readJson } from './read';
import { mapBaseFile, placesFile, type MapBase, type MapPlaces } from './schema';
import { validate } from './validate';

export interface SiteMap {
  places: MapPlaces;
  base: MapBase;
}

/**
 * Where content/map/base.json (drawn) and content/map/places.json (sourced) disagree: a drawn site with no
 * sourced coordinate, or a sourced one the drawing lacks or puts elsewhere (run `npx tsx lib/map/build.ts`).
 */
export function drawnSiteProblems(
  sourced: { id: string; lonLat: [number, number] | null }[],
  drawn: { id: string; lonLat: [number, number] }[],
): string[] {
  const problems: string[] = [];
  for (const d of drawn) {
    const s = sourced.find((x) => x.id === d.id);
    if (!s?.lonLat) problems.push(`"${d.id}" is drawn but places.json gives it no sourced coordinate`);
    else if (s.lonLat.join() !== d.lonLat.join())
      problems.push(`"${d.id}" is drawn at ${d.lonLat.join(', ')}, places.json says ${s.lonLat.join(', ')}`);
  }
  for (const s of sourced) if (s.lonLat && !drawn.some((d) => d.id === s.id)) problems.push(`"${s.id}" has a coordinate but is not drawn`);
  return problems;
}

/** content/map/: places.json (sourced, edited by hand) and base.json (drawn from it by lib/map/build.ts) agree. */
export function loadMap(root: string): SiteMap {
  const placesJson = readJson(root, 'map/places.json');
  const places = validate(placesFile, placesJson.data, placesJson.file, placesJson.source);
  const baseJson = readJson(root, 'map/base.json');
  const base = validate(mapBaseFile, baseJson.data, baseJson.file, baseJson.source);
  const problem = drawnSiteProblems(places.sites, base.sites)[0];
  if (problem)
    throw new ContentError(
      baseJson.file,
      'sites',
      `${problem} (run \`npx tsx lib/map/build.ts\` after changing places.json)`,
      baseJson.source.lineOf(['sites']),
    );
  return { places, base };
}
