// Built things: solar panel rows, wind turbines, barns, greenhouses, the electric
// haul truck, the charger cabinet and its cable. (The hydrogen plant is drawn with axo.ts.)
import { P, atmos, lighten, darken, type Pt } from '../palette';
import { f, poly, type Canvas } from '../svg';

export interface PanelRowOpts {
  x0: number;
  x1: number;
  y: number;
  h: number;
  legH?: number;
  depth?: number;
  mod?: number;
  lean?: number;
  shadow?: boolean;
}

/**
 * One row of PV modules seen from the front-left, tilted to the south.
 * (x0..x1, y) is the lower edge of the panel face; h its height; legH the
 * clearance underneath (raised panels for grazing use a larger legH).
 */
export function panelRow(c: Canvas, { x0, x1, y, h, legH = h * 0.5, depth = 0, mod = 60, lean = 0.35, shadow = true }: PanelRowOpts): void {
  const top = y - h;
  const dx = h * lean;
  const face = c.linear([
    [0, atmos(P.panelLight, depth)],
    [0.5, atmos(P.panel, depth)],
    [1, atmos(darken(P.panel, 0.15), depth)],
  ]);
  let out = '';
  if (shadow)
    out += `<path d="${poly([
      [x0 + dx, y + legH + h * 0.1],
      [x1 + dx, y + legH + h * 0.1],
      [x1 + dx * 2, y + legH + h * 0.45],
      [x0 + dx * 2, y + legH + h * 0.45],
    ])}" fill="${P.shadow}" opacity="0.22"/>`;
  const legC = atmos(P.steelDark, depth);
  const lw = Math.max(1.5, h * 0.06);
  for (let x = x0 + mod * 0.5; x < x1; x += mod * 2) {
    out += `<rect x="${f(x)}" y="${f(y - 2)}" width="${f(lw)}" height="${f(legH + 2)}" fill="${legC}"/>`;
    out += `<rect x="${f(x + dx * 0.8)}" y="${f(top + h * 0.3)}" width="${f(lw)}" height="${f(legH + h * 0.7)}" fill="${legC}"/>`;
  }
  out += `<path d="${poly([
    [x0, y],
    [x1, y],
    [x1 + dx, top],
    [x0 + dx, top],
  ])}" fill="${face}"/>`;
  const line = atmos(P.panelEdge, depth);
  for (let x = x0 + mod; x < x1 - 4; x += mod)
    out += `<path d="M${f(x)} ${f(y)}L${f(x + dx)} ${f(top)}" stroke="${line}" stroke-width="${f(Math.max(0.8, h * 0.03))}" opacity="0.55"/>`;
  out += `<path d="M${f(x0 + dx * 0.5)} ${f(y - h * 0.5)}L${f(x1 + dx * 0.5)} ${f(y - h * 0.5)}" stroke="${line}" stroke-width="${f(Math.max(0.6, h * 0.02))}" opacity="0.4"/>`;
  out += `<path d="M${f(x0)} ${f(y)}L${f(x1)} ${f(y)}" stroke="${atmos(P.panelEdge, depth)}" stroke-width="${f(Math.max(1, h * 0.05))}"/>`;
  c.add(out);
}

/** Wind turbine; (x,y) foot of tower, s scale, rot blade angle in degrees. */
export function turbine(c: Canvas, x: number, y: number, s = 1, depth = 0, rot = 20): void {
  const h = 380 * s;
  const col = atmos(P.white, depth);
  const sh = atmos(P.steel, depth);
  let out = `<path d="${poly([
    [x - 7 * s, y],
    [x + 7 * s, y],
    [x + 3 * s, y - h],
    [x - 3 * s, y - h],
  ])}" fill="${col}"/>`;
  out += `<path d="${poly([
    [x + 1 * s, y],
    [x + 7 * s, y],
    [x + 3 * s, y - h],
    [x + 0.5 * s, y - h],
  ])}" fill="${sh}"/>`;
  out += `<rect x="${f(x - 6 * s)}" y="${f(y - h - 7 * s)}" width="${f(20 * s)}" height="${f(12 * s)}" rx="${f(4 * s)}" fill="${col}"/>`;
  for (let k = 0; k < 3; k++) {
    out += `<path d="M${f(x)} ${f(y - h)}l${f(-4 * s)} ${f(-150 * s)}q${f(4 * s)} ${f(-20 * s)} ${f(8 * s)} 0z" fill="${col}" transform="rotate(${rot + k * 120} ${f(x)} ${f(y - h)})"/>`;
  }
  out += `<circle cx="${f(x)}" cy="${f(y - h)}" r="${f(6 * s)}" fill="${sh}"/>`;
  c.add(out);
}

/** Long livestock barn with a pitched roof (left slope lit). */
export function barn(c: Canvas, x: number, y: number, w: number, h: number, depth = 0, roof: string = P.roof): void {
  const rh = h * 0.45;
  let out = `<rect x="${f(x)}" y="${f(y - h)}" width="${f(w)}" height="${f(h)}" fill="${atmos(P.concrete, depth)}"/>`;
  out += `<rect x="${f(x)}" y="${f(y - h * 0.55)}" width="${f(w)}" height="${f(h * 0.18)}" fill="${atmos(darken(P.concrete, 0.25), depth)}"/>`;
  out += `<path d="${poly([
    [x - 8, y - h],
    [x + w + 8, y - h],
    [x + w - 10, y - h - rh],
    [x + 10, y - h - rh],
  ])}" fill="${atmos(roof, depth)}"/>`;
  out += `<path d="${poly([
    [x - 8, y - h],
    [x + w + 8, y - h],
    [x + w + 4, y - h - rh * 0.4],
    [x - 4, y - h - rh * 0.4],
  ])}" fill="${atmos(lighten(roof, 0.15), depth)}"/>`;
  c.add(out);
}

/** Arched greenhouse seen end-on-ish: a pale half-cylinder with ribs. */
export function greenhouse(c: Canvas, x: number, y: number, w: number, h: number, depth = 0): void {
  let out = `<path d="M${f(x)} ${f(y)}L${f(x)} ${f(y - h * 0.35)}Q${f(x + w / 2)} ${f(y - h * 1.3)} ${f(x + w)} ${f(y - h * 0.35)}L${f(x + w)} ${f(y)}Z" fill="${atmos('#e8ebe4', depth)}"/>`;
  out += `<path d="M${f(x + w * 0.55)} ${f(y)}L${f(x + w * 0.55)} ${f(y - h * 0.82)}Q${f(x + w * 0.85)} ${f(y - h * 0.7)} ${f(x + w)} ${f(y - h * 0.35)}L${f(x + w)} ${f(y)}Z" fill="${atmos('#cfd6d0', depth)}"/>`;
  for (let i = 1; i < 6; i++)
    out += `<path d="M${f(x + (w * i) / 6)} ${f(y)}V${f(y - h * (0.45 + 0.45 * Math.sin((Math.PI * i) / 6)))}" stroke="${atmos(P.steel, depth)}" stroke-width="2" opacity="0.6"/>`;
  c.add(out);
}

/**
 * Electric haul truck of the ~200-tonne class, side view facing right, drawn to scale in metres: m is pixels per
 * metre and (x, y) the ground point under the rear end of the dump body. Proportions of the class: about 14.5 m
 * long and 7.2 m to the canopy; tyres 3.9 m across, their tops just under the upper deck (4.3 m), so a person
 * reaches about half-way up one; a 7 m wheelbase with the rear duals under the body and the front tyre under the
 * deck; a deep dump body (3 m of side plate) whose floor rises to the tail; the cab on the left of the upper deck
 * under the body's canopy; the radiator grille and bumper at the front and a stairway climbing diagonally across
 * the grille to the deck. No exhaust: a battery truck, its packs between the axles. Returns the charging socket
 * (on the front module, behind the front tyre) so a cable can be drawn to it.
 */
export function haulTruck(c: Canvas, x: number, y: number, m: number): { socket: Pt; length: number } {
  const X = (v: number) => x + v * m;
  const Y = (v: number) => y - v * m;
  const pt = (a: number, b: number): Pt => [X(a), Y(b)];
  const rect = (x0: number, y0: number, x1: number, y1: number, fill: string, extra = '') =>
    `<rect x="${f(X(x0))}" y="${f(Y(y1))}" width="${f((x1 - x0) * m)}" height="${f((y1 - y0) * m)}" fill="${fill}"${extra}/>`;
  const line = (pts: [number, number][], stroke: string, w: number) =>
    `<path d="M${pts.map(([a, b]) => `${f(X(a))} ${f(Y(b))}`).join('L')}" fill="none" stroke="${stroke}" stroke-width="${f(w * m)}" stroke-linecap="round" stroke-linejoin="round"/>`;
  const body = P.truck;
  const dark = P.truckDark;
  const deep = darken(body, 0.45);
  const steel = '#3f4447';
  const lit = c.light.from < 0;
  const rear = 3.3;
  const front = 10.3;
  const r = 1.95;
  let out = `<ellipse cx="${f(X(7.2))}" cy="${f(Y(-0.05))}" rx="${f(8.4 * m)}" ry="${f(0.4 * m)}" fill="${P.shadow}" opacity="0.35"/>`;

  /** A mining tyre: lugged tread on its rim, a dark sidewall, a small steel wheel with its ring of nuts. */
  const tyre = (cx: number, shade: number) => {
    const tx = X(cx);
    const ty = Y(r);
    const R = r * m;
    const n = 30;
    const lugs = Array.from({ length: n * 2 }, (_, k) => {
      const a = (k / (n * 2)) * Math.PI * 2;
      const rr = k % 2 ? R * 0.955 : R;
      return [tx + Math.cos(a) * rr, ty + Math.sin(a) * rr] as Pt;
    });
    const rubber = darken(P.tyre, shade);
    let t = `<path d="${poly(lugs)}" fill="${rubber}"/>`;
    t += `<circle cx="${f(tx)}" cy="${f(ty)}" r="${f(R * 0.8)}" fill="${lighten(rubber, 0.06)}"/>`;
    t += `<circle cx="${f(tx)}" cy="${f(ty)}" r="${f(R * 0.8)}" fill="none" stroke="${darken(rubber, 0.3)}" stroke-width="${f(0.05 * m)}"/>`;
    // the wheel: steel rim, a darker dish, the hub in the body's colour, nuts round it
    t += `<circle cx="${f(tx)}" cy="${f(ty)}" r="${f(R * 0.47)}" fill="${darken(P.steelDark, shade)}"/>`;
    t += `<circle cx="${f(tx)}" cy="${f(ty)}" r="${f(R * 0.4)}" fill="${darken(steel, shade)}"/>`;
    t += `<circle cx="${f(tx + (lit ? -0.06 : 0.06) * m)}" cy="${f(ty - 0.06 * m)}" r="${f(R * 0.2)}" fill="${darken(dark, shade)}"/>`;
    for (let k = 0; k < 12; k++) {
      const a = (k / 12) * Math.PI * 2;
      t += `<circle cx="${f(tx + Math.cos(a) * R * 0.3)}" cy="${f(ty + Math.sin(a) * R * 0.3)}" r="${f(0.05 * m)}" fill="${P.steel}"/>`;
    }
    return t;
  };

  // the inner rear dual, behind everything on this side
  out += tyre(rear + 0.35, 0.25);
  // chassis: deep frame rails from the tail to the bumper, the rear axle housing and the front suspension struts
  out += `<path d="${poly([pt(0.4, 1.7), pt(12.4, 1.7), pt(12.4, 3.3), pt(0.4, 3.5)])}" fill="${steel}"/>`;
  out += rect(1.8, 1.2, 4.8, 2.3, darken(steel, 0.2));
  out += line(
    [
      [front, 2.2],
      [front - 0.6, 4.1],
    ],
    P.steelDark,
    0.35,
  );
  // the wheel wells: shade under the deck and the body round each tyre's upper half
  for (const cx of [rear, front])
    out += `<path d="M${f(X(cx - r - 0.3))} ${f(Y(r))}A${f((r + 0.3) * m)} ${f((r + 0.3) * m)} 0 0 1 ${f(X(cx + r + 0.3))} ${f(Y(r))}Z" fill="${darken(steel, 0.3)}"/>`;
  // battery packs between the axles, under the body floor, with their status stripe and cabinet doors
  out += rect(5.5, 1.5, 8.3, 3.25, P.concrete, ` rx="${f(0.1 * m)}"`);
  out += rect(5.5, 2.05, 8.3, 2.25, P.accent);
  for (let i = 1; i < 3; i++) out += rect(5.5 + i * 0.93, 1.5, 5.55 + i * 0.93, 3.25, P.steelDark, ' opacity="0.6"');
  // hoist cylinder from the frame up to the body
  out += line(
    [
      [8.6, 2.2],
      [8.0, 3.6],
    ],
    P.steel,
    0.28,
  );

  // the dump body: a deep side plate whose floor rises to the tail, a flared top rail, heavy ribs and a bottom beam
  const side = [pt(-0.7, 5.1), pt(0.7, 3.7), pt(9.5, 3.35), pt(9.5, 6.55), pt(-0.5, 6.15)];
  out += `<path d="${poly(side)}" fill="${c.linear(
    [
      [0, lighten(body, 0.12)],
      [0.7, body],
      [1, darken(body, 0.18)],
    ],
    0,
    0,
    0,
    1,
  )}"/>`;
  out += `<path d="${poly([pt(-0.5, 6.15), pt(9.5, 6.55), pt(9.5, 6.2), pt(-0.45, 5.82)])}" fill="${lighten(body, 0.28)}"/>`;
  out += `<path d="${poly([pt(-0.7, 5.1), pt(0.7, 3.7), pt(9.5, 3.35), pt(9.5, 3.75), pt(0.85, 4.05), pt(-0.45, 5.3)])}" fill="${dark}"/>`;
  for (const u of [1.4, 3.2, 5.0, 6.8, 8.5]) {
    const bottom = 3.7 - (u - 0.7) * (0.35 / 8.8) + 0.3;
    const top = 6.15 + (u + 0.5) * 0.04 - 0.35;
    out += `<path d="${poly([pt(u, bottom), pt(u + 0.32, bottom), pt(u + 0.32, top), pt(u, top)])}" fill="${dark}" opacity="0.75"/>`;
  }
  out += `<path d="${poly([pt(-0.1, 4.95), pt(9.5, 5.15), pt(9.5, 5.3), pt(-0.1, 5.1)])}" fill="${dark}" opacity="0.5"/>`;
  // the canopy: the body's front wall carried forward over the cab as a thick plate, its underside in shade
  out += `<path d="${poly([pt(9.3, 6.55), pt(14.4, 6.85), pt(14.4, 7.25), pt(9.3, 7.0)])}" fill="${body}"/>`;
  out += `<path d="${poly([pt(9.3, 6.35), pt(14.4, 6.6), pt(14.4, 6.85), pt(9.3, 6.55)])}" fill="${deep}"/>`;
  out += `<path d="${poly([pt(9.3, 7.0), pt(14.4, 7.25), pt(14.4, 7.3), pt(9.3, 7.05)])}" fill="${lighten(body, 0.35)}"/>`;

  // the front module: traction and cooling under the upper deck, the radiator grille, the bumper with lamps
  out += rect(9.6, 1.9, 12.5, 4.3, darken(body, 0.25));
  out += rect(12.4, 1.8, 14.2, 4.3, steel);
  for (let i = 0; i < 9; i++) out += rect(12.55, 2.0 + i * 0.25, 14.05, 2.1 + i * 0.25, darken(steel, 0.35));
  out += rect(11.6, 1.05, 14.5, 1.85, dark);
  out += rect(11.6, 1.7, 14.5, 1.85, lighten(body, 0.2));
  for (const lx of [12.0, 13.9]) out += rect(lx, 1.25, lx + 0.4, 1.55, '#f4efd8');
  // the upper deck over the front tyre and its edge plate
  out += rect(8.4, 4.2, 14.5, 4.6, dark);
  out += rect(8.4, 4.52, 14.5, 4.6, lighten(body, 0.25));
  // the cab on the left of the deck: door, tinted windows, a mirror arm
  const cabFill = lit ? lighten(body, 0.35) : lighten(body, 0.15);
  out += `<path d="${poly([pt(10.1, 4.6), pt(12.5, 4.6), pt(12.5, 6.0), pt(12.2, 6.35), pt(10.1, 6.35)])}" fill="${cabFill}"/>`;
  out += `<path d="${poly([pt(10.35, 5.35), pt(11.3, 5.35), pt(11.3, 6.15), pt(10.35, 6.15)])}" fill="${P.panel}" opacity="0.9"/>`;
  out += `<path d="${poly([pt(11.45, 5.35), pt(12.3, 5.35), pt(12.3, 5.95), pt(12.05, 6.15), pt(11.45, 6.15)])}" fill="${P.panel}" opacity="0.9"/>`;
  out += line(
    [
      [11.38, 4.7],
      [11.38, 6.2],
    ],
    darken(cabFill, 0.25),
    0.04,
  );
  out += rect(11.1, 5.0, 11.3, 5.07, darken(cabFill, 0.4));
  out += line(
    [
      [12.5, 5.9],
      [13.1, 6.1],
      [13.1, 5.5],
    ],
    steel,
    0.07,
  );
  // deck railing round the front of the deck
  out += line(
    [
      [12.6, 5.55],
      [14.4, 5.55],
      [14.4, 4.6],
    ],
    P.white,
    0.07,
  );
  for (const rx of [13.2, 13.8])
    out += line(
      [
        [rx, 4.6],
        [rx, 5.55],
      ],
      P.white,
      0.05,
    );
  // the stairway: a diagonal flight across the grille from the bumper up to the deck, treads and a handrail
  out += line(
    [
      [14.35, 1.0],
      [12.75, 4.3],
    ],
    steel,
    0.16,
  );
  for (let i = 1; i < 10; i++) {
    const t = i / 10;
    const sx = 14.35 - 1.6 * t;
    const sy = 1.0 + 3.3 * t;
    out += line(
      [
        [sx - 0.45, sy],
        [sx + 0.02, sy],
      ],
      P.steelDark,
      0.07,
    );
  }
  out += line(
    [
      [14.6, 2.0],
      [13.0, 5.3],
    ],
    P.white,
    0.06,
  );
  // and a short boarding ladder from the ground to the bumper
  out += line(
    [
      [14.25, 0.25],
      [14.25, 1.05],
    ],
    steel,
    0.06,
  );
  out += line(
    [
      [14.65, 0.25],
      [14.65, 1.05],
    ],
    steel,
    0.06,
  );
  for (const ly of [0.45, 0.7, 0.95])
    out += line(
      [
        [14.25, ly],
        [14.65, ly],
      ],
      P.steelDark,
      0.05,
    );
  // the charging socket on the front module, behind the front tyre
  const socket: Pt = [X(12.25), Y(3.0)];
  out += `<rect x="${f(socket[0] - 0.28 * m)}" y="${f(socket[1] - 0.28 * m)}" width="${f(0.56 * m)}" height="${f(0.56 * m)}" rx="${f(0.08 * m)}" fill="${P.concrete}"/>`;
  out += `<circle cx="${f(socket[0])}" cy="${f(socket[1])}" r="${f(0.15 * m)}" fill="${P.accent}"/>`;
  // the outer tyres: rear dual, front single
  out += tyre(rear, 0) + tyre(front, 0);
  // haul-road dust on the lower body
  out += `<path d="${poly([pt(0.7, 3.7), pt(9.5, 3.35), pt(9.5, 3.95), pt(0.75, 4.25)])}" fill="${P.loessDark}" opacity="0.3"/>`;
  c.add(out);
  return { socket, length: 15.2 * m };
}

/** DC fast-charger cabinet (metres, like haulTruck): (x, y) ground point of its left edge. Returns the cable outlet. */
export function chargerCabinet(c: Canvas, x: number, y: number, m: number, depth = 0): Pt {
  const w = 1.5 * m;
  const h = 2.3 * m;
  let out = `<rect x="${f(x - 0.1 * m)}" y="${f(y - 0.2 * m)}" width="${f(w + 0.2 * m)}" height="${f(0.2 * m)}" fill="${atmos(darken(P.concrete, 0.2), depth)}"/>`;
  out += `<rect x="${f(x)}" y="${f(y - h)}" width="${f(w)}" height="${f(h - 0.2 * m)}" rx="${f(0.08 * m)}" fill="${atmos(P.white, depth)}"/>`;
  out += `<rect x="${f(x + w * 0.7)}" y="${f(y - h)}" width="${f(w * 0.3)}" height="${f(h - 0.2 * m)}" fill="${atmos(P.concrete, depth)}"/>`;
  out += `<rect x="${f(x)}" y="${f(y - h * 0.35)}" width="${f(w)}" height="${f(0.14 * m)}" fill="${atmos(P.accent, depth)}"/>`;
  out += `<rect x="${f(x + 0.25 * m)}" y="${f(y - h + 0.35 * m)}" width="${f(0.6 * m)}" height="${f(0.42 * m)}" rx="${f(0.04 * m)}" fill="${atmos(darken(P.panel, 0.2), depth)}"/>`;
  out += `<rect x="${f(x + 0.3 * m)}" y="${f(y - h + 0.4 * m)}" width="${f(0.5 * m)}" height="${f(0.1 * m)}" fill="${atmos(P.accent, depth)}" opacity="0.8"/>`;
  c.add(out);
  return [x + 0.2 * m, y - h * 0.55];
}

/** A thick charging cable sagging from a to b. */
export function cable(c: Canvas, a: Pt, b: Pt, sag: number, w: number): void {
  const mx = (a[0] + b[0]) / 2;
  const my = Math.max(a[1], b[1]) + sag;
  c.add(
    `<path d="M${f(a[0])} ${f(a[1])}Q${f(mx)} ${f(my)} ${f(b[0])} ${f(b[1])}" fill="none" stroke="${P.tyre}" stroke-width="${f(w)}" stroke-linecap="round"/>`,
  );
}
