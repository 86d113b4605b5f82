// Landscape primitives shared by all scenes: the sky, a hazy horizon of far
// ridges, loess hills, terraced hills, perspective stripes and ground helpers.
// The light (time of day, the side it comes from) is the scene's c.light.
import { P, W, H, mix, atmos, lighten, darken, type Light, type Pt, type Rng } from '../palette';
import { poly, smooth, f, at, type Canvas } from '../svg';
import { archiveSky } from './archive';

/**
 * The sky of the scene's light (c.light): a gradient down to the horizon, a glow where the sun is (or would be),
 * the sun disc when it is in frame, and clouds: long streaks, soft puffs or an overcast layer.
 */
export function sky(c: Canvas, { horizon = 640 }: { horizon?: number } = {}): void {
  const L = c.light;
  const g = c.linear(
    [
      [0, L.skyTop],
      [0.55, L.skyMid],
      [1, L.skyLow],
    ],
    0,
    0,
    0,
    horizon + 200,
    true,
  );
  c.add(`<rect width="${W}" height="${f(horizon + 400)}" fill="${g}"/>`);
  const ga = L.glowAt;
  const glow = c.radial(
    [
      [0, L.glow, ga.strength],
      [0.35, L.glow, ga.strength * 0.45],
      [1, L.glow, 0],
    ],
    ga.x,
    ga.y,
    ga.r,
  );
  c.add(`<rect width="${W}" height="${f(horizon + 300)}" fill="${glow}"/>`);
  if (L.sun) c.add(`<circle cx="${L.sun.x}" cy="${L.sun.y}" r="58" fill="${lighten(L.glow, 0.6)}" opacity="0.95"/>`);
  const r = c.rng;
  if (L.clouds === 'overcast') {
    for (let i = 0; i < 7; i++) {
      const cy = r.range(40, Math.max(80, horizon - 120));
      const cx = r.range(-200, W + 200);
      c.add(
        `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(r.range(500, 900))}" ry="${f(r.range(40, 90))}" fill="${lighten(L.skyMid, 0.25)}" opacity="${f(r.range(0.35, 0.6))}"/>`,
      );
    }
    return;
  }
  const n = L.clouds === 'none' ? 0 : 4;
  for (let i = 0; i < n; i++) {
    const cx = r.range(200, 2300);
    const cy = r.range(90, Math.max(120, horizon - 220));
    if (L.clouds === 'soft') {
      const s = r.range(0.7, 1.3);
      let d = '';
      for (let k = 0; k < 5; k++)
        d += `<ellipse cx="${f(cx + (k - 2) * 70 * s)}" cy="${f(cy - Math.sin((k / 4) * Math.PI) * 30 * s)}" rx="${f(90 * s)}" ry="${f(40 * s)}"/>`;
      c.add(`<g fill="${'#ffffff'}" opacity="${f(r.range(0.35, 0.55))}">${d}</g>`);
      continue;
    }
    const len = r.range(260, 520);
    const th = r.range(16, 30);
    c.add(
      `<path d="M${f(cx - len)} ${f(cy)}Q${f(cx - len * 0.4)} ${f(cy - th * 1.6)} ${f(cx)} ${f(cy - th)}` +
        `Q${f(cx + len * 0.5)} ${f(cy - th * 1.4)} ${f(cx + len)} ${f(cy)}Z" fill="${P.cloud}" opacity="${f(r.range(0.35, 0.55))}"/>`,
    );
  }
}

export interface RidgeOpts {
  y: number;
  amp?: number;
  wave?: number;
  step?: number;
  x0?: number;
  x1?: number;
  rough?: number;
}
export interface HillBandOpts {
  y: number;
  amp?: number;
  wave?: number;
  color?: string;
  depth?: number;
  bottomY?: number;
  rough?: number;
}
export interface TerracedHillOpts {
  cx: number;
  baseY: number;
  topY: number;
  halfW: number;
  levels?: number;
  field?: string;
  depth?: number;
  skew?: number;
  cap?: number;
  /** Called for each terrace level k with its arc (far → near) and a scale for things planted on it. */
  onTerrace?: (k: number, arc: Pt[], scale: number) => void;
}
export interface StripesOpts {
  field: string;
  vp: { x: number; y: number };
  n?: number;
  x0?: number;
  x1?: number;
  colors: readonly string[];
  bottom?: number;
}

/** A smooth ridge line: sum of sines with seeded phases. Returns [[x,y],...]. */
export function ridge(rng: Rng, { y, amp = 60, wave = 900, step = 30, x0 = -60, x1 = W + 60, rough = 0.25 }: RidgeOpts): Pt[] {
  const ph = [rng() * 6.28, rng() * 6.28, rng() * 6.28] as const;
  const pts: Pt[] = [];
  for (let x = x0; x <= x1 + step; x += step) {
    const v =
      Math.sin((x / wave) * 6.28 + ph[0]) +
      0.45 * Math.sin((x / (wave * 0.43)) * 6.28 + ph[1]) +
      rough * Math.sin((x / (wave * 0.17)) * 6.28 + ph[2]);
    pts.push([x, y - amp * v * 0.6]);
  }
  return pts;
}

/** Fill the area under a ridge line down to `bottom`, vertical gradient top→bottom colours. */
export function fillUnder(c: Canvas, pts: readonly Pt[], top: string, bottom: string, bottomY = H, opacity = 1): string {
  const g = c.linear([
    [0, top],
    [1, bottom],
  ]);
  const d = smooth(pts) + `L${f(at(pts, pts.length - 1)[0])} ${bottomY}L${f(at(pts, 0)[0])} ${bottomY}Z`;
  c.path(d, g, opacity < 1 ? `opacity="${opacity}"` : '');
  return d;
}

/**
 * The standard horizon treatment used by every scene: two hazy far ridges
 * that fade into the warm sky at their foot.
 */
export function farRidges(c: Canvas, horizon = 640): void {
  const r = c.rng;
  fillUnder(c, ridge(r, { y: horizon - 70, amp: 55, wave: 1100 }), atmos(P.farRidge, 0.25), c.light.skyLow, horizon + 120);
  fillUnder(
    c,
    ridge(r, { y: horizon - 20, amp: 45, wave: 800 }),
    atmos(P.midRidge, 0.3),
    mix(c.light.haze, c.light.skyLow, 0.4),
    horizon + 160,
  );
  c.add(`<rect x="0" y="${horizon + 150}" width="${W}" height="${H - horizon - 150}" fill="${atmos(P.sage, 0.35)}"/>`);
}

/** How an eye-level scene starts: its light, the sky down to the horizon and the far ridges (at `ridgesAt`). */
export function backdrop(c: Canvas, light: Light, horizon: number, ridgesAt = horizon): void {
  c.setLight(light);
  c.horizon = ridgesAt;
  if (c.archive) {
    const texture = c.archive;
    c.discard(() => {
      sky(c, { horizon });
      farRidges(c, ridgesAt);
    });
    archiveSky(c, texture, ridgesAt);
    return;
  }
  sky(c, { horizon });
  farRidges(c, ridgesAt);
}

/** The ground below an edge drawn from x = -50 to x = W + 50, closed along the foot of the picture. */
export const below = (edge: string): string => `${edge}L${W + 50} ${H}L-50 ${H}Z`;

/** Fill the ground below an edge (see below()) with a vertical gradient, far colour at the edge, near at the foot. */
export function groundBelow(c: Canvas, edge: string, far: string, near: string): void {
  c.path(
    below(edge),
    c.linear([
      [0, far],
      [1, near],
    ]),
  );
}

/** A broad loess hill band (mid-ground) with light from the left. */
export function hillBand(
  c: Canvas,
  { y, amp = 70, wave = 1000, color = P.sage as string, depth = 0.2, bottomY = H, rough = 0.2 }: HillBandOpts,
): { pts: Pt[]; d: string } {
  const pts = ridge(c.rng, { y, amp, wave, rough });
  const top = atmos(lighten(color, 0.08), depth);
  const bot = atmos(darken(color, 0.12), depth * 0.6);
  const d = fillUnder(c, pts, top, bot, bottomY);
  return { pts, d };
}

/** Sample a smooth ridge polyline at x (linear interpolation). */
export function yAt(pts: readonly Pt[], x: number): number {
  for (let i = 0; i < pts.length - 1; i++) {
    const [ax, ay] = at(pts, i);
    const [bx, by] = at(pts, i + 1);
    if (x >= ax && x <= bx) return ay + (by - ay) * ((x - ax) / (bx - ax || 1));
  }
  return at(pts, pts.length - 1)[1];
}

/** Right-hand shading across a clipped shape, for consistent side light. */
export function sideShade(c: Canvas, clipAttr: string, x0: number, x1: number, y0: number, y1: number, strength = 0.22): void {
  const lit = c.light.from < 0;
  const g = c.linear(
    [
      [0, lit ? '#ffffff' : P.shadow, lit ? 0.08 : strength],
      [0.5, '#ffffff', 0],
      [1, lit ? P.shadow : '#ffffff', lit ? strength : 0.08],
    ],
    x0,
    0,
    x1,
    0,
    true,
  );
  c.group(clipAttr, () => c.add(`<rect x="${f(x0)}" y="${f(y0)}" width="${f(x1 - x0)}" height="${f(y1 - y0)}" fill="${g}"/>`));
}

/** Dome-shaped hill outline points (loess mound) centred on cx. */
export function moundPts(
  rng: Rng,
  { cx, baseY, topY, halfW, skew = 0, n = 40 }: { cx: number; baseY: number; topY: number; halfW: number; skew?: number; n?: number },
): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const u = -1 + (2 * i) / n;
    const uu = u - skew * (1 - u * u);
    const v = Math.max(-1, Math.min(1, uu));
    const b = Math.pow(1 - v * v, 1.25);
    pts.push([cx + u * halfW, baseY - (baseY - topY) * b + Math.sin(u * 9 + rng() * 0.5) * 3]);
  }
  return pts;
}

/**
 * Terraced loess hill: a dome with curved terrace risers that sag toward the
 * viewer. onTerrace(i, pts, scale) lets a scene plant trees/crops along each level.
 * Returns {d, pts, clip}.
 */
export function terracedHill(c: Canvas, o: TerracedHillOpts): { d: string; pts: Pt[]; clip: string } {
  const { cx, baseY, topY, halfW, levels = 7, field = P.sage as string, depth = 0, skew = 0, cap = 0, onTerrace } = o;
  const pts = moundPts(c.rng, { cx, baseY, topY, halfW, skew });
  const d = smooth(pts) + 'Z';
  c.path(
    d,
    c.linear([
      [0, atmos(lighten(field, 0.1), depth)],
      [1, atmos(darken(field, 0.08), depth)],
    ]),
  );
  const clip = c.clip(d);
  const riser = atmos(P.loess, depth);
  const riserDark = atmos(P.loessShadow, depth);
  const hgt = baseY - topY;
  c.group(clip, () => {
    for (let k = 0; k < levels; k++) {
      const t = cap + (1 - cap) * ((k + 1) / (levels + 0.6));
      const y = topY + hgt * Math.pow(t, 1.15);
      const half = halfW * (0.25 + 0.95 * Math.sqrt(t));
      const bow = hgt * 0.06 * (0.6 + t);
      const arc: Pt[] = [];
      for (let i = 0; i <= 24; i++) {
        const u = -1.1 + (2.2 * i) / 24;
        arc.push([cx + u * half, y + bow * (1 - u * u) - bow * 0.2]);
      }
      const th = 7 + 14 * t;
      const band = k % 2 ? field : mix(field, P.loessLight, 0.28);
      c.path(smooth(arc) + `L${f(cx + halfW * 1.2)} ${f(baseY + 40)}L${f(cx - halfW * 1.2)} ${f(baseY + 40)}Z`, atmos(band, depth));
      c.add(
        `<path d="${smooth(arc)}" fill="none" stroke="${riserDark}" stroke-width="${f(th * 0.45)}" transform="translate(0 ${f(th * 0.7)})" opacity="0.55"/>`,
      );
      c.add(`<path d="${smooth(arc)}" fill="none" stroke="${riser}" stroke-width="${f(th)}"/>`);
      if (onTerrace) onTerrace(k, arc, 0.4 + 0.6 * t);
    }
  });
  sideShade(c, clip, cx - halfW, cx + halfW, topY - 10, baseY + 10);
  return { d, pts, clip };
}

/**
 * Stripes converging on a vanishing point, clipped to a field polygon.
 * colors: array cycled per stripe. Used for crop rows, herb bands, furrows.
 */
export function perspectiveStripes(c: Canvas, { field, vp, n = 40, x0 = -1600, x1 = W + 1600, colors, bottom = H }: StripesOpts): string {
  const clip = c.clip(field);
  c.group(clip, () => {
    for (let i = 0; i < n; i++) {
      const a = x0 + ((x1 - x0) * i) / n;
      const b = x0 + ((x1 - x0) * (i + 1)) / n;
      c.add(
        `<path d="${poly([
          [vp.x, vp.y],
          [a, bottom],
          [b, bottom],
        ])}" fill="${colors[i % colors.length] ?? P.green}"/>`,
      );
    }
  });
  return clip;
}

/** Ground-plane perspective helper: map (lateral offset at near plane, depth factor) to screen. */
export function ground({ vpx, horizon, yNear }: { vpx: number; horizon: number; yNear: number }) {
  return (xNear: number, z: number): { x: number; y: number; s: number } => {
    const s = 1 / z; // z = 1 at near plane, grows with distance
    return { x: vpx + (xNear - vpx) * s, y: horizon + (yNear - horizon) * s, s };
  };
}

/** The strip of ground under a row between two of its ground() points, `w` either side of the row's line at scale 1. */
export function rowStrip(a: { x: number; y: number; s: number }, b: { x: number; y: number; s: number }, w: number): string {
  return poly([
    [a.x - w * a.s, a.y],
    [a.x + w * a.s, a.y],
    [b.x + w * b.s, b.y],
    [b.x - w * b.s, b.y],
  ]);
}

/** Soft grass tufts along the bottom edge, to frame the foreground. */
export function foregroundGrass(
  c: Canvas,
  { y = H - 90, color = P.green as string, count = 90 }: { y?: number; color?: string; count?: number } = {},
): Pt[] {
  const r = c.rng;
  const pts = ridge(r, { y, amp: 26, wave: 700, rough: 0.4 });
  fillUnder(c, pts, lighten(color, 0.05), darken(color, 0.2));
  for (let i = 0; i < count; i++) {
    const x = r.range(0, W);
    const yy = yAt(pts, x) + r.range(4, 60);
    const h = r.range(18, 44);
    const col = r() < 0.5 ? darken(color, 0.1) : lighten(color, 0.12);
    c.add(
      `<path d="M${f(x - 6)} ${f(yy)}Q${f(x - 2)} ${f(yy - h * 0.6)} ${f(x + r.range(-10, 10))} ${f(yy - h)}Q${f(x + 2)} ${f(yy - h * 0.5)} ${f(x + 6)} ${f(yy)}Z" fill="${col}"/>`,
    );
  }
  return pts;
}
