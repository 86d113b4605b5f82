// Shared palette, colour helpers and the seeded PRNG used by every scene.
// One palette for all illustrations keeps the set calm and consistent:
// soft evening sky, muted greens, ochre loess, low-saturation accents.

export const W = 2400;
export const H = 1500;

/** Light comes from the upper left in every scene (warm, low evening sun). */
export const SUN = { x: 430, y: 360 };

export const P = {
  skyTop: '#8fb4c9',
  skyMid: '#c9dad8',
  skyLow: '#f1dfc0',
  sunGlow: '#fbe7c2',
  sunDisc: '#fdf4df',
  cloud: '#fbf6ec',
  haze: '#d9dccf',
  farRidge: '#a9b8b5',
  midRidge: '#93a78e',

  loessLight: '#e4c896',
  loess: '#d2ae78',
  loessDark: '#b38b58',
  loessShadow: '#94714a',
  soil: '#a98a62',

  grassLight: '#b9c98c',
  sage: '#9fb57c',
  olive: '#7f9b5f',
  green: '#6a8a55',
  deep: '#51704a',
  pine: '#3f5c45',
  pineDark: '#2f4838',
  trunk: '#6b5541',

  alfalfa: '#8daf5f',
  alfalfaFlower: '#a592c2',
  herbPurple: '#8f79b0',
  herbViolet: '#7a6aa8',
  herbYellow: '#e2c15a',
  herbOrange: '#de9a4f',
  herbWhite: '#f1ece0',
  blossom: '#f2d9d6',
  blossomDeep: '#e6b9b8',
  apricot: '#e6a24c',
  rose: '#cf7483',
  roseDeep: '#b3596b',
  grape: '#6f5a86',
  vine: '#6f8f4e',

  panel: '#33506a',
  panelLight: '#6d8ea8',
  panelEdge: '#c4ccd0',
  steel: '#aeb6bb',
  steelDark: '#7d878d',
  concrete: '#d8d3c8',
  roof: '#b7a99a',
  roofRed: '#b9826a',
  white: '#f4f1ea',
  truck: '#d8a544',
  truckDark: '#a87a2c',
  tyre: '#3b3a38',
  accent: '#5f9c8a',

  water: '#a8c3c2',
  river: '#9fb8b6',
  riverLight: '#e3e6dc',

  sheep: '#f3eee3',
  sheepShadow: '#d6cdbd',
  cow: '#8a5f45',
  cowDark: '#5d4030',
  cowLight: '#efe5d3',
  shadow: '#3a4536',
};

/** Bare ground for the "before" half of the before/after pairs: spoil, raw loess, subsided goaf. */
export const BARE = {
  far: '#b9ad98',
  slope: '#c8ad84',
  slopeDark: '#b0956c',
  floorFar: '#cdb58e',
  floor: '#b4946a',
  channel: '#8a6d4a',
  silt: '#dcc7a2',
  spoil: '#8d8579',
  spoilFace: '#a39580',
  rill: '#5e574f',
  rock: '#6f685e',
  goaf: '#b59f80',
  crack: '#5f4d3a',
};

function hexToRgb(h) {
  const n = parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function rgbToHex([r, g, b]) {
  return (
    '#' +
    [r, g, b]
      .map((v) =>
        Math.round(Math.max(0, Math.min(255, v)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}
/** Linear mix of two hex colours, t=0 → a, t=1 → b. */
export function mix(a, b, t) {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  return rgbToHex(x.map((v, i) => v + (y[i] - v) * t));
}
/** Atmospheric perspective: push a colour toward the haze by distance d (0 near … 1 far). */
export const atmos = (c, d) => mix(c, P.haze, d);
export const lighten = (c, t) => mix(c, '#ffffff', t);
export const darken = (c, t) => mix(c, '#1f2a22', t);

/** mulberry32: small, fast, deterministic PRNG. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Stable 32-bit seed from a string (FNV-1a). */
export function seedFrom(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
/** Convenience wrapper around a PRNG: range, pick, jitter. */
export function makeRng(seed) {
  const r = mulberry32(seed);
  const rng = () => r();
  rng.range = (a, b) => a + (b - a) * r();
  rng.int = (a, b) => Math.floor(a + (b - a + 1) * r());
  rng.pick = (arr) => arr[Math.floor(r() * arr.length)];
  rng.jit = (v, s) => v + (r() * 2 - 1) * s;
  return rng;
}
