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
 * metre and (x, y) the ground point under the rear end of the frame. About 14.5 m long and 7.2 m high to the
 * canopy; tyres 3.3 m across (a person reaches about half-way up one); a deck-mounted cab at the front left with a
 * stairway up the front; the dump body's canopy reaches over the cab; battery cabinets between the axles and a
 * charging socket under the deck. Returns the socket position so a cable can be drawn to it.
 */
export function haulTruck(c: Canvas, x: number, y: number, m: number): { socket: Pt; length: number } {
  const X = (v: number) => x + v * m;
  const Y = (v: number) => y - v * m;
  const pt = (a: number, b: number): Pt => [X(a), Y(b)];
  const body = P.truck;
  const dark = P.truckDark;
  const steel = '#4a4f52';
  const lit = c.light.from < 0;
  let out = `<ellipse cx="${f(X(7))}" cy="${f(Y(-0.05))}" rx="${f(8.2 * m)}" ry="${f(0.35 * m)}" fill="${P.shadow}" opacity="0.3"/>`;
  // frame rails and the rear axle housing
  out += `<path d="${poly([pt(0.6, 2.3), pt(13.4, 2.3), pt(13.4, 3.0), pt(0.6, 3.0)])}" fill="${steel}"/>`;
  // battery and inverter cabinets between the axles (the swappable pack), with a status stripe
  out += `<rect x="${f(X(5.0))}" y="${f(Y(4.3))}" width="${f(3.6 * m)}" height="${f(1.5 * m)}" rx="${f(0.12 * m)}" fill="${P.concrete}"/>`;
  out += `<rect x="${f(X(5.0))}" y="${f(Y(3.75))}" width="${f(3.6 * m)}" height="${f(0.22 * m)}" fill="${P.accent}"/>`;
  for (let i = 1; i < 4; i++)
    out += `<rect x="${f(X(5.0 + i * 0.9))}" y="${f(Y(4.3))}" width="${f(0.05 * m)}" height="${f(1.5 * m)}" fill="${P.steelDark}" opacity="0.6"/>`;
  // dump body: side plate with vertical ribs, tail chute at the rear, headboard at the front
  const side = [pt(-0.9, 4.5), pt(0.6, 3.2), pt(9.2, 3.2), pt(9.7, 6.6), pt(-0.3, 6.1)];
  out += `<path d="${poly(side)}" fill="${c.linear(
    [
      [0, lighten(body, 0.12)],
      [1, darken(body, 0.08)],
    ],
    0,
    0,
    0,
    1,
  )}"/>`;
  out += `<path d="${poly([pt(-0.3, 6.1), pt(9.7, 6.6), pt(9.7, 6.3), pt(-0.25, 5.85)])}" fill="${lighten(body, 0.3)}"/>`;
  for (let i = 0; i < 6; i++) {
    const u = 1.0 + i * 1.5;
    out += `<path d="${poly([pt(u, 3.25), pt(u + 0.28, 3.25), pt(u + 0.28, 5.95 + u * 0.05), pt(u, 5.94 + u * 0.05)])}" fill="${dark}" opacity="0.55"/>`;
  }
  out += `<path d="${poly([pt(0.6, 3.2), pt(9.2, 3.2), pt(9.2, 3.45), pt(0.4, 3.45)])}" fill="${dark}"/>`;
  // canopy over the cab: a thick plate from the headboard forward, with its edge lit
  out += `<path d="${poly([pt(9.2, 6.6), pt(14.1, 6.9), pt(14.1, 7.2), pt(9.4, 7.0)])}" fill="${body}"/>`;
  out += `<path d="${poly([pt(9.2, 6.35), pt(14.1, 6.6), pt(14.1, 6.9), pt(9.2, 6.6)])}" fill="${dark}"/>`;
  // hoist cylinder between frame and body
  out += `<path d="M${f(X(9.6))} ${f(Y(2.9))}L${f(X(8.9))} ${f(Y(3.3))}" stroke="${P.steel}" stroke-width="${f(0.22 * m)}"/>`;
  // front structure: upper deck, cab (front left), radiator grille and bumper
  out += `<path d="${poly([pt(9.6, 2.3), pt(14.0, 2.3), pt(14.0, 4.5), pt(9.6, 4.5)])}" fill="${darken(body, 0.12)}"/>`;
  out += `<rect x="${f(X(12.4))}" y="${f(Y(4.3))}" width="${f(1.5 * m)}" height="${f(1.9 * m)}" fill="${steel}"/>`;
  for (let i = 0; i < 6; i++)
    out += `<rect x="${f(X(12.5))}" y="${f(Y(4.1 - i * 0.3))}" width="${f(1.3 * m)}" height="${f(0.08 * m)}" fill="${P.steelDark}"/>`;
  out += `<rect x="${f(X(9.5))}" y="${f(Y(4.75))}" width="${f(4.7 * m)}" height="${f(0.3 * m)}" fill="${dark}"/>`;
  // deck railing
  out += `<path d="M${f(X(9.7))} ${f(Y(5.7))}H${f(X(14.1))}M${f(X(14.1))} ${f(Y(4.75))}V${f(Y(5.7))}M${f(X(13.0))} ${f(Y(4.75))}V${f(Y(5.7))}" stroke="${P.white}" stroke-width="${f(0.07 * m)}" fill="none"/>`;
  // cab with two window panes, lit or shaded by the scene's light
  out += `<rect x="${f(X(10.0))}" y="${f(Y(6.3))}" width="${f(2.6 * m)}" height="${f(1.85 * m)}" rx="${f(0.12 * m)}" fill="${lit ? lighten(P.white, 0.2) : P.concrete}"/>`;
  out += `<rect x="${f(X(10.25))}" y="${f(Y(6.05))}" width="${f(1.0 * m)}" height="${f(0.8 * m)}" fill="${P.panel}" opacity="0.85"/>`;
  out += `<rect x="${f(X(11.4))}" y="${f(Y(6.05))}" width="${f(1.0 * m)}" height="${f(0.8 * m)}" fill="${P.panel}" opacity="0.85"/>`;
  // the stairway: a diagonal flight from the bumper to the deck, with its handrail
  out += `<path d="M${f(X(14.3))} ${f(Y(0.9))}L${f(X(12.9))} ${f(Y(4.5))}" stroke="${steel}" stroke-width="${f(0.14 * m)}"/>`;
  for (let i = 1; i < 9; i++) {
    const t = i / 9;
    const sx = 14.3 - 1.4 * t;
    const sy = 0.9 + 3.6 * t;
    out += `<path d="M${f(X(sx - 0.35))} ${f(Y(sy))}H${f(X(sx + 0.05))}" stroke="${P.steelDark}" stroke-width="${f(0.06 * m)}"/>`;
  }
  out += `<path d="M${f(X(14.55))} ${f(Y(1.8))}L${f(X(13.2))} ${f(Y(5.4))}" stroke="${P.white}" stroke-width="${f(0.06 * m)}"/>`;
  out += `<rect x="${f(X(13.6))}" y="${f(Y(2.3))}" width="${f(0.8 * m)}" height="${f(0.5 * m)}" fill="${dark}"/>`;
  // charging socket under the deck, left side
  const socket: Pt = [X(9.9), Y(3.6)];
  out += `<rect x="${f(socket[0] - 0.3 * m)}" y="${f(socket[1] - 0.3 * m)}" width="${f(0.6 * m)}" height="${f(0.6 * m)}" rx="${f(0.08 * m)}" fill="${P.concrete}"/>`;
  out += `<circle cx="${f(socket[0])}" cy="${f(socket[1])}" r="${f(0.16 * m)}" fill="${P.accent}"/>`;
  // tyres: rear dual (the inner one peeks out), front single; deep tread and a large hub
  const tyre = (cx: number, dual: boolean) => {
    const r = 1.65 * m;
    const tx = X(cx);
    const ty = Y(1.65);
    let t = '';
    if (dual) t += `<circle cx="${f(tx + 0.25 * m)}" cy="${f(ty - 0.05 * m)}" r="${f(r)}" fill="${darken(P.tyre, 0.25)}"/>`;
    t += `<circle cx="${f(tx)}" cy="${f(ty)}" r="${f(r)}" fill="${P.tyre}"/>`;
    for (let k = 0; k < 24; k++) {
      const a = (k / 24) * Math.PI * 2;
      t += `<path d="M${f(tx + Math.cos(a) * r * 0.86)} ${f(ty + Math.sin(a) * r * 0.86)}L${f(tx + Math.cos(a) * r)} ${f(ty + Math.sin(a) * r)}" stroke="${darken(P.tyre, 0.35)}" stroke-width="${f(0.14 * m)}"/>`;
    }
    t += `<circle cx="${f(tx)}" cy="${f(ty)}" r="${f(r * 0.58)}" fill="${darken(P.tyre, 0.15)}"/>`;
    t += `<circle cx="${f(tx)}" cy="${f(ty)}" r="${f(r * 0.48)}" fill="${dark}"/>`;
    t += `<circle cx="${f(tx - (lit ? 0.1 : -0.1) * m)}" cy="${f(ty - 0.1 * m)}" r="${f(r * 0.3)}" fill="${body}"/>`;
    for (let k = 0; k < 8; k++) {
      const a = (k / 8) * Math.PI * 2;
      t += `<circle cx="${f(tx + Math.cos(a) * r * 0.38)}" cy="${f(ty + Math.sin(a) * r * 0.38)}" r="${f(0.06 * m)}" fill="${steel}"/>`;
    }
    return t;
  };
  out += tyre(3.1, true) + tyre(11.2, false);
  // mud flap line of dirt on the lower body
  out += `<path d="${poly([pt(0.6, 3.2), pt(9.2, 3.2), pt(9.2, 3.55), pt(0.6, 3.55)])}" fill="${P.loessDark}" opacity="0.35"/>`;
  c.add(out);
  return { socket, length: 14.5 * m };
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
