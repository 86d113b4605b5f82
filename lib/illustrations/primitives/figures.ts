// People drawn close, for the ground-level scenes: built in metres like haulTruck (m pixels per metre, (x, y) the
// ground point under the figure, dir 1 facing right, -1 facing left), with a lit and a shaded side. Faces are plain
// shapes turned from the viewer or shaded by a brim: the pictures show work, not anyone who could be recognised.
import { P, darken, lighten, mix } from '../palette';
import { f, poly, smooth, type Canvas } from '../svg';
import type { Pt } from '../palette';

interface FigureOpts {
  dir?: 1 | -1;
  shirt?: string;
  trousers?: string;
  skin?: string;
  /** The colour the shaded side falls to (a cool blue in daylight, a violet at dawn). */
  shade?: string;
  /** 0…1: how much the whole figure is pushed into silhouette (backlit at dawn). */
  backlit?: number;
}

function frame(x: number, y: number, m: number, dir: number) {
  const X = (v: number) => x + v * m * dir;
  const Y = (v: number) => y - v * m;
  const pt = (a: number, b: number): Pt => [X(a), Y(b)];
  const limb = (pts: [number, number][], stroke: string, w: number) =>
    `<path d="${smooth(pts.map(([a, b]) => pt(a, b)))}" fill="none" stroke="${stroke}" stroke-width="${f(w * m)}" stroke-linecap="round" stroke-linejoin="round"/>`;
  return { X, Y, pt, limb };
}

/**
 * A villager squatting in a herb row, setting a seedling into a gap: knees up, back bent over the row, a cotton
 * glove pressing the soil round the new plant, the other hand holding the next seedling; a headscarf tied over
 * the hair and a wide straw hat over it, the face turned down to the work. A shallow basket of seedlings beside.
 */
export function planter(c: Canvas, x: number, y: number, m: number, o: FigureOpts = {}): { hand: Pt } {
  const dir = o.dir ?? 1;
  const { X, Y, pt, limb } = frame(x, y, m, dir);
  const shirt = o.shirt ?? '#b5573f';
  const trousers = o.trousers ?? '#46505e';
  const skin = o.skin ?? '#c99a74';
  const shade = o.shade ?? '#34405a';
  const dk = (col: string, t = 0.3) => mix(col, shade, t);
  const glove = '#ece4d0';
  let out = `<ellipse cx="${f(X(0.15))}" cy="${f(Y(0))}" rx="${f(0.6 * m)}" ry="${f(0.07 * m)}" fill="${P.shadow}" opacity="0.28"/>`;
  // the basket of seedlings behind her heels
  out += `<path d="${poly([pt(-0.78, 0.02), pt(-0.3, 0.02), pt(-0.24, 0.2), pt(-0.84, 0.2)])}" fill="${darken('#b99a62', 0.1)}"/>`;
  out += `<path d="${poly([pt(-0.84, 0.2), pt(-0.24, 0.2), pt(-0.26, 0.24), pt(-0.82, 0.24)])}" fill="${lighten('#b99a62', 0.2)}"/>`;
  for (let i = 0; i < 6; i++) {
    const bx = -0.76 + i * 0.09;
    out += `<path d="M${f(X(bx))} ${f(Y(0.22))}Q${f(X(bx - 0.04))} ${f(Y(0.34))} ${f(X(bx - 0.07))} ${f(Y(0.38))}M${f(X(bx))} ${f(Y(0.22))}Q${f(X(bx + 0.03))} ${f(Y(0.33))} ${f(X(bx + 0.07))} ${f(Y(0.36))}" stroke="${i % 2 ? P.green : lighten(P.green, 0.15)}" stroke-width="${f(0.025 * m)}" fill="none" stroke-linecap="round"/>`;
  }
  for (let i = 0; i < 3; i++)
    out += `<path d="M${f(X(-0.8 + i * 0.2))} ${f(Y(0.18))}L${f(X(-0.7 + i * 0.2))} ${f(Y(0.04))}" stroke="${darken('#b99a62', 0.3)}" stroke-width="${f(0.012 * m)}"/>`;
  // far arm: reaching down to the soil with a gloved hand, pressing round the seedling
  const hand = pt(0.47, 0.16);
  out += limb(
    [
      [0.16, 0.84],
      [0.36, 0.52],
      [0.46, 0.2],
    ],
    dk(shirt, 0.5),
    0.1,
  );
  out += `<ellipse cx="${f(hand[0])}" cy="${f(hand[1])}" rx="${f(0.06 * m)}" ry="${f(0.045 * m)}" fill="${dk(glove, 0.2)}"/>`;
  // the new seedling at her fingertips, and a little turned soil round it
  out += `<ellipse cx="${f(X(0.66))}" cy="${f(Y(0.01))}" rx="${f(0.12 * m)}" ry="${f(0.025 * m)}" fill="${darken(P.soil, 0.15)}"/>`;
  out += `<path d="M${f(X(0.52))} ${f(Y(0.02))}Q${f(X(0.46))} ${f(Y(0.14))} ${f(X(0.42))} ${f(Y(0.24))}M${f(X(0.52))} ${f(Y(0.02))}Q${f(X(0.58))} ${f(Y(0.15))} ${f(X(0.64))} ${f(Y(0.2))}M${f(X(0.52))} ${f(Y(0.02))}L${f(X(0.53))} ${f(Y(0.26))}" stroke="${P.green}" stroke-width="${f(0.03 * m)}" fill="none" stroke-linecap="round"/>`;
  // far leg (shaded), then the near leg: thigh forward to a raised knee, shin down to the heel
  out += limb(
    [
      [-0.12, 0.42],
      [0.2, 0.52],
      [0.26, 0.1],
    ],
    dk(trousers, 0.45),
    0.15,
  );
  out += `<path d="${poly([pt(0.16, 0.0), pt(0.42, 0.0), pt(0.4, 0.07), pt(0.18, 0.1)])}" fill="#2e2c2a"/>`;
  out += limb(
    [
      [-0.16, 0.4],
      [0.1, 0.5],
      [0.14, 0.08],
    ],
    trousers,
    0.17,
  );
  out += `<path d="${poly([pt(0.04, 0.0), pt(0.32, 0.0), pt(0.3, 0.08), pt(0.06, 0.1)])}" fill="#3a3734"/>`;
  // torso: a back bent forward over the knees, the shirt lit on the back, shaded under the chest
  const torso = [pt(-0.28, 0.4), pt(-0.3, 0.62), pt(-0.16, 0.86), pt(0.1, 0.98), pt(0.26, 0.86), pt(0.2, 0.62), pt(0.02, 0.44)];
  out += `<path d="${smooth(torso, true)}" fill="${shirt}"/>`;
  out += `<path d="${smooth([pt(0.26, 0.86), pt(0.2, 0.62), pt(0.02, 0.44), pt(0.06, 0.6), pt(0.16, 0.8)], true)}" fill="${dk(shirt, 0.4)}"/>`;
  out += `<path d="${smooth([pt(-0.29, 0.6), pt(-0.18, 0.82), pt(0.04, 0.94)])}" fill="none" stroke="${lighten(shirt, 0.25)}" stroke-width="${f(0.03 * m)}" stroke-linecap="round"/>`;
  // near arm: elbow on the knee, the next seedling in the hand
  out += limb(
    [
      [-0.02, 0.84],
      [0.14, 0.58],
      [0.36, 0.5],
    ],
    shirt,
    0.11,
  );
  out += `<ellipse cx="${f(X(0.38))}" cy="${f(Y(0.5))}" rx="${f(0.055 * m)}" ry="${f(0.05 * m)}" fill="${glove}"/>`;
  out += `<path d="M${f(X(0.4))} ${f(Y(0.5))}Q${f(X(0.46))} ${f(Y(0.6))} ${f(X(0.5))} ${f(Y(0.66))}M${f(X(0.4))} ${f(Y(0.5))}Q${f(X(0.5))} ${f(Y(0.56))} ${f(X(0.55))} ${f(Y(0.55))}" stroke="${lighten(P.green, 0.1)}" stroke-width="${f(0.025 * m)}" fill="none" stroke-linecap="round"/>`;
  out += `<path d="M${f(X(0.4))} ${f(Y(0.48))}L${f(X(0.42))} ${f(Y(0.42))}" stroke="${P.soil}" stroke-width="${f(0.03 * m)}" stroke-linecap="round"/>`;
  // head bowed forward over the work: the scarf over the hair and nape, the face a plain shape in the hat's shade
  const hx = 0.3;
  const hy = 1.02;
  out += `<path d="${smooth([pt(hx - 0.12, hy - 0.1), pt(hx - 0.13, hy + 0.05), pt(hx - 0.02, hy + 0.1), pt(hx + 0.02, hy - 0.02), pt(hx - 0.04, hy - 0.15)], true)}" fill="#e6dccb"/>`;
  out += `<path d="${smooth([pt(hx - 0.12, hy - 0.08), pt(hx - 0.2, hy - 0.2), pt(hx - 0.1, hy - 0.2)], true)}" fill="${dk('#e6dccb', 0.25)}"/>`;
  out += `<ellipse cx="${f(X(hx + 0.05))}" cy="${f(Y(hy - 0.04))}" rx="${f(0.07 * m)}" ry="${f(0.09 * m)}" fill="${dk(skin, 0.25)}"/>`;
  out += `<path d="${smooth([pt(hx - 0.01, hy + 0.06), pt(hx + 0.04, hy - 0.06), pt(hx - 0.03, hy - 0.15)])}" fill="none" stroke="${dk('#e6dccb', 0.15)}" stroke-width="${f(0.035 * m)}" stroke-linecap="round"/>`;
  // the straw hat, tipped forward with the head: a wide brim seen edge-on and its crown
  const brim = [pt(hx - 0.25, hy + 0.07), pt(hx + 0.25, hy - 0.03)];
  out += `<path d="M${f(brim[0]![0])} ${f(brim[0]![1])}Q${f(X(hx))} ${f(Y(hy + 0.1))} ${f(brim[1]![0])} ${f(brim[1]![1])}Q${f(X(hx))} ${f(Y(hy - 0.02))} ${f(brim[0]![0])} ${f(brim[0]![1])}Z" fill="#e2c98f"/>`;
  out += `<path d="${smooth([pt(hx - 0.13, hy + 0.06), pt(hx - 0.1, hy + 0.19), pt(hx + 0.06, hy + 0.2), pt(hx + 0.13, hy + 0.03)])}Z" fill="#d6b975"/>`;
  out += `<path d="M${f(X(hx - 0.13))} ${f(Y(hy + 0.07))}Q${f(X(hx))} ${f(Y(hy + 0.09))} ${f(X(hx + 0.13))} ${f(Y(hy + 0.04))}" stroke="#a9844a" stroke-width="${f(0.03 * m)}" fill="none"/>`;
  c.add(out);
  return { hand: [X(0.52), Y(0.02)] };
}

/**
 * A villager standing in a row with a hoe, weeding: the blade down in the furrow ahead, both hands on the shaft,
 * the back bent a little; a straw hat whose brim shades the face.
 */
export function hoer(c: Canvas, x: number, y: number, m: number, o: FigureOpts = {}): void {
  const dir = o.dir ?? 1;
  const { X, Y, pt, limb } = frame(x, y, m, dir);
  const shirt = o.shirt ?? '#5b7fa3';
  const trousers = o.trousers ?? '#4b5563';
  const skin = o.skin ?? '#b98561';
  const shade = o.shade ?? '#34405a';
  const dk = (col: string, t = 0.3) => mix(col, shade, t);
  let out = `<ellipse cx="${f(X(0.2))}" cy="${f(Y(0))}" rx="${f(0.55 * m)}" ry="${f(0.06 * m)}" fill="${P.shadow}" opacity="0.25"/>`;
  // legs apart, the front one bent
  out += limb(
    [
      [0.0, 0.86],
      [0.2, 0.46],
      [0.26, 0.06],
    ],
    dk(trousers, 0.4),
    0.15,
  );
  out += limb(
    [
      [-0.04, 0.88],
      [-0.12, 0.44],
      [-0.2, 0.06],
    ],
    trousers,
    0.16,
  );
  out += `<path d="${poly([pt(-0.28, 0), pt(-0.04, 0), pt(-0.08, 0.07), pt(-0.26, 0.08)])}" fill="#3a3734"/>`;
  out += `<path d="${poly([pt(0.18, 0), pt(0.42, 0), pt(0.38, 0.07), pt(0.2, 0.08)])}" fill="#2e2c2a"/>`;
  // torso leaning forward
  const torso = [pt(-0.16, 0.84), pt(-0.2, 1.1), pt(-0.08, 1.42), pt(0.12, 1.48), pt(0.24, 1.36), pt(0.16, 1.06), pt(0.12, 0.84)];
  out += `<path d="${smooth(torso, true)}" fill="${shirt}"/>`;
  out += `<path d="${smooth([pt(0.24, 1.36), pt(0.16, 1.06), pt(0.12, 0.84), pt(0.04, 1.0), pt(0.1, 1.3)], true)}" fill="${dk(shirt, 0.35)}"/>`;
  // the hoe: a long shaft from the hands down to the blade in the furrow ahead
  const wood = '#8a6a48';
  out += `<path d="M${f(X(-0.06))} ${f(Y(1.3))}L${f(X(0.86))} ${f(Y(0.06))}" stroke="${wood}" stroke-width="${f(0.035 * m)}" stroke-linecap="round"/>`;
  out += `<path d="${poly([pt(0.8, 0.12), pt(0.98, 0.0), pt(1.0, 0.05), pt(0.86, 0.16)])}" fill="${P.steelDark}"/>`;
  // arms: both hands on the shaft
  out += limb(
    [
      [0.14, 1.38],
      [0.24, 1.12],
      [0.28, 0.98],
    ],
    dk(shirt, 0.45),
    0.09,
  );
  out += limb(
    [
      [0.02, 1.4],
      [0.02, 1.22],
      [0.1, 1.2],
    ],
    shirt,
    0.095,
  );
  out += `<circle cx="${f(X(0.28))}" cy="${f(Y(0.96))}" r="${f(0.045 * m)}" fill="${dk(skin, 0.3)}"/>`;
  out += `<circle cx="${f(X(0.11))}" cy="${f(Y(1.19))}" r="${f(0.045 * m)}" fill="${skin}"/>`;
  // head, turned down to the hoe: neck, a plain face in the brim's shadow, the hat
  const hx = 0.2;
  const hy = 1.6;
  out += `<ellipse cx="${f(X(hx))}" cy="${f(Y(hy))}" rx="${f(0.1 * m)}" ry="${f(0.12 * m)}" fill="${skin}"/>`;
  out += `<ellipse cx="${f(X(hx + 0.05))}" cy="${f(Y(hy - 0.03))}" rx="${f(0.06 * m)}" ry="${f(0.09 * m)}" fill="${dk(skin, 0.3)}"/>`;
  out += `<path d="M${f(X(hx - 0.32))} ${f(Y(hy + 0.1))}Q${f(X(hx))} ${f(Y(hy + 0.16))} ${f(X(hx + 0.34))} ${f(Y(hy + 0.04))}Q${f(X(hx))} ${f(Y(hy + 0.02))} ${f(X(hx - 0.32))} ${f(Y(hy + 0.1))}Z" fill="#e2c98f"/>`;
  out += `<path d="${smooth([pt(hx - 0.14, hy + 0.1), pt(hx - 0.1, hy + 0.25), pt(hx + 0.08, hy + 0.25), pt(hx + 0.14, hy + 0.08)])}Z" fill="#d6b975"/>`;
  out += `<path d="M${f(X(hx - 0.14))} ${f(Y(hy + 0.11))}Q${f(X(hx))} ${f(Y(hy + 0.13))} ${f(X(hx + 0.14))} ${f(Y(hy + 0.09))}" stroke="#a9844a" stroke-width="${f(0.03 * m)}" fill="none"/>`;
  c.add(out);
}

/**
 * A technician seen from behind, standing close to the viewer at dawn, the low sun in front of them: hard hat,
 * work jacket, a hi-vis vest whose reflective bands catch the light, a tablet held out at the side with its screen
 * lit. Drawn dark (backlit) with a warm rim on the sun side (rim = +1 right, -1 left).
 */
export function technicianFromBehind(c: Canvas, x: number, y: number, m: number, rim: 1 | -1, sunlit: string, tone: string): void {
  const { X, Y, pt, limb } = frame(x, y, m, 1);
  const jacket = mix('#2f3f58', tone, 0.35);
  const vest = mix('#d9892e', tone, 0.3);
  const trousers = mix('#2b3340', tone, 0.3);
  let out = '';
  // legs
  out += limb(
    [
      [-0.1, 0.92],
      [-0.12, 0.48],
      [-0.13, 0.05],
    ],
    trousers,
    0.16,
  );
  out += limb(
    [
      [0.1, 0.92],
      [0.12, 0.48],
      [0.14, 0.05],
    ],
    darken(trousers, 0.1),
    0.16,
  );
  out += `<path d="${poly([pt(-0.22, 0), pt(-0.04, 0), pt(-0.05, 0.08), pt(-0.21, 0.08)])}" fill="#221f24"/>`;
  out += `<path d="${poly([pt(0.05, 0), pt(0.23, 0), pt(0.22, 0.08), pt(0.06, 0.08)])}" fill="#221f24"/>`;
  // back and shoulders: the jacket, the vest over it with two reflective bands
  const back = [
    pt(-0.22, 0.86),
    pt(-0.25, 1.2),
    pt(-0.24, 1.44),
    pt(-0.12, 1.5),
    pt(0.12, 1.5),
    pt(0.24, 1.44),
    pt(0.25, 1.2),
    pt(0.22, 0.86),
  ];
  out += `<path d="${smooth(back, true)}" fill="${jacket}"/>`;
  out += `<path d="${poly([pt(-0.2, 0.9), pt(-0.21, 1.42), pt(-0.08, 1.46), pt(0.08, 1.46), pt(0.21, 1.42), pt(0.2, 0.9)])}" fill="${vest}"/>`;
  for (const by of [1.04, 1.22])
    out += `<path d="${poly([pt(-0.205, by), pt(0.205, by), pt(0.205, by + 0.05), pt(-0.205, by + 0.05)])}" fill="${mix('#e9e4d8', sunlit, 0.25)}"/>`;
  out += `<path d="${poly([pt(-0.03, 1.27), pt(0.03, 1.27), pt(0.03, 1.45), pt(-0.03, 1.45)])}" fill="${mix('#e9e4d8', sunlit, 0.25)}" opacity="0.85"/>`;
  // arms: the left hangs, the right is bent forward to hold the tablet, its lit screen showing past the elbow
  out += limb(
    [
      [-0.24, 1.42],
      [-0.3, 1.14],
      [-0.3, 0.88],
    ],
    jacket,
    0.1,
  );
  out += `<circle cx="${f(X(-0.3))}" cy="${f(Y(0.84))}" r="${f(0.05 * m)}" fill="${mix('#b98561', tone, 0.5)}"/>`;
  out += limb(
    [
      [0.24, 1.42],
      [0.3, 1.16],
      [0.36, 1.02],
    ],
    jacket,
    0.1,
  );
  out += `<path d="${poly([pt(0.3, 0.96), pt(0.56, 1.06), pt(0.55, 1.22), pt(0.3, 1.12)])}" fill="#1d2530"/>`;
  out += `<path d="${poly([pt(0.33, 0.99), pt(0.53, 1.07), pt(0.52, 1.19), pt(0.33, 1.1)])}" fill="#bfe3f0" opacity="0.9"/>`;
  // neck, the back of the head and the hard hat with its brim
  out += `<path d="${poly([pt(-0.06, 1.48), pt(0.06, 1.48), pt(0.06, 1.56), pt(-0.06, 1.56)])}" fill="${mix('#b98561', tone, 0.55)}"/>`;
  out += `<ellipse cx="${f(X(0))}" cy="${f(Y(1.63))}" rx="${f(0.1 * m)}" ry="${f(0.1 * m)}" fill="${mix('#3a3431', tone, 0.3)}"/>`;
  out += `<path d="M${f(X(-0.15))} ${f(Y(1.68))}Q${f(X(0))} ${f(Y(1.94))} ${f(X(0.15))} ${f(Y(1.68))}Z" fill="${mix('#f4f1ea', tone, 0.35)}"/>`;
  out += `<path d="${poly([pt(-0.17, 1.66), pt(0.17, 1.66), pt(0.17, 1.7), pt(-0.17, 1.7)])}" fill="${mix('#f4f1ea', tone, 0.45)}"/>`;
  // the rim of low sun along the sun-side edge of the hat, shoulder, arm and leg
  const R = rim;
  const rimPts: [number, number][][] = [
    [
      [0.06 * R, 1.79],
      [0.12 * R, 1.74],
      [0.15 * R, 1.69],
    ],
    [
      [0.12 * R, 1.5],
      [0.24 * R, 1.44],
      [0.26 * R, 1.2],
    ],
    [
      [0.28 * R, 1.4],
      [0.34 * R, 1.16],
    ],
    [
      [0.19 * R, 0.88],
      [0.2 * R, 0.48],
      [0.2 * R, 0.1],
    ],
  ];
  for (const seg of rimPts) out += `<g opacity="0.75">${limb(seg, sunlit, 0.012)}</g>`;
  c.add(out);
}
