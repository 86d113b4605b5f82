/**
 * The locator map's projections: equirectangular, with longitude scaled by cos(centre latitude) so that shapes
 * are right at the frame's latitude (the regional frame spans 4°, the overview about 9°; the distortion across
 * them is under 5 % and under 10 %). One function for the build script and the page, so a place in
 * content/map/places.json lands where the river data puts it.
 */
export interface Frame {
  west: number;
  east: number;
  south: number;
  north: number;
  /** SVG user units per degree of latitude. */
  scale: number;
}

/**
 * The regional sketch: the north-east of the Yellow River's "Ji" bend, from Yinchuan to Datong and down to
 * Taiyuan, with Zhungeer Banner in its middle. Sized so that its 420-unit width shown in a 390 px phone's column
 * keeps 16-unit labels at 13 px or more.
 */
export const frame: Frame = { west: 105.75, east: 113.85, south: 37.35, north: 41.4, scale: 67 };

/** The overview: the Yellow River's whole course, from its source on the plateau to the Bohai Sea, and Beijing. */
export const overviewFrame: Frame = { west: 95.2, east: 119.8, south: 33.3, north: 42.1, scale: 21.6 };

const cosMid = (f: Frame) => Math.cos((((f.north + f.south) / 2) * Math.PI) / 180);

export const sizeOf = (f: Frame) => ({
  width: Math.round((f.east - f.west) * cosMid(f) * f.scale),
  height: Math.round((f.north - f.south) * f.scale),
});

export const { width: mapWidth, height: mapHeight } = sizeOf(frame);

/** [lon, lat] in degrees → [x, y] in SVG units of the frame, rounded to 0.1. */
export function projectIn(f: Frame, [lon, lat]: readonly [number, number]): [number, number] {
  const x = (lon - f.west) * cosMid(f) * f.scale;
  const y = (f.north - lat) * f.scale;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** The regional frame's projection. */
export const project = (lonLat: readonly [number, number]) => projectIn(frame, lonLat);

/** SVG units per km on a frame (a degree of latitude is 111.2 km). */
export const unitsPerKm = (f: Frame) => f.scale / 111.2;
