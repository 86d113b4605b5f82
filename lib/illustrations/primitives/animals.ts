// Grazing animals, simplified to a few rounded shapes.
import { P, atmos, darken } from '../palette';
import { f, type Canvas } from '../svg';

/** Sheep; (x,y) ground point, s scale, dir +1 facing right / -1 left. */
export function sheep(c: Canvas, x: number, y: number, s = 1, dir = 1, depth = 0): void {
  const d = dir;
  let out = `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(30 * s)}" ry="${f(5 * s)}" fill="${P.shadow}" opacity="0.2"/>`;
  for (const lx of [-16, -6, 8, 17])
    out += `<rect x="${f(x + lx * s * d - 2 * s)}" y="${f(y - 16 * s)}" width="${f(4 * s)}" height="${f(16 * s)}" fill="${atmos('#4a4540', depth)}"/>`;
  out += `<ellipse cx="${f(x)}" cy="${f(y - 26 * s)}" rx="${f(28 * s)}" ry="${f(16 * s)}" fill="${atmos(P.sheepShadow, depth)}"/>`;
  out += `<ellipse cx="${f(x - 4 * s)}" cy="${f(y - 29 * s)}" rx="${f(22 * s)}" ry="${f(12 * s)}" fill="${atmos(P.sheep, depth)}"/>`;
  out += `<ellipse cx="${f(x + 30 * s * d)}" cy="${f(y - 24 * s)}" rx="${f(8 * s)}" ry="${f(10 * s)}" fill="${atmos('#4a4540', depth)}" transform="rotate(${d * 30} ${f(x + 30 * s * d)} ${f(y - 24 * s)})"/>`;
  c.add(out);
}

/** Cow, head down grazing; pied=true gives a white body with dark patches. */
export function cow(c: Canvas, x: number, y: number, s = 1, dir = 1, depth = 0, pied = false): void {
  const d = dir;
  const body = atmos(pied ? P.cowLight : P.cow, depth);
  const dark = atmos(pied ? '#3e3a36' : P.cowDark, depth);
  const X = (v: number) => f(x + v * s * d);
  const Y = (v: number) => f(y + v * s);
  let out = `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(48 * s)}" ry="${f(7 * s)}" fill="${P.shadow}" opacity="0.2"/>`;
  // legs: the far pair darker
  for (const [lx, col] of [
    [-30, dark],
    [24, dark],
    [-22, body],
    [32, body],
  ] as const)
    out += `<path d="M${X(lx - 3)} ${Y(-34)}L${X(lx - 2.5)} ${Y(0)}L${X(lx + 2.5)} ${Y(0)}L${X(lx + 3)} ${Y(-34)}Z" fill="${col === body ? atmos(darken(pied ? P.cowLight : P.cow, 0.1), depth) : col}"/>`;
  // body with a deeper chest and a slight dip in the back
  out += `<path d="M${X(-42)} ${Y(-58)}Q${X(-44)} ${Y(-30)} ${X(-34)} ${Y(-28)}L${X(30)} ${Y(-26)}Q${X(42)} ${Y(-28)} ${X(42)} ${Y(-46)}L${X(40)} ${Y(-60)}Q${X(0)} ${Y(-56)} ${X(-42)} ${Y(-58)}Z" fill="${body}"/>`;
  if (pied)
    out += `<ellipse cx="${X(-10)}" cy="${Y(-46)}" rx="${f(14 * s)}" ry="${f(9 * s)}" fill="${dark}"/><ellipse cx="${X(22)}" cy="${Y(-52)}" rx="${f(8 * s)}" ry="${f(6 * s)}" fill="${dark}"/>`;
  // neck and head lowered to the grass, an ear, the tail
  out += `<path d="M${X(36)} ${Y(-58)}L${X(50)} ${Y(-52)}L${X(62)} ${Y(-16)}Q${X(60)} ${Y(-8)} ${X(52)} ${Y(-10)}L${X(38)} ${Y(-34)}Z" fill="${pied ? dark : body}"/>`;
  out += `<ellipse cx="${X(46)}" cy="${Y(-48)}" rx="${f(7 * s)}" ry="${f(3 * s)}" fill="${dark}"/>`;
  out += `<path d="M${X(-42)} ${Y(-56)}Q${X(-50)} ${Y(-36)} ${X(-46)} ${Y(-20)}" fill="none" stroke="${dark}" stroke-width="${f(2.5 * s)}"/>`;
  c.add(out);
}
