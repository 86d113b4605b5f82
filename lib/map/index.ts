/**
 * The locator map's geometry helpers. Its data (content/map/places.json, base.json) is read and checked by
 * lib/content (`getMap()`); `npx tsx lib/map/build.ts` writes base.json.
 */

/** Great-circle distance in km, rounded to 5 km (the banner's middle is itself approximate). */
export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return Math.round((2 * 6371 * Math.asin(Math.sqrt(a))) / 5) * 5;
}

/**
 * The sites the articles name that the map cannot place (no public coordinates, not known to lie in a drawn
 * town): listed under the map and in the enlarged view as "location not given", never drawn.
 */
export function unplacedSites<S extends { lonLat: unknown; inTown?: string }>(sites: readonly S[]): S[] {
  return sites.filter((s) => !s.lonLat && !s.inTown);
}
