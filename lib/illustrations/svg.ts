// Minimal SVG document builder: collects defs (gradients, clip paths) and body
// elements, and offers path helpers. Numbers are rounded to keep output small.
import { W, H, LIGHTS, setHaze, type Light, type Pt, type Rng, type Stop } from './palette';

export const f = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Point i of a list (the list is never indexed outside its length by the callers; this keeps the types honest). */
export function at(pts: readonly Pt[], i: number): Pt {
  const p = pts[Math.max(0, Math.min(pts.length - 1, i))];
  if (!p) throw new Error('empty point list');
  return p;
}

/** Straight polyline path from [[x,y],...]; closed when close=true. */
export function poly(pts: readonly Pt[], close = true): string {
  return 'M' + pts.map(([x, y]) => `${f(x)} ${f(y)}`).join('L') + (close ? 'Z' : '');
}

/** Smooth path through points (Catmull-Rom converted to cubic Béziers). */
export function smooth(pts: readonly Pt[], close = false, tension = 0.5): string {
  if (pts.length < 3) return poly(pts, close);
  const first = at(pts, 0);
  let d = `M${f(first[0])} ${f(first[1])}`;
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = at(pts, i - 1);
    const p1 = at(pts, i);
    const p2 = at(pts, i + 1);
    const p3 = at(pts, i + 2);
    const k = tension / 3;
    const c1 = [p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k] as const;
    const c2 = [p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k] as const;
    d += `C${f(c1[0])} ${f(c1[1])} ${f(c2[0])} ${f(c2[1])} ${f(p2[0])} ${f(p2[1])}`;
  }
  return d + (close ? 'Z' : '');
}

/**
 * The archive style's finish, over the whole picture: the colours pressed into a faded sepia, a thin dark line
 * traced along every edge (a 3×3 Laplacian of the grey image, as ink). No paper grain: it added bytes, not meaning.
 */
const ARCHIVE_FILTER =
  '<filter id="archive" x="0" y="0" width="1" height="1" color-interpolation-filters="sRGB">' +
  '<feColorMatrix in="SourceGraphic" type="matrix" values="0.36 0.71 0.13 0 -0.12  0.32 0.64 0.12 0 -0.11  0.25 0.5 0.09 0 -0.08  0 0 0 1 0" result="tone"/>' +
  '<feColorMatrix in="SourceGraphic" type="saturate" values="0" result="grey"/>' +
  '<feConvolveMatrix in="grey" order="3" kernelMatrix="-1 -1 -1 -1 8 -1 -1 -1 -1" preserveAlpha="true" result="edge"/>' +
  '<feColorMatrix in="edge" type="matrix" values="0 0 0 0 0.2  0 0 0 0 0.15  0 0 0 0 0.1  7 0 0 0 0" result="ink"/>' +
  '<feMerge><feMergeNode in="tone"/><feMergeNode in="ink"/></feMerge></filter>';

const stops = (list: readonly Stop[]): string =>
  list.map(([o, c, a = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a}"/>`).join('');

export class Canvas {
  readonly w = W;
  readonly h = H;
  readonly rng: Rng;
  /**
   * A second stream for surface detail (trees, rills, cracks) in the scenes that have a before/after pair, so
   * that the landform, drawn from rng, comes out the same in both halves whatever the surface uses.
   */
  readonly detail: Rng;
  /**
   * Set for the imagined "before" halves of the before/after pairs (see archive.ts): a texture stream of their
   * own, so the sepia ink style can draw its sky, horizon and hatching without moving the landform's stream.
   */
  archive: Rng | null = null;
  /** Where backdrop() put the far horizon (the archive hatching starts there). */
  horizon = 640;
  /** The scene's light; set it with setLight() before drawing anything that depends on it. */
  light: Light = LIGHTS.midday;
  private defs: string[] = [];
  private body: string[] = [];
  private n = 0;
  /** Drawn after the archive filter (the plate's vignette), so the ink edges are not traced round it. */
  overlay: string[] = [];

  constructor(rng: Rng, detail: Rng) {
    this.rng = rng;
    this.detail = detail;
    setHaze(this.light.haze);
  }
  setLight(light: Light): void {
    this.light = light;
    setHaze(light.haze);
  }
  id(prefix: string): string {
    return `${prefix}${this.n++}`;
  }
  add(s: string): void {
    this.body.push(s);
  }
  path(d: string, fill: string, extra = ''): void {
    this.add(`<path d="${d}" fill="${fill}"${extra ? ' ' + extra : ''}/>`);
  }
  /** Linear gradient in bounding-box units (user space when user=true). */
  linear(list: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1, user = false): string {
    const id = this.id('l');
    const units = user ? ' gradientUnits="userSpaceOnUse"' : '';
    this.defs.push(
      `<linearGradient id="${id}" x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}"${units}>${stops(list)}</linearGradient>`,
    );
    return `url(#${id})`;
  }
  /** Radial gradient in user space. */
  radial(list: readonly Stop[], cx: number, cy: number, r: number): string {
    const id = this.id('r');
    this.defs.push(
      `<radialGradient id="${id}" cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" gradientUnits="userSpaceOnUse">${stops(list)}</radialGradient>`,
    );
    return `url(#${id})`;
  }
  /** Register a clip path; returns the attribute string to put on a <g>. */
  clip(d: string): string {
    const id = this.id('c');
    this.defs.push(`<clipPath id="${id}"><path d="${d}"/></clipPath>`);
    return `clip-path="url(#${id})"`;
  }
  /** Run fn with everything it adds wrapped in <g attrs>. */
  group(attrs: string, fn: () => void): void {
    this.add(`<g ${attrs}>`);
    fn();
    this.add('</g>');
  }
  /**
   * Run fn for its draws from the streams only, throwing away what it drew: the archive style replaces the colour
   * sky and ridges but must consume the same numbers, or the hills drawn next would not match the "after" half.
   */
  discard(fn: () => void): void {
    const body = this.body.length;
    const defs = this.defs.length;
    fn();
    this.body.length = body;
    this.defs.length = defs;
  }
  /** Register a raw definition (a pattern or filter); the caller names it with id(). */
  def(s: string): void {
    this.defs.push(s);
  }
  /** The colour-temperature wash of the scene's light, laid over everything drawn so far. */
  grade(): void {
    if (this.archive) return;
    const g = this.light.grade;
    if (g) this.add(`<rect width="${W}" height="${H}" fill="${g.color}" opacity="${g.opacity}"/>`);
  }
  toString(): string {
    if (this.archive)
      return (
        `<svg xmlns="http://www.w3.org/2000/svg" width="${this.w}" height="${this.h}" viewBox="0 0 ${this.w} ${this.h}">` +
        `<defs>${this.defs.join('')}${ARCHIVE_FILTER}</defs><g filter="url(#archive)">${this.body.join('')}</g>${this.overlay.join('')}</svg>`
      );
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.w}" height="${this.h}" viewBox="0 0 ${this.w} ${this.h}">` +
      (this.light.palette
        ? `<defs>${this.defs.join('')}<filter id="palette" x="0" y="0" width="1" height="1" color-interpolation-filters="sRGB">` +
          `<feColorMatrix type="matrix" values="${this.light.palette}"/></filter></defs><g filter="url(#palette)">${this.body.join('')}</g></svg>`
        : `<defs>${this.defs.join('')}</defs>${this.body.join('')}</svg>`)
    );
  }
}
