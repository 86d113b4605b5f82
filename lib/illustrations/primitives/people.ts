// People at work, flat and simple like the rest of the set: a villager with a hoe, a herder with a crook, a
// technician in a hard hat. (x, y) is where the feet meet the ground; s scales from a figure ~190 px tall.
import { P, atmos, darken } from '../palette';
import { f, type Canvas } from '../svg';

const SKIN = ['#c99a74', '#b98561', '#d8ab86'];
const SHIRTS = ['#5b7fa3', '#b5573f', '#d2a64a', '#6f8f62', '#8c6fa3'];

export interface PersonOpts {
  pose?: 'hoe' | 'stand' | 'crook' | 'point' | 'pick' | 'plant' | 'carry';
  hat?: 'straw' | 'hard' | 'cap' | 'scarf';
  shirt?: string;
  dir?: number;
  depth?: number;
  vest?: boolean;
}
export function person(
  c: Canvas,
  x: number,
  y: number,
  s = 1,
  { pose = 'stand', hat = 'straw', shirt, dir = 1, depth = 0, vest = false }: PersonOpts = {},
): void {
  const r = c.rng;
  const skin = atmos(r.pick(SKIN), depth);
  const top = atmos(shirt ?? r.pick(SHIRTS), depth);
  const trousers = atmos(pose === 'hoe' ? '#4b5563' : '#3f4a5a', depth);
  const X = (v: number) => f(x + v * s * dir);
  const Y = (v: number) => f(y + v * s);
  const k = (v: number) => f(v * s);
  const lean = pose === 'hoe' ? 18 : pose === 'plant' ? 34 : 0; // bent forward over the work
  let out = `<ellipse cx="${X(4)}" cy="${Y(2)}" rx="${k(34)}" ry="${k(6)}" fill="${P.shadow}" opacity="0.22"/>`;
  // legs
  out += `<path d="M${X(-12)} ${Y(0)}L${X(-6 + lean * 0.2)} ${Y(-82)}L${X(10 + lean * 0.2)} ${Y(-82)}L${X(14)} ${Y(0)}L${X(4)} ${Y(0)}L${X(2 + lean * 0.2)} ${Y(-50)}L${X(-2)} ${Y(0)}Z" fill="${trousers}"/>`;
  // torso, leaning when working the ground
  out += `<path d="M${X(-10 + lean * 0.2)} ${Y(-80)}L${X(-12 + lean)} ${Y(-150)}Q${X(2 + lean)} ${Y(-160)} ${X(16 + lean)} ${Y(-150)}L${X(14 + lean * 0.2)} ${Y(-80)}Z" fill="${top}"/>`;
  if (vest)
    out += `<path d="M${X(-9 + lean * 0.2)} ${Y(-84)}L${X(-10 + lean)} ${Y(-146)}L${X(15 + lean)} ${Y(-146)}L${X(13 + lean * 0.2)} ${Y(-84)}Z" fill="${atmos('#e8a33a', depth)}" opacity="0.95"/><rect x="${f(Math.min(x + (-10 + lean * 0.6) * s * dir, x + (14 + lean * 0.6) * s * dir))}" y="${Y(-120)}" width="${k(24)}" height="${k(5)}" fill="${P.white}" opacity="0.9"/>`;
  // head and hat
  const hx = 2 + lean * 1.15;
  out += `<circle cx="${X(hx)}" cy="${Y(-168)}" r="${k(13)}" fill="${skin}"/>`;
  if (hat === 'straw')
    out += `<ellipse cx="${X(hx)}" cy="${Y(-176)}" rx="${k(26)}" ry="${k(6)}" fill="${atmos('#e2c98f', depth)}"/><path d="M${X(hx - 11)} ${Y(-176)}Q${X(hx)} ${Y(-196)} ${X(hx + 11)} ${Y(-176)}Z" fill="${atmos('#d6b975', depth)}"/>`;
  if (hat === 'hard')
    out += `<path d="M${X(hx - 15)} ${Y(-172)}Q${X(hx)} ${Y(-198)} ${X(hx + 15)} ${Y(-172)}Z" fill="${atmos('#f4f1ea', depth)}"/><rect x="${f(Math.min(x + (hx - 18) * s * dir, x + (hx + 18) * s * dir))}" y="${Y(-174)}" width="${k(36)}" height="${k(4)}" fill="${atmos('#f4f1ea', depth)}"/>`;
  if (hat === 'cap')
    out += `<path d="M${X(hx - 13)} ${Y(-172)}Q${X(hx)} ${Y(-192)} ${X(hx + 13)} ${Y(-172)}L${X(hx + 24)} ${Y(-171)}L${X(hx + 13)} ${Y(-168)}Z" fill="${atmos('#2f4838', depth)}"/>`;
  if (hat === 'scarf')
    out += `<path d="M${X(hx + 12)} ${Y(-173)}Q${X(hx)} ${Y(-196)} ${X(hx - 14)} ${Y(-168)}L${X(hx - 17)} ${Y(-147)}L${X(hx - 5)} ${Y(-157)}Q${X(hx + 2)} ${Y(-172)} ${X(hx + 12)} ${Y(-173)}Z" fill="${atmos('#c9545f', depth)}"/>`;
  // arms and tool
  const sx = 4 + lean * 0.9;
  const tool = atmos(P.trunk, depth);
  if (pose === 'hoe') {
    out += `<path d="M${X(sx)} ${Y(-142)}L${X(sx + 26)} ${Y(-104)}" stroke="${top}" stroke-width="${k(9)}" stroke-linecap="round"/>`;
    out += `<path d="M${X(sx + 40)} ${Y(-150)}L${X(sx + 56)} ${Y(4)}" stroke="${tool}" stroke-width="${k(4)}" stroke-linecap="round"/>`;
    out += `<path d="M${X(sx + 50)} ${Y(0)}L${X(sx + 72)} ${Y(2)}L${X(sx + 56)} ${Y(-6)}Z" fill="${atmos(P.steelDark, depth)}"/>`;
  } else if (pose === 'pick') {
    // one arm raised into a tree or bush, a basket on the other arm
    out += `<path d="M${X(sx + 2)} ${Y(-144)}L${X(sx + 24)} ${Y(-196)}" stroke="${top}" stroke-width="${k(9)}" stroke-linecap="round"/>`;
    out += `<path d="M${X(sx - 6)} ${Y(-140)}L${X(sx - 12)} ${Y(-104)}" stroke="${top}" stroke-width="${k(9)}" stroke-linecap="round"/>`;
    out += `<path d="M${X(sx - 34)} ${Y(-104)}h${k(44 * dir)}l${k(-6 * dir)} ${k(26)}h${k(-32 * dir)}Z" fill="${atmos('#b99a62', depth)}"/>`;
  } else if (pose === 'plant') {
    // bent low, setting a seedling into the ground
    out += `<path d="M${X(sx)} ${Y(-138)}L${X(sx + 14)} ${Y(-68)}" stroke="${top}" stroke-width="${k(9)}" stroke-linecap="round"/>`;
    out += `<path d="M${X(sx + 16)} ${Y(-58)}l${k(-6)} ${k(-22)}l${k(12)} ${k(4)}Z" fill="${atmos(P.green, depth)}"/>`;
  } else if (pose === 'carry') {
    // carrying a crate or basket in both arms
    out += `<path d="M${X(sx)} ${Y(-142)}L${X(sx + 18)} ${Y(-110)}" stroke="${top}" stroke-width="${k(9)}" stroke-linecap="round"/>`;
    out += `<rect x="${f(Math.min(x + (sx + 6) * s * dir, x + (sx + 46) * s * dir))}" y="${Y(-126)}" width="${k(40)}" height="${k(28)}" rx="${k(3)}" fill="${atmos('#b99a62', depth)}"/>`;
  } else if (pose === 'crook') {
    out += `<path d="M${X(sx)} ${Y(-140)}L${X(sx + 22)} ${Y(-112)}" stroke="${top}" stroke-width="${k(9)}" stroke-linecap="round"/>`;
    out += `<path d="M${X(sx + 24)} ${Y(2)}L${X(sx + 26)} ${Y(-196)}q${k(2)} ${k(-16)} ${k(14 * dir)} ${k(-10)}" fill="none" stroke="${tool}" stroke-width="${k(4)}" stroke-linecap="round"/>`;
  } else if (pose === 'point') {
    out += `<path d="M${X(sx + 4)} ${Y(-142)}L${X(sx + 44)} ${Y(-150)}" stroke="${top}" stroke-width="${k(9)}" stroke-linecap="round"/>`;
    out += `<rect x="${f(Math.min(x + (sx - 24) * s * dir, x + (sx - 6) * s * dir))}" y="${Y(-130)}" width="${k(18)}" height="${k(24)}" rx="${k(2)}" fill="${atmos(darken(P.panel, 0.2), depth)}"/>`;
  } else {
    out += `<path d="M${X(sx + 6)} ${Y(-142)}L${X(sx + 10)} ${Y(-96)}" stroke="${top}" stroke-width="${k(9)}" stroke-linecap="round"/>`;
  }
  c.add(out);
}
