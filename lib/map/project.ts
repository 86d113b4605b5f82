/**
 * The locator map's projection: equirectangular, with longitude scaled by cos(centre latitude) so that shapes
 * are right at this latitude (the bend spans 7°; the distortion across it is under 5 %). One function for the
 * build script and the page, so a place in content/map/places.json lands where the river data puts it.
 */
export const frame = {
  west: 105.6,
  east: 114.2,
  south: 34.2,
  north: 41.5,
  /** SVG user units per degree of latitude. */
  scale: 88,
} as const;

const k = Math.cos((((frame.north + frame.south) / 2) * Math.PI) / 180);

export const mapWidth = Math.round((frame.east - frame.west) * k * frame.scale);
export const mapHeight = Math.round((frame.north - frame.south) * frame.scale);

/** [lon, lat] in degrees → [x, y] in SVG units, rounded to 0.1. */
export function project([lon, lat]: readonly [number, number]): [number, number] {
  const x = (lon - frame.west) * k * frame.scale;
  const y = (frame.north - lat) * frame.scale;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
