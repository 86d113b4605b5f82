// Built things: solar panel rows, wind turbines, barns, greenhouses, the
// electric mine truck, the charging/swap station and hydrogen tanks.
import { P, atmos, lighten, darken } from '../palette.mjs';
import { f, poly } from '../svg.mjs';

/**
 * One row of PV modules seen from the front-left, tilted to the south.
 * (x0..x1, y) is the lower edge of the panel face; h its height; legH the
 * clearance underneath (raised panels for grazing use a larger legH).
 */
export function panelRow(c, { x0, x1, y, h, legH = h * 0.5, depth = 0, mod = 60, lean = 0.35, shadow = true }) {
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
export function turbine(c, x, y, s = 1, depth = 0, rot = 20) {
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
export function barn(c, x, y, w, h, depth = 0, roof = P.roof) {
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
export function greenhouse(c, x, y, w, h, depth = 0) {
  let out = `<path d="M${f(x)} ${f(y)}L${f(x)} ${f(y - h * 0.35)}Q${f(x + w / 2)} ${f(y - h * 1.3)} ${f(x + w)} ${f(y - h * 0.35)}L${f(x + w)} ${f(y)}Z" fill="${atmos('#e8ebe4', depth)}"/>`;
  out += `<path d="M${f(x + w * 0.55)} ${f(y)}L${f(x + w * 0.55)} ${f(y - h * 0.82)}Q${f(x + w * 0.85)} ${f(y - h * 0.7)} ${f(x + w)} ${f(y - h * 0.35)}L${f(x + w)} ${f(y)}Z" fill="${atmos('#cfd6d0', depth)}"/>`;
  for (let i = 1; i < 6; i++)
    out += `<path d="M${f(x + (w * i) / 6)} ${f(y)}V${f(y - h * (0.45 + 0.45 * Math.sin((Math.PI * i) / 6)))}" stroke="${atmos(P.steel, depth)}" stroke-width="2" opacity="0.6"/>`;
  c.add(out);
}

/** Farmhouse/cottage. */
export function house(c, x, y, w, h, depth = 0, roof = P.roofRed) {
  let out = `<rect x="${f(x)}" y="${f(y - h)}" width="${f(w)}" height="${f(h)}" fill="${atmos(P.white, depth)}"/>`;
  out += `<rect x="${f(x + w * 0.6)}" y="${f(y - h)}" width="${f(w * 0.4)}" height="${f(h)}" fill="${atmos(P.concrete, depth)}"/>`;
  out += `<path d="${poly([
    [x - w * 0.08, y - h],
    [x + w * 1.08, y - h],
    [x + w * 0.95, y - h * 1.45],
    [x + w * 0.05, y - h * 1.45],
  ])}" fill="${atmos(roof, depth)}"/>`;
  out += `<rect x="${f(x + w * 0.2)}" y="${f(y - h * 0.65)}" width="${f(w * 0.18)}" height="${f(h * 0.3)}" fill="${atmos(P.panel, depth)}" opacity="0.7"/>`;
  c.add(out);
}

/** Hydrogen storage: horizontal capsule tank on saddles. */
export function capsuleTank(c, x, y, w, r, depth = 0) {
  const g = c.linear([
    [0, atmos('#fbfaf6', depth)],
    [0.55, atmos(P.white, depth)],
    [1, atmos(P.steel, depth)],
  ]);
  let out = `<rect x="${f(x + r * 0.3)}" y="${f(y - r * 0.5)}" width="${f(r * 0.4)}" height="${f(r * 0.5)}" fill="${atmos(P.steelDark, depth)}"/>`;
  out += `<rect x="${f(x + w - r * 0.7)}" y="${f(y - r * 0.5)}" width="${f(r * 0.4)}" height="${f(r * 0.5)}" fill="${atmos(P.steelDark, depth)}"/>`;
  out += `<rect x="${f(x)}" y="${f(y - r * 2.4)}" width="${f(w)}" height="${f(r * 2)}" rx="${f(r)}" fill="${g}"/>`;
  out += `<rect x="${f(x + w * 0.15)}" y="${f(y - r * 2.4)}" width="${f(w * 0.05)}" height="${f(r * 2)}" fill="${atmos(P.accent, depth)}" opacity="0.8"/>`;
  c.add(out);
}

/** Vertical cylindrical tank with a domed top. */
export function vtank(c, x, y, w, h, depth = 0) {
  const g = c.linear(
    [
      [0, atmos('#fbfaf6', depth)],
      [0.6, atmos(P.white, depth)],
      [1, atmos(P.steel, depth)],
    ],
    0,
    0,
    1,
    0,
  );
  let out = `<path d="M${f(x)} ${f(y)}V${f(y - h)}Q${f(x + w / 2)} ${f(y - h - w * 0.45)} ${f(x + w)} ${f(y - h)}V${f(y)}Z" fill="${g}"/>`;
  out += `<rect x="${f(x)}" y="${f(y - h * 0.7)}" width="${f(w)}" height="${f(h * 0.07)}" fill="${atmos(P.accent, depth)}" opacity="0.75"/>`;
  c.add(out);
}

/** Simple pipe rack / line between points. */
export function pipe(c, pts, w = 8, depth = 0) {
  c.add(
    `<path d="M${pts.map(([x, y]) => `${f(x)} ${f(y)}`).join('L')}" fill="none" stroke="${atmos(P.steelDark, depth)}" stroke-width="${w}" stroke-linejoin="round"/>`,
  );
}

/** Electric mine truck seen from the side, facing right; (x,y) = ground under rear wheel centre. */
export function mineTruck(c, x, y, s = 1) {
  const k = (v) => f(v * s);
  const X = (v) => f(x + v * s);
  const Y = (v) => f(y + v * s);
  let out = `<ellipse cx="${X(170)}" cy="${Y(4)}" rx="${k(330)}" ry="${k(18)}" fill="${P.shadow}" opacity="0.25"/>`;
  // chassis
  out += `<rect x="${X(-120)}" y="${Y(-175)}" width="${k(520)}" height="${k(50)}" fill="${P.truckDark}"/>`;
  // dump body (tray)
  out += `<path d="${poly([
    [x - 160 * s, y - 330 * s],
    [x + 270 * s, y - 350 * s],
    [x + 250 * s, y - 170 * s],
    [x - 110 * s, y - 170 * s],
  ])}" fill="${P.truck}"/>`;
  out += `<path d="${poly([
    [x - 160 * s, y - 330 * s],
    [x + 270 * s, y - 350 * s],
    [x + 272 * s, y - 330 * s],
    [x - 150 * s, y - 312 * s],
  ])}" fill="${lighten(P.truck, 0.25)}"/>`;
  for (let i = 0; i < 4; i++)
    out += `<rect x="${X(-70 + i * 85)}" y="${Y(-318 + i * -4)}" width="${k(12)}" height="${k(140)}" fill="${P.truckDark}" opacity="0.55"/>`;
  // canopy over cab
  out += `<path d="${poly([
    [x + 270 * s, y - 350 * s],
    [x + 420 * s, y - 350 * s],
    [x + 420 * s, y - 336 * s],
    [x + 262 * s, y - 330 * s],
  ])}" fill="${P.truckDark}"/>`;
  // cab
  out += `<rect x="${X(300)}" y="${Y(-300)}" width="${k(95)}" height="${k(110)}" rx="${k(6)}" fill="${P.white}"/>`;
  out += `<rect x="${X(318)}" y="${Y(-288)}" width="${k(64)}" height="${k(48)}" rx="${k(4)}" fill="${P.panel}" opacity="0.85"/>`;
  // battery pack (the swappable unit), with an accent stripe
  out += `<rect x="${X(280)}" y="${Y(-180)}" width="${k(140)}" height="${k(70)}" rx="${k(6)}" fill="${P.concrete}"/>`;
  out += `<rect x="${X(280)}" y="${Y(-152)}" width="${k(140)}" height="${k(14)}" fill="${P.accent}"/>`;
  // wheels
  for (const wx of [0, 330]) {
    out += `<circle cx="${X(wx)}" cy="${Y(-78)}" r="${k(78)}" fill="${P.tyre}"/>`;
    out += `<circle cx="${X(wx)}" cy="${Y(-78)}" r="${k(40)}" fill="${P.truckDark}"/>`;
    out += `<circle cx="${X(wx - 6)}" cy="${Y(-84)}" r="${k(22)}" fill="${P.truck}"/>`;
  }
  c.add(out);
}
