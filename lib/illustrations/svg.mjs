// Minimal SVG document builder: collects defs (gradients, clip paths) and body
// elements, and offers path helpers. Numbers are rounded to keep output small.
import { W, H } from './palette.mjs';

export const f = (n) => (Math.round(n * 10) / 10).toString();

/** Straight polyline path from [[x,y],...]; closed when close=true. */
export function poly(pts, close = true) {
  return 'M' + pts.map(([x, y]) => `${f(x)} ${f(y)}`).join('L') + (close ? 'Z' : '');
}

/** Smooth path through points (Catmull-Rom converted to cubic Béziers). */
export function smooth(pts, close = false, tension = 0.5) {
  if (pts.length < 3) return poly(pts, close);
  let d = `M${f(pts[0][0])} ${f(pts[0][1])}`;
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = pts[i - 1] || pts[i];
    const p1 = pts[i];
    const p2 = pts[i + 1];
    const p3 = pts[i + 2] || p2;
    const k = tension / 3;
    const c1 = [p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k];
    const c2 = [p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k];
    d += `C${f(c1[0])} ${f(c1[1])} ${f(c2[0])} ${f(c2[1])} ${f(p2[0])} ${f(p2[1])}`;
  }
  return d + (close ? 'Z' : '');
}

export class Canvas {
  constructor(rng) {
    this.w = W;
    this.h = H;
    this.rng = rng;
    this.defs = [];
    this.body = [];
    this.n = 0;
  }
  id(prefix) {
    return `${prefix}${this.n++}`;
  }
  add(s) {
    this.body.push(s);
  }
  path(d, fill, extra = '') {
    this.add(`<path d="${d}" fill="${fill}"${extra ? ' ' + extra : ''}/>`);
  }
  /** Linear gradient in bounding-box units; stops = [[offset, colour, opacity?], ...]. */
  linear(stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1, user = false) {
    const id = this.id('l');
    const units = user ? ' gradientUnits="userSpaceOnUse"' : '';
    this.defs.push(
      `<linearGradient id="${id}" x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}"${units}>` +
        stops.map(([o, c, a = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a}"/>`).join('') +
        '</linearGradient>',
    );
    return `url(#${id})`;
  }
  /** Radial gradient in user space. */
  radial(stops, cx, cy, r) {
    const id = this.id('r');
    this.defs.push(
      `<radialGradient id="${id}" cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" gradientUnits="userSpaceOnUse">` +
        stops.map(([o, c, a = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a}"/>`).join('') +
        '</radialGradient>',
    );
    return `url(#${id})`;
  }
  /** Register a clip path; returns the attribute string to put on a <g>. */
  clip(d) {
    const id = this.id('c');
    this.defs.push(`<clipPath id="${id}"><path d="${d}"/></clipPath>`);
    return `clip-path="url(#${id})"`;
  }
  /** Run fn with everything it adds wrapped in <g attrs>. */
  group(attrs, fn) {
    this.add(`<g ${attrs}>`);
    fn();
    this.add('</g>');
  }
  toString() {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.w}" height="${this.h}" viewBox="0 0 ${this.w} ${this.h}">` +
      `<defs>${this.defs.join('')}</defs>${this.body.join('')}</svg>`
    );
  }
}
