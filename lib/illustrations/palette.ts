// Shared palette, light presets, colour helpers and the seeded PRNG used by every scene.
// One palette family keeps the set calm and consistent (muted greens, ochre loess, low-saturation
// accents); the light (time of day, weather, where the sun is) varies from scene to scene.

export const W = 2400;
export const H = 1500;

/** A point [x, y] in picture coordinates (2400 × 1500, y down). */
export type Pt = [number, number];
/** A gradient stop: [offset 0…1, colour, opacity?]. */
export type Stop = [number, string] | [number, string, number];

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
} as const;

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
} as const;

/**
 * The light of one scene: sky colours, the haze that distant things fade into, the sun (null when it is
 * out of frame or behind cloud), the side the light comes from, and a colour-temperature wash laid over
 * the finished picture.
 */
export interface Light {
  skyTop: string;
  skyMid: string;
  skyLow: string;
  haze: string;
  glow: string;
  /** Sun disc position, or null when it is not in the picture. */
  sun: { x: number; y: number } | null;
  /** Where the glow sits when the sun itself is out of frame (or behind cloud). */
  glowAt: { x: number; y: number; r: number; strength: number };
  /** The side the light comes from: -1 from the left, +1 from the right. */
  from: -1 | 1;
  clouds: 'streaks' | 'soft' | 'overcast' | 'none';
  /** Wash over the whole picture: colour and opacity. */
  grade: { color: string; opacity: number } | null;
  /**
   * A shift of the whole palette (an feColorMatrix, 20 values, applied to the finished picture): greens to gold
   * in autumn, colder and greyer in winter, softer and rosier in mist. Lights without one keep the palette as is.
   */
  palette?: string;
}

/** Light presets: morning (cool, low sun), midday (high, neutral), gold (late afternoon), overcast, spring haze. */
export const LIGHTS = {
  morning: {
    skyTop: '#9dbdd0',
    skyMid: '#d3e0df',
    skyLow: '#f0e6d2',
    haze: '#d5ddd8',
    glow: '#f7ecd6',
    sun: null,
    glowAt: { x: 2100, y: 420, r: 1100, strength: 0.6 },
    from: 1,
    clouds: 'streaks',
    grade: { color: '#cfe0ea', opacity: 0.06 },
  },
  midday: {
    skyTop: '#86aecb',
    skyMid: '#bcd3e0',
    skyLow: '#e6ecea',
    haze: '#d8e0df',
    glow: '#ffffff',
    sun: null,
    glowAt: { x: 1200, y: -200, r: 1400, strength: 0.35 },
    from: -1,
    clouds: 'soft',
    grade: null,
  },
  gold: {
    skyTop: '#8fb0c2',
    skyMid: '#d9d6c4',
    skyLow: '#f4d5a6',
    haze: '#e3d6bd',
    glow: '#fbdca8',
    sun: { x: 1880, y: 300 },
    glowAt: { x: 1880, y: 300, r: 1000, strength: 0.9 },
    from: 1,
    clouds: 'streaks',
    grade: { color: '#f2b872', opacity: 0.08 },
  },
  overcast: {
    skyTop: '#aab5b9',
    skyMid: '#c9cfcd',
    skyLow: '#dcdcd3',
    haze: '#d2d5cf',
    glow: '#eceae2',
    sun: null,
    glowAt: { x: 900, y: 200, r: 1200, strength: 0.4 },
    from: -1,
    clouds: 'overcast',
    grade: { color: '#b8c2c4', opacity: 0.08 },
  },
  spring: {
    skyTop: '#a6c3d3',
    skyMid: '#dbe5e2',
    skyLow: '#f3ebdf',
    haze: '#e2e3dc',
    glow: '#fbf1e2',
    sun: null,
    glowAt: { x: 1500, y: 120, r: 1200, strength: 0.7 },
    from: 1,
    clouds: 'soft',
    grade: { color: '#f6e4e4', opacity: 0.05 },
  },
  /** Autumn afternoon (the season the feature walks through): warm, the greens pushed towards gold. */
  autumn: {
    skyTop: '#7d9fbd',
    skyMid: '#d3cfb6',
    skyLow: '#f2d9a8',
    haze: '#e4cfa6',
    glow: '#fbdcaa',
    sun: null,
    glowAt: { x: 2200, y: 260, r: 1300, strength: 0.8 },
    from: 1,
    clouds: 'soft',
    grade: { color: '#f2b872', opacity: 0.06 },
    palette: '1 0.22 -0.1 0 0  0.04 0.9 0 0 0  -0.05 0.04 0.84 0 0  0 0 0 1 0',
  },
  /** Dusk: low sun at the horizon, violet sky, long warm light. */
  dusk: {
    skyTop: '#56688f',
    skyMid: '#b9929a',
    skyLow: '#f0a877',
    haze: '#cf9f8c',
    glow: '#ffc387',
    sun: { x: 1950, y: 600 },
    glowAt: { x: 1950, y: 600, r: 1200, strength: 1 },
    from: 1,
    clouds: 'streaks',
    grade: { color: '#c8643c', opacity: 0.08 },
    palette: '1.04 0.06 0 0 0.01  0 0.88 0.03 0 0  0.03 0 0.86 0 0.04  0 0 0 1 0',
  },
  /** A clear winter day: cold blue sky, no cloud, the palette cooled. */
  winter: {
    skyTop: '#5f93c8',
    skyMid: '#b3d0e8',
    skyLow: '#eef3f6',
    haze: '#dde6ee',
    glow: '#ffffff',
    sun: null,
    glowAt: { x: 400, y: 200, r: 1200, strength: 0.5 },
    from: -1,
    clouds: 'none',
    grade: null,
    palette: '0.66 0.23 0.02 0 0  0.07 0.86 0.03 0 0.02  0.07 0.24 0.7 0 0.08  0 0 0 1 0',
  },
  /** Dawn at eye level, looking into the sun as it clears a far ridge: night blue overhead to gold, all backlit. */
  dawn: {
    skyTop: '#3f4d7e',
    skyMid: '#a68ea8',
    skyLow: '#f4b47c',
    haze: '#c79b92',
    glow: '#ffcf94',
    sun: { x: 1640, y: 842 },
    glowAt: { x: 1640, y: 842, r: 1300, strength: 1 },
    from: 1,
    clouds: 'none',
    grade: { color: '#d47a4e', opacity: 0.05 },
  },
  /** Dawn mist: pale rose light through haze, the distance lost. */
  mist: {
    skyTop: '#b5b1c7',
    skyMid: '#e2d2d7',
    skyLow: '#f6e5da',
    haze: '#eadcdc',
    glow: '#fff0e6',
    sun: { x: 520, y: 470 },
    glowAt: { x: 520, y: 470, r: 1000, strength: 0.8 },
    from: -1,
    clouds: 'none',
    grade: null,
    palette: '0.8 0 0 0 0.19  0 0.78 0 0 0.15  0 0 0.78 0 0.17  0 0 0 1 0',
  },
} as const satisfies Record<string, Light>;
export type LightName = keyof typeof LIGHTS;

/** The haze colour of the scene being drawn (set by Canvas from its light), used by atmos(). */
let currentHaze: string = P.haze;
export function setHaze(c: string): void {
  currentHaze = c;
}

function hexToRgb(h: string): [number, number, number] {
  const n = parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function rgbToHex([r, g, b]: number[]): string {
  return (
    '#' +
    [r, g, b]
      .map((v = 0) =>
        Math.round(Math.max(0, Math.min(255, v)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}
/** Linear mix of two hex colours, t=0 → a, t=1 → b. */
export function mix(a: string, b: string, t: number): string {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  return rgbToHex(x.map((v, i) => v + ((y[i] ?? v) - v) * t));
}
/** Atmospheric perspective: push a colour toward the haze by distance d (0 near … 1 far). */
export const atmos = (c: string, d: number): string => mix(c, currentHaze, d);
export const lighten = (c: string, t: number): string => mix(c, '#ffffff', t);
export const darken = (c: string, t: number): string => mix(c, '#1f2a22', t);

/** mulberry32: small, fast, deterministic PRNG. */
export function mulberry32(seed: number): () => number {
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
export function seedFrom(str: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
/** A seeded PRNG with conveniences: range, int, pick, jitter. */
export interface Rng {
  (): number;
  range(a: number, b: number): number;
  int(a: number, b: number): number;
  pick<T>(arr: readonly T[]): T;
  jit(v: number, s: number): number;
}
export function makeRng(seed: number): Rng {
  const r = mulberry32(seed);
  const rng = Object.assign(() => r(), {
    range: (a: number, b: number) => a + (b - a) * r(),
    int: (a: number, b: number) => Math.floor(a + (b - a + 1) * r()),
    pick: <T>(arr: readonly T[]): T => {
      if (arr.length === 0) throw new Error('pick from an empty list');
      return arr[Math.floor(r() * arr.length)] as T;
    },
    jit: (v: number, s: number) => v + (r() * 2 - 1) * s,
  });
  return rng;
}
