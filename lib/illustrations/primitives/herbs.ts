// The five herbs the feature names at Shigetu, drawn near enough to tell apart (the ground-level scene): isatis
// (板蓝根, a rosette of broad blue-green leaves), herbaceous peony (芍药, a leafy clump with large blooms), balloon
// flower (桔梗, upright stems with violet star flowers and balloon buds), safflower (草红花, spiny stems topped by
// orange tufts) and dandelion (蒲公英, a flat toothed rosette, yellow heads and seed clocks). (x, y) is where the
// plant meets the ground and p the pixels per metre there; light from the left, like the rest of the set.
import { P, atmos, lighten, darken, type Rng } from '../palette';
import { f } from '../svg';

export type Herb = 'isatis' | 'peony' | 'balloon' | 'safflower' | 'dandelion';

/** The colour a bed of each herb reads as from far off (leaves with the flowers mixed in). */
export const HERB_FAR: Record<Herb, { leaf: string; flower: string }> = {
  isatis: { leaf: '#7d9a86', flower: P.herbYellow },
  peony: { leaf: P.deep, flower: '#e7a9b4' },
  balloon: { leaf: P.green, flower: P.herbViolet },
  safflower: { leaf: P.olive, flower: P.herbOrange },
  dandelion: { leaf: P.green, flower: P.herbYellow },
};

/** A leaf as a pointed ellipse from (x, y) in direction a (radians), length l, width w. */
function leaf(x: number, y: number, a: number, l: number, w: number, fill: string): string {
  const ex = x + Math.cos(a) * l;
  const ey = y + Math.sin(a) * l;
  const nx = -Math.sin(a) * w;
  const ny = Math.cos(a) * w;
  const mx = (x + ex) / 2;
  const my = (y + ey) / 2;
  return `<path d="M${f(x)} ${f(y)}Q${f(mx + nx)} ${f(my + ny)} ${f(ex)} ${f(ey)}Q${f(mx - nx)} ${f(my - ny)} ${f(x)} ${f(y)}Z" fill="${fill}"/>`;
}

/** A five-pointed flower (balloon flower), radius r, turned by a. */
function star(x: number, y: number, r: number, a: number, fill: string, eye: string): string {
  let d = '';
  for (let k = 0; k < 10; k++) {
    const t = a + (k / 10) * Math.PI * 2;
    const rr = k % 2 ? r * 0.55 : r;
    d += `${k ? 'L' : 'M'}${f(x + Math.cos(t) * rr)} ${f(y + Math.sin(t) * rr)}`;
  }
  return `<path d="${d}Z" fill="${fill}" stroke-linejoin="round"/><circle cx="${f(x)}" cy="${f(y)}" r="${f(r * 0.22)}" fill="${eye}"/>`;
}

/** One herb plant. depth pushes it into the haze; r is the scene's detail stream. */
export function herb(kind: Herb, x: number, y: number, p: number, r: Rng, depth = 0): string {
  const A = (c: string) => atmos(c, depth);
  const far = HERB_FAR[kind];
  // far off, a plant is a low mound of leaf with a few flower dots
  if (p < 55) {
    const h = 0.32 * p;
    let out = `<ellipse cx="${f(x)}" cy="${f(y - h * 0.45)}" rx="${f(0.22 * p)}" ry="${f(h * 0.55)}" fill="${A(far.leaf)}"/>`;
    if (p > 18)
      for (let k = 0; k < 3; k++)
        out += `<circle cx="${f(x + r.range(-0.16, 0.16) * p)}" cy="${f(y - h * r.range(0.5, 1))}" r="${f(Math.max(1.2, 0.035 * p))}" fill="${A(far.flower)}"/>`;
    return out;
  }
  const k = (v: number) => v * p;
  const sw = Math.max(1, 0.012 * p);
  let out = `<ellipse cx="${f(x + k(0.06))}" cy="${f(y)}" rx="${f(k(0.24))}" ry="${f(k(0.035))}" fill="${P.shadow}" opacity="0.12"/>`;
  if (kind === 'isatis') {
    // a rosette of long, broad, blue-green leaves, paler midribs; a few flowering stalks with tiny yellow sprays
    const base = '#7d9a86';
    for (let i = 0; i < 9; i++) {
      const a = -Math.PI / 2 + (i - 4) * 0.3 + r.range(-0.08, 0.08);
      const col = i < 4 ? lighten(base, 0.1) : darken(base, 0.08);
      out += leaf(x, y, a, k(r.range(0.24, 0.34)), k(0.055), A(col));
    }
    for (let i = 0; i < 2; i++) {
      const sx = x + k(r.range(-0.06, 0.06));
      const top = y - k(r.range(0.42, 0.55));
      out += `<path d="M${f(sx)} ${f(y - k(0.1))}L${f(sx + k(0.02))} ${f(top)}" stroke="${A(P.green)}" stroke-width="${f(sw)}"/>`;
      for (let j = 0; j < 6; j++)
        out += `<circle cx="${f(sx + k(r.range(-0.06, 0.07)))}" cy="${f(top + k(r.range(-0.02, 0.08)))}" r="${f(k(0.014))}" fill="${A(P.herbYellow)}"/>`;
    }
    return out;
  }
  if (kind === 'peony') {
    // a rounded clump of divided dark leaves, three or four large pink-and-white blooms on top
    const base = P.deep;
    for (let i = 0; i < 14; i++) {
      const a = -Math.PI / 2 + r.range(-1.3, 1.3);
      out += leaf(
        x + k(r.range(-0.05, 0.05)),
        y - k(0.05),
        a,
        k(r.range(0.3, 0.46)),
        k(0.06),
        A(a < -Math.PI / 2 ? lighten(base, 0.12) : base),
      );
    }
    const n = 3 + Math.floor(r() * 2);
    for (let i = 0; i < n; i++) {
      const bx = x + k(r.range(-0.2, 0.2));
      const by = y - k(r.range(0.42, 0.58));
      const br = k(r.range(0.06, 0.085));
      const pink = r() < 0.6 ? '#e7a9b4' : '#f3e3e3';
      out += `<circle cx="${f(bx)}" cy="${f(by)}" r="${f(br)}" fill="${A(darken(pink, 0.08))}"/>`;
      out += `<circle cx="${f(bx - br * 0.18)}" cy="${f(by - br * 0.18)}" r="${f(br * 0.72)}" fill="${A(pink)}"/>`;
      out += `<circle cx="${f(bx - br * 0.3)}" cy="${f(by - br * 0.28)}" r="${f(br * 0.36)}" fill="${A(lighten(pink, 0.4))}"/>`;
      out += `<circle cx="${f(bx + br * 0.1)}" cy="${f(by)}" r="${f(br * 0.16)}" fill="${A(P.herbYellow)}"/>`;
    }
    return out;
  }
  if (kind === 'balloon') {
    // upright stems with narrow leaves; violet five-pointed flowers and round buds at the tips
    const n = 5;
    for (let i = 0; i < n; i++) {
      const sx = x + k((i - 2) * 0.04);
      const tx = sx + k((i - 2) * 0.04 + r.range(-0.06, 0.06));
      const ty = y - k(r.range(0.36, 0.5));
      out += `<path d="M${f(sx)} ${f(y)}Q${f(sx)} ${f((y + ty) / 2)} ${f(tx)} ${f(ty)}" fill="none" stroke="${A(P.green)}" stroke-width="${f(sw * 1.2)}"/>`;
      for (let j = 1; j < 4; j++) {
        const ly = y - (y - ty) * (j / 4.5);
        const lx = sx + (tx - sx) * (j / 4.5) * (j / 4.5);
        out += leaf(lx, ly, -Math.PI / 2 + (j % 2 ? -0.9 : 0.9), k(0.1), k(0.026), A(j % 2 ? lighten(P.green, 0.12) : P.green));
      }
      if (i % 2 === 0) out += star(tx, ty, k(0.045), r() * 1.2, A(P.herbViolet), A(lighten(P.herbViolet, 0.5)));
      else out += `<circle cx="${f(tx)}" cy="${f(ty)}" r="${f(k(0.024))}" fill="${A(lighten(P.herbViolet, 0.3))}"/>`;
    }
    return out;
  }
  if (kind === 'safflower') {
    // branching stems with spiny leaves; each head a green bulb with an orange-yellow tuft
    const n = 5;
    for (let i = 0; i < n; i++) {
      const sx = x + k((i - 2) * 0.025);
      const tx = sx + k((i - 2) * 0.07 + r.range(-0.04, 0.04));
      const ty = y - k(r.range(0.36, 0.52) - Math.abs(i - 2) * 0.04);
      out += `<path d="M${f(sx)} ${f(y)}L${f(tx)} ${f(ty)}" stroke="${A(mix2(P.olive))}" stroke-width="${f(sw * 1.3)}"/>`;
      for (let j = 1; j < 4; j++) {
        const t = j / 4;
        const lx = sx + (tx - sx) * t;
        const ly = y + (ty - y) * t;
        out += leaf(lx, ly, -Math.PI / 2 + (j % 2 ? -1.1 : 1.1), k(0.13), k(0.03), A(j % 2 ? lighten(P.olive, 0.1) : P.olive));
      }
      out += `<circle cx="${f(tx)}" cy="${f(ty + k(0.012))}" r="${f(k(0.03))}" fill="${A(P.olive)}"/>`;
      let tuft = '';
      for (let j = -3; j <= 3; j++) {
        const a = -Math.PI / 2 + j * 0.28;
        tuft += `M${f(tx)} ${f(ty)}L${f(tx + Math.cos(a) * k(0.05))} ${f(ty + Math.sin(a) * k(0.05))}`;
      }
      out += `<path d="${tuft}" stroke="${A(i === 1 ? '#e7b24a' : P.herbOrange)}" stroke-width="${f(Math.max(1.2, k(0.012)))}" stroke-linecap="round"/>`;
    }
    return out;
  }
  // dandelion: a flat rosette of toothed leaves, yellow heads on short stalks, a seed clock
  for (let i = 0; i < 8; i++) {
    const a = Math.PI + (i / 7) * Math.PI + r.range(-0.1, 0.1);
    const l = k(r.range(0.16, 0.22));
    const ex = x + Math.cos(a) * l;
    const ey = y + Math.sin(a) * l * 0.45;
    const col = A(i < 4 ? lighten(P.green, 0.08) : P.green);
    // a toothed leaf: a zigzag either side of the midrib
    const nx = -Math.sin(a) * k(0.03);
    const ny = Math.cos(a) * k(0.03) * 0.45;
    let d = `M${f(x)} ${f(y)}`;
    for (let j = 1; j <= 4; j++) {
      const t = j / 4;
      d += `L${f(x + (ex - x) * (t - 0.12) + nx * (1.2 - t))} ${f(y + (ey - y) * (t - 0.12) + ny * (1.2 - t))}L${f(x + (ex - x) * t + nx * 0.3)} ${f(y + (ey - y) * t + ny * 0.3)}`;
    }
    d += `L${f(ex)} ${f(ey)}`;
    for (let j = 4; j >= 1; j--) {
      const t = j / 4;
      d += `L${f(x + (ex - x) * t - nx * 0.3)} ${f(y + (ey - y) * t - ny * 0.3)}L${f(x + (ex - x) * (t - 0.12) - nx * (1.2 - t))} ${f(y + (ey - y) * (t - 0.12) - ny * (1.2 - t))}`;
    }
    out += `<path d="${d}Z" fill="${col}"/>`;
  }
  for (let i = 0; i < 3; i++) {
    const hx = x + k(r.range(-0.1, 0.1));
    const hy = y - k(r.range(0.1, 0.2));
    out += `<path d="M${f(x)} ${f(y - k(0.02))}Q${f(hx)} ${f(y - k(0.05))} ${f(hx)} ${f(hy)}" fill="none" stroke="${A(lighten(P.green, 0.2))}" stroke-width="${f(sw)}"/>`;
    if (i === 2) {
      // a seed clock: a pale, see-through ball of fluff with a faint halo
      out += `<circle cx="${f(hx)}" cy="${f(hy)}" r="${f(k(0.045))}" fill="${A(P.white)}" opacity="0.35"/>`;
      out += `<circle cx="${f(hx)}" cy="${f(hy)}" r="${f(k(0.034))}" fill="${A(P.white)}" opacity="0.75"/>`;
      out += `<circle cx="${f(hx)}" cy="${f(hy)}" r="${f(k(0.006))}" fill="${A(lighten(P.olive, 0.3))}"/>`;
    } else {
      out += `<circle cx="${f(hx)}" cy="${f(hy)}" r="${f(k(0.03))}" fill="${A(darken(P.herbYellow, 0.08))}"/>`;
      out += `<circle cx="${f(hx - k(0.008))}" cy="${f(hy - k(0.008))}" r="${f(k(0.02))}" fill="${A(lighten(P.herbYellow, 0.2))}"/>`;
    }
  }
  return out;
}

const mix2 = (c: string) => darken(c, 0.05);
