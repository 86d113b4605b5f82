// Trees, shrubs and crop motifs. Every shape is lit from the left: the left
// half is lighter, the right half darker.
import { P, atmos, lighten, darken } from '../palette';
import { f, type Canvas } from '../svg';

/** Conifer (Chinese pine) as a layered cone; (x,y) is the foot of the trunk. */
export function pine(c: Canvas, x: number, y: number, s = 1, depth = 0, col: string = P.pine): void {
  const h = 120 * s;
  const w = 44 * s;
  const light = atmos(lighten(col, 0.12), depth);
  const dark = atmos(darken(col, 0.15), depth);
  let out = `<rect x="${f(x - 3 * s)}" y="${f(y - 14 * s)}" width="${f(6 * s)}" height="${f(14 * s)}" fill="${atmos(P.trunk, depth)}"/>`;
  for (let t = 0; t < 3; t++) {
    const top = y - h + t * h * 0.22;
    const base = y - 10 * s - (2 - t) * h * 0.16;
    const ww = w * (0.62 + t * 0.2);
    out += `<path d="M${f(x)} ${f(top)}L${f(x - ww)} ${f(base)}L${f(x)} ${f(base + 4 * s)}Z" fill="${light}"/>`;
    out += `<path d="M${f(x)} ${f(top)}L${f(x + ww)} ${f(base)}L${f(x)} ${f(base + 4 * s)}Z" fill="${dark}"/>`;
  }
  c.add(out);
}

/** Round-crowned tree (orchard, shelter belt). crown colour + optional dots (blossom/fruit). */
export function roundTree(c: Canvas, x: number, y: number, s = 1, depth = 0, col: string = P.olive, dots: string | null = null): void {
  const r = 30 * s;
  const cy = y - 22 * s - r;
  const rng = c.rng;
  let out = `<rect x="${f(x - 3.5 * s)}" y="${f(cy)}" width="${f(7 * s)}" height="${f(y - cy)}" fill="${atmos(P.trunk, depth)}"/>`;
  out += `<ellipse cx="${f(x + 6 * s)}" cy="${f(y)}" rx="${f(r * 0.9)}" ry="${f(r * 0.18)}" fill="${P.shadow}" opacity="0.18"/>`;
  out += `<circle cx="${f(x)}" cy="${f(cy)}" r="${f(r)}" fill="${atmos(darken(col, 0.1), depth)}"/>`;
  out += `<circle cx="${f(x - r * 0.22)}" cy="${f(cy - r * 0.18)}" r="${f(r * 0.72)}" fill="${atmos(col, depth)}"/>`;
  out += `<circle cx="${f(x - r * 0.38)}" cy="${f(cy - r * 0.34)}" r="${f(r * 0.36)}" fill="${atmos(lighten(col, 0.15), depth)}"/>`;
  if (dots && s > 0.35) {
    const n = Math.round(9 * Math.min(1.6, s));
    for (let i = 0; i < n; i++) {
      const a = rng() * 6.28;
      const rr = Math.sqrt(rng()) * r * 0.85;
      out += `<circle cx="${f(x + Math.cos(a) * rr)}" cy="${f(cy + Math.sin(a) * rr)}" r="${f(3.6 * s + 0.6)}" fill="${atmos(dots, depth)}"/>`;
    }
  }
  c.add(out);
}

/** Blossoming apricot: pale pink crown made of several puffs. */
export function blossomTree(c: Canvas, x: number, y: number, s = 1, depth = 0): void {
  const r = 28 * s;
  const cy = y - 24 * s - r;
  const rng = c.rng;
  let out = `<ellipse cx="${f(x + 6 * s)}" cy="${f(y)}" rx="${f(r)}" ry="${f(r * 0.18)}" fill="${P.shadow}" opacity="0.16"/>`;
  out += `<path d="M${f(x - 4 * s)} ${f(y)}L${f(x - 2 * s)} ${f(cy)}L${f(x + 2 * s)} ${f(cy)}L${f(x + 4 * s)} ${f(y)}Z" fill="${atmos(P.trunk, depth)}"/>`;
  const puffs: [number, number, number][] = [
    [-0.55, 0.15, 0.6],
    [0.55, 0.2, 0.6],
    [0, -0.3, 0.75],
    [0.1, 0.25, 0.7],
    [-0.3, -0.1, 0.55],
  ];
  for (const [dx, dy, rr] of puffs)
    out += `<circle cx="${f(x + dx * r)}" cy="${f(cy + dy * r)}" r="${f(rr * r)}" fill="${atmos(P.blossomDeep, depth)}"/>`;
  for (const [dx, dy, rr] of puffs)
    out += `<circle cx="${f(x + dx * r - r * 0.12)}" cy="${f(cy + dy * r - r * 0.12)}" r="${f(rr * r * 0.72)}" fill="${atmos(P.blossom, depth)}"/>`;
  if (s > 0.5)
    for (let i = 0; i < 6; i++)
      out += `<circle cx="${f(x + rng.range(-r, r) * 0.8)}" cy="${f(cy + rng.range(-r, r) * 0.6)}" r="${f(2.6 * s)}" fill="${atmos('#fbf1ee', depth)}"/>`;
  c.add(out);
}

/** Low rounded shrub (grass clumps, sea-buckthorn, rose bush). */
export function shrub(c: Canvas, x: number, y: number, s = 1, depth = 0, col: string = P.green, flower: string | null = null): void {
  const rng = c.rng;
  let out = `<ellipse cx="${f(x)}" cy="${f(y - 8 * s)}" rx="${f(20 * s)}" ry="${f(11 * s)}" fill="${atmos(darken(col, 0.1), depth)}"/>`;
  out += `<ellipse cx="${f(x - 4 * s)}" cy="${f(y - 11 * s)}" rx="${f(13 * s)}" ry="${f(7 * s)}" fill="${atmos(col, depth)}"/>`;
  if (flower)
    for (let i = 0; i < 4; i++)
      out += `<circle cx="${f(x + rng.range(-16, 16) * s)}" cy="${f(y - rng.range(6, 17) * s)}" r="${f(2.8 * s + 0.5)}" fill="${atmos(flower, depth)}"/>`;
  c.add(out);
}

/** Grassy specks on a flat surface (newly sown benches). */
export function speckle(
  c: Canvas,
  {
    x0,
    x1,
    y0,
    y1,
    n = 80,
    col = P.green as string,
    size = 5,
  }: { x0: number; x1: number; y0: number; y1: number; n?: number; col?: string; size?: number },
): void {
  const r = c.rng;
  let out = '';
  for (let i = 0; i < n; i++) {
    const y = r.range(y0, y1);
    const s = size * (0.5 + (y - y0) / Math.max(1, y1 - y0));
    out += `<ellipse cx="${f(r.range(x0, x1))}" cy="${f(y)}" rx="${f(s * 1.6)}" ry="${f(s * 0.7)}" fill="${col}" opacity="0.7"/>`;
  }
  c.add(out);
}
