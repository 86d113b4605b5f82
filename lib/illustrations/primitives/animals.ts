// Grazing animals, simplified to a few rounded shapes.
import { P, atmos } from '../palette';
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

/** Cow; pied=true gives a white body with dark patches. */
export function cow(c: Canvas, x: number, y: number, s = 1, dir = 1, depth = 0, pied = false): void {
  const d = dir;
  const body = pied ? P.cowLight : P.cow;
  const dark = pied ? '#3e3a36' : P.cowDark;
  let out = `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(48 * s)}" ry="${f(7 * s)}" fill="${P.shadow}" opacity="0.2"/>`;
  for (const lx of [-30, -20, 22, 32])
    out += `<rect x="${f(x + lx * s * d - 3 * s)}" y="${f(y - 30 * s)}" width="${f(6 * s)}" height="${f(30 * s)}" fill="${atmos(dark, depth)}"/>`;
  out += `<rect x="${f(x - 40 * s)}" y="${f(y - 62 * s)}" width="${f(80 * s)}" height="${f(36 * s)}" rx="${f(16 * s)}" fill="${atmos(body, depth)}"/>`;
  if (pied)
    out += `<ellipse cx="${f(x - 8 * s * d)}" cy="${f(y - 48 * s)}" rx="${f(14 * s)}" ry="${f(10 * s)}" fill="${atmos(dark, depth)}"/>`;
  out += `<rect x="${f(x - 40 * s)}" y="${f(y - 62 * s)}" width="${f(80 * s)}" height="${f(10 * s)}" rx="${f(5 * s)}" fill="#ffffff" opacity="0.12"/>`;
  const hx = x + 46 * s * d;
  out += `<ellipse cx="${f(hx)}" cy="${f(y - 52 * s)}" rx="${f(11 * s)}" ry="${f(15 * s)}" fill="${atmos(dark, depth)}" transform="rotate(${d * -25} ${f(hx)} ${f(y - 52 * s)})"/>`;
  c.add(out);
}
