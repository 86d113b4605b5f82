// Larger terrain pieces built on the landscape primitives: stepped mine
// benches, a river band, and the helper that draws bands between curves.
import { P, W, atmos, lighten, darken, type Pt, type Rng } from '../palette';
import { smooth, f, at, type Canvas } from '../svg';

/** A wavy, gently sagging line across the picture at height y. */
export function edgeLine(
  rng: Rng,
  y: number,
  {
    sag = 30,
    wob = 8,
    x0 = -40,
    x1 = W + 40,
    n = 24,
    cx = W / 2,
  }: { sag?: number; wob?: number; x0?: number; x1?: number; n?: number; cx?: number } = {},
): Pt[] {
  const ph = rng() * 6.28;
  const pts: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const x = x0 + ((x1 - x0) * i) / n;
    const u = (x - cx) / (W / 2);
    pts.push([x, y + sag * (1 - u * u) + wob * Math.sin(i * 0.9 + ph)]);
  }
  return pts;
}

/** Closed band between two lines (both left→right). */
export function bandPath(a: readonly Pt[], b: readonly Pt[]): string {
  return smooth(a) + smooth([...b].reverse()).replace('M', 'L') + 'Z';
}

/** One step of a bench slope: the top, face/bench boundary and bottom lines, its depth and scale. */
export interface Bench {
  top: Pt[];
  mid: Pt[];
  end: Pt[];
  depth: number;
  s: number;
}
/** Called per step with (index, upper line, lower line, depth 0 near…1 far, scale). */
export type BenchFn = (i: number, top: Pt[], bot: Pt[], depth: number, s: number) => void;
export interface BenchOpts {
  yTop: number;
  yBottom: number;
  levels?: number;
  ratio?: number;
  faceFrac?: number;
  sag?: number;
  face?: string;
  bench?: string;
  depthFar?: number;
  onFace?: BenchFn;
  onBench?: BenchFn;
}

/**
 * Stepped benches of a reclaimed open-pit slope, far (top) to near (bottom).
 * Each step: a sloping face then a flat bench. Callbacks let scenes plant
 * trees on faces or place grass/panels on benches.
 */
export function benches(
  c: Canvas,
  {
    yTop,
    yBottom,
    levels = 5,
    ratio = 1.3,
    faceFrac = 0.42,
    sag = 40,
    face = P.loess as string,
    bench = P.sage as string,
    depthFar = 0.4,
    onFace,
    onBench,
  }: BenchOpts,
): Bench[] {
  const r = c.rng;
  let total = 0;
  for (let i = 0; i < levels; i++) total += Math.pow(ratio, i);
  let y = yTop;
  let prev = edgeLine(r, y, { sag: sag * 0.5 });
  const out: Bench[] = [];
  for (let i = 0; i < levels; i++) {
    const h = ((yBottom - yTop) * Math.pow(ratio, i)) / total;
    const depth = depthFar * (1 - i / levels);
    const s = 0.45 + (0.9 * i) / levels;
    const mid = edgeLine(r, y + h * faceFrac, { sag: sag * (0.6 + i * 0.15) });
    const end = edgeLine(r, y + h, { sag: sag * (0.6 + i * 0.15) });
    const fd = bandPath(prev, mid);
    c.path(
      fd,
      c.linear(
        [
          [0, atmos(lighten(face, 0.08), depth)],
          [0.6, atmos(face, depth)],
          [1, atmos(darken(face, 0.15), depth)],
        ],
        0,
        0,
        1,
        0.3,
      ),
    );
    if (onFace) onFace(i, prev, mid, depth, s);
    const bd = bandPath(mid, end);
    c.path(
      bd,
      c.linear([
        [0, atmos(lighten(bench, 0.1), depth)],
        [1, atmos(bench, depth)],
      ]),
    );
    c.add(
      `<path d="${smooth(mid)}" fill="none" stroke="${atmos(lighten(P.loessLight, 0.2), depth)}" stroke-width="${f(2 + 3 * s)}" opacity="0.8"/>`,
    );
    if (onBench) onBench(i, mid, end, depth, s);
    out.push({ top: prev, mid, end, depth, s });
    prev = end;
    y += h;
  }
  return out;
}

/**
 * A river band following a centre line; width(t) gives the width along it
 * (t 0 far … 1 near). Draws water with a soft sky reflection and pale banks.
 */
export function river(
  c: Canvas,
  centre: readonly Pt[],
  width: (t: number) => number,
  { color = P.river as string, depth = 0 }: { color?: string; depth?: number } = {},
): string {
  const L: Pt[] = [];
  const R: Pt[] = [];
  const n = centre.length;
  for (let i = 0; i < n; i++) {
    const p = at(centre, i);
    const q = at(centre, i + 1);
    const o = at(centre, i - 1);
    let dx = q[0] - o[0];
    let dy = q[1] - o[1];
    const len = Math.hypot(dx, dy) || 1;
    dx /= len;
    dy /= len;
    const w = width(i / (n - 1)) / 2;
    L.push([p[0] - dy * w, p[1] + dx * w * 0.45]);
    R.push([p[0] + dy * w, p[1] - dx * w * 0.45]);
  }
  const d = smooth(L) + smooth([...R].reverse()).replace('M', 'L') + 'Z';
  const bank = smooth(L.map(([x, y]) => [x, y + 10])) + smooth([...R].reverse().map(([x, y]) => [x, y + 10])).replace('M', 'L') + 'Z';
  c.path(bank, atmos(P.loessLight, depth));
  c.path(
    d,
    c.linear([
      [0, atmos(lighten(color, 0.2), depth)],
      [0.5, atmos(color, depth)],
      [1, atmos(darken(color, 0.08), depth)],
    ]),
  );
  // glints: thin pale streaks along the centre line
  const rng = c.rng;
  for (let i = 2; i < n - 2; i += 2) {
    const [x, y] = at(centre, i);
    const w = width(i / (n - 1)) * 0.18;
    c.add(
      `<rect x="${f(x - w + rng.range(-w, w))}" y="${f(y + rng.range(-6, 6))}" width="${f(w * 1.4)}" height="${f(2 + w * 0.03)}" rx="2" fill="${P.riverLight}" opacity="0.7"/>`,
    );
  }
  return d;
}
