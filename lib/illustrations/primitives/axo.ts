// Aerial oblique drawing: a parallel projection of a ground plane in metres (X to the right, Y away from the
// viewer, Z up), for the scenes seen from above (the hydrogen plant, the solar park). Everything keeps one
// scale, so a container, a tank and a person stand in the right proportion to each other.
import { P, atmos, lighten, darken, type Pt } from '../palette';
import { f, poly, type Canvas } from '../svg';
import { person, type PersonOpts } from './people';

export interface AxoBoxStyle {
  top: string;
  front: string;
  side: string;
  /** Vertical ribs on the front and side faces every `ribs` metres (shipping-container walls). */
  ribs?: number;
  depth?: number;
}

export class Axo {
  /**
   * @param o screen position of the ground origin
   * @param m pixels per metre along X
   * @param ey screen offset of one metre away from the viewer (Y), in units of m
   * @param ez screen height of one metre up (Z), in units of m
   */
  constructor(
    readonly c: Canvas,
    readonly o: Pt,
    readonly m: number,
    readonly ey: Pt = [0.32, -0.42],
    readonly ez = 0.85,
    readonly ex: Pt = [1, 0.1],
  ) {}

  p(X: number, Y: number, Z = 0): Pt {
    const { o, m, ex, ey, ez } = this;
    return [o[0] + (X * ex[0] + Y * ey[0]) * m, o[1] + (X * ex[1] + Y * ey[1] - Z * ez) * m];
  }

  /** A flat quad on the ground (or at height Z). */
  quad(X: number, Y: number, w: number, d: number, fill: string, Z = 0, extra = ''): void {
    this.c.path(poly([this.p(X, Y, Z), this.p(X + w, Y, Z), this.p(X + w, Y + d, Z), this.p(X, Y + d, Z)]), fill, extra);
  }

  /** A box: ground footprint X..X+w, Y..Y+d, height h; the top, the near face and the side face that shows. */
  box(X: number, Y: number, w: number, d: number, h: number, s: AxoBoxStyle): void {
    const { c } = this;
    const dep = s.depth ?? 0;
    const right = this.ey[0] > 0;
    const sx = right ? X + w : X;
    // soft ground shadow away from the light
    const sh = this.c.light.from < 0 ? 1 : -1;
    c.path(
      poly([
        this.p(X, Y),
        this.p(X + w, Y),
        this.p(X + w + sh * h * 0.5, Y + d * 0.3),
        this.p(X + sh * h * 0.5, Y + d + h * 0.2),
        this.p(X, Y + d),
      ]),
      P.shadow,
      'opacity="0.18"',
    );
    c.path(poly([this.p(sx, Y, 0), this.p(sx, Y + d, 0), this.p(sx, Y + d, h), this.p(sx, Y, h)]), atmos(s.side, dep));
    c.path(poly([this.p(X, Y, 0), this.p(X + w, Y, 0), this.p(X + w, Y, h), this.p(X, Y, h)]), atmos(s.front, dep));
    c.path(poly([this.p(X, Y, h), this.p(X + w, Y, h), this.p(X + w, Y + d, h), this.p(X, Y + d, h)]), atmos(s.top, dep));
    if (s.ribs) {
      const rib = atmos(darken(s.front, 0.14), dep);
      let out = '';
      for (let u = X + s.ribs; u < X + w - 0.1; u += s.ribs) {
        const [ax, ay] = this.p(u, Y, 0.15);
        const [bx, by] = this.p(u, Y, h - 0.15);
        out += `M${f(ax)} ${f(ay)}L${f(bx)} ${f(by)}`;
      }
      for (let v = Y + s.ribs; v < Y + d - 0.1; v += s.ribs) {
        const [ax, ay] = this.p(sx, v, 0.15);
        const [bx, by] = this.p(sx, v, h - 0.15);
        out += `M${f(ax)} ${f(ay)}L${f(bx)} ${f(by)}`;
      }
      c.add(`<path d="${out}" stroke="${rib}" stroke-width="${f(Math.max(1, this.m * 0.12))}" fill="none"/>`);
    }
  }

  /** Horizontal cylinder (tank, tube) along X at height of its axis z, radius r. */
  hcyl(X: number, Y: number, len: number, r: number, z = r, col: string = P.white, depth = 0): void {
    const [ax, ay] = this.p(X + r, Y, z);
    const [bx, by] = this.p(X + len - r, Y, z);
    const w = 2 * r * this.m * this.ez;
    const g = this.c.linear(
      [
        [0, atmos(lighten(col, 0.4), depth)],
        [0.45, atmos(col, depth)],
        [1, atmos(darken(col, 0.28), depth)],
      ],
      0,
      ay - w / 2,
      0,
      ay + w / 2,
      true,
    );
    this.c.add(`<path d="M${f(ax)} ${f(ay)}L${f(bx)} ${f(by)}" stroke="${g}" stroke-width="${f(w)}" stroke-linecap="round"/>`);
  }

  /** Vertical cylinder with a domed top: ground centre (X, Y), radius r, height h. */
  vcyl(X: number, Y: number, r: number, h: number, col: string = P.white, depth = 0): void {
    const [x, y] = this.p(X, Y, 0);
    const [, yt] = this.p(X, Y, h);
    const rx = r * this.m;
    const ry = rx * 0.42;
    const g = this.c.linear(
      [
        [0, atmos(lighten(col, 0.3), depth)],
        [0.5, atmos(col, depth)],
        [1, atmos(darken(col, 0.3), depth)],
      ],
      x - rx,
      0,
      x + rx,
      0,
      true,
    );
    this.c.add(
      `<path d="M${f(x - rx)} ${f(yt)}V${f(y)}A${f(rx)} ${f(ry)} 0 0 0 ${f(x + rx)} ${f(y)}V${f(yt)}Z" fill="${g}"/>` +
        `<ellipse cx="${f(x)}" cy="${f(yt)}" rx="${f(rx)}" ry="${f(ry)}" fill="${atmos(lighten(col, 0.35), depth)}"/>`,
    );
  }

  /** A straight pipe run at height z through ground points. */
  pipe(pts: readonly [number, number][], z: number, w: number, col: string = P.steelDark): void {
    const d = pts
      .map(([X, Y], i) => {
        const [x, y] = this.p(X, Y, z);
        return `${i ? 'L' : 'M'}${f(x)} ${f(y)}`;
      })
      .join('');
    this.c.add(`<path d="${d}" fill="none" stroke="${col}" stroke-width="${f(w * this.m)}" stroke-linejoin="round"/>`);
  }

  /** A post-and-wire fence along ground points. */
  fence(pts: readonly [number, number][], every = 4, h = 2): void {
    let d = '';
    for (let i = 0; i < pts.length - 1; i++) {
      const a = pts[i];
      const b = pts[i + 1];
      if (!a || !b) continue;
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      for (let u = 0; u <= len; u += every) {
        const X = a[0] + ((b[0] - a[0]) * u) / len;
        const Y = a[1] + ((b[1] - a[1]) * u) / len;
        const [x0, y0] = this.p(X, Y, 0);
        const [x1, y1] = this.p(X, Y, h);
        d += `M${f(x0)} ${f(y0)}L${f(x1)} ${f(y1)}`;
      }
      for (const z of [h * 0.45, h]) {
        const [x0, y0] = this.p(a[0], a[1], z);
        const [x1, y1] = this.p(b[0], b[1], z);
        d += `M${f(x0)} ${f(y0)}L${f(x1)} ${f(y1)}`;
      }
    }
    this.c.add(`<path d="${d}" stroke="${P.steelDark}" stroke-width="${f(Math.max(1, this.m * 0.1))}" fill="none" opacity="0.8"/>`);
  }

  /** A row of PV modules: front (lower) edge from X0 to X1 at Y, tilted up away from the viewer. */
  pvRow(X0: number, X1: number, Y: number, depthM = 4, lowZ = 0.8, highZ = 2.6, depth = 0): void {
    const { c } = this;
    const a = this.p(X0, Y, lowZ);
    const b = this.p(X1, Y, lowZ);
    const bb = this.p(X1, Y + depthM, highZ);
    const aa = this.p(X0, Y + depthM, highZ);
    c.path(
      poly([
        this.p(X0, Y + depthM * 0.2, 0),
        this.p(X1, Y + depthM * 0.2, 0),
        this.p(X1, Y + depthM * 1.2, 0),
        this.p(X0, Y + depthM * 1.2, 0),
      ]),
      P.shadow,
      'opacity="0.16"',
    );
    const g = c.linear(
      [
        [0, atmos(P.panel, depth)],
        [1, atmos(P.panelLight, depth)],
      ],
      0,
      1,
      0,
      0,
    );
    c.path(poly([a, b, bb, aa]), g);
    let d = '';
    const mod = 2.2;
    for (let u = X0 + mod; u < X1; u += mod) {
      const p = this.p(u, Y, lowZ);
      const q = this.p(u, Y + depthM, highZ);
      d += `M${f(p[0])} ${f(p[1])}L${f(q[0])} ${f(q[1])}`;
    }
    const ma = this.p(X0, Y + depthM / 2, (lowZ + highZ) / 2);
    const mb = this.p(X1, Y + depthM / 2, (lowZ + highZ) / 2);
    d += `M${f(ma[0])} ${f(ma[1])}L${f(mb[0])} ${f(mb[1])}`;
    c.add(
      `<path d="${d}" stroke="${atmos(P.panelEdge, depth)}" stroke-width="${f(Math.max(0.8, this.m * 0.06))}" opacity="0.5" fill="none"/>`,
    );
    c.add(
      `<path d="M${f(a[0])} ${f(a[1])}L${f(b[0])} ${f(b[1])}" stroke="${atmos(P.panelEdge, depth)}" stroke-width="${f(Math.max(1, this.m * 0.1))}"/>`,
    );
  }

  /** A person (about 1.75 m) standing at ground point (X, Y). */
  person(X: number, Y: number, o: PersonOpts = {}): void {
    const [x, y] = this.p(X, Y, 0);
    person(this.c, x, y, (1.75 * this.m * this.ez) / 195, o);
  }
}
