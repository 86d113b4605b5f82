// Industry scenes on farmland: demo zone, apricots, herbs, alfalfa, vineyards, roses.
import { person } from '../primitives/people';
import { P, W, H, LIGHTS, atmos, lighten, darken, mix, type Pt } from '../palette';
import {
  backdrop,
  below,
  groundBelow,
  hillBand,
  terracedHill,
  perspectiveStripes,
  foregroundGrass,
  ground,
  rowStrip,
} from '../primitives/landscape';
import { pine, roundTree, blossomTree } from '../primitives/flora';
import { Axo } from '../primitives/axo';
import { poly, f, type Canvas } from '../svg';

/**
 * The contiguous demonstration zone from the air on an overcast day: a patchwork of fields crossed by farm roads
 * with tree rows, a block of solar panels, long cattle barns with a paddock of cattle, rows of greenhouses and a
 * village street, all on one ground plan.
 */
export function zhungeerzhaoDemoZone(c: Canvas): void {
  const hz = 230;
  backdrop(c, LIGHTS.overcast, hz);
  c.path(below(`M-50 ${hz + 110}L${W + 50} ${hz + 100}`), atmos(P.sage, 0.35));
  const a = new Axo(c, [-40, 1660], 5.4, [0.18, -0.55], 0.9, [1, -0.04]);
  const r = c.rng;
  const crops = [P.grassLight, P.alfalfa, P.sage, P.loessLight, P.herbYellow, P.olive, mix(P.alfalfa, P.loessLight, 0.4)];
  // field patchwork between the roads (rows of plots, far to near)
  const ys = [0, 60, 130, 190, 250, 320, 390, 470];
  const xs = [-160, -70, 40, 130, 210, 300, 380, 470, 560];
  for (let j = ys.length - 2; j >= 0; j--)
    for (let i = 0; i < xs.length - 1; i++) {
      const X = xs[i] ?? 0;
      const Y = ys[j] ?? 0;
      const w = (xs[i + 1] ?? 0) - X;
      const d = (ys[j + 1] ?? 0) - Y;
      const dep = Math.min(0.45, j * 0.05);
      a.quad(X, Y, w, d, atmos(r.pick(crops), dep));
      // furrows along each plot
      let path = '';
      for (let u = X + 4; u < X + w - 2; u += 5) {
        const p = a.p(u, Y + 1);
        const q = a.p(u, Y + d - 1);
        path += `M${f(p[0])} ${f(p[1])}L${f(q[0])} ${f(q[1])}`;
      }
      c.add(`<path d="${path}" stroke="${atmos(P.shadow, dep)}" stroke-width="1.5" opacity="0.12" fill="none"/>`);
    }
  // farm roads with tree rows
  for (const Y of [190, 390]) {
    a.quad(-170, Y - 3, 770, 6, atmos(P.loessLight, Y / 1000));
    for (let X = -160; X < 600; X += 9) {
      const [x, y] = a.p(X, Y - 5);
      roundTree(c, x, y, 0.32, Y / 1000, P.deep);
    }
  }
  a.quad(296, -20, 7, 490, atmos(P.loessLight, 0.2));
  // the solar block (far left)
  for (let k = 7; k >= 0; k--) a.pvRow(-120, 60, 400 + k * 9, 4.5, 0.8, 2.8, 0.3);
  // village street (far right): houses with red roofs
  for (let i = 0; i < 9; i++) a.box(200 + i * 22, 420, 12, 9, 4, { top: P.roofRed, front: P.white, side: P.concrete, depth: 0.3 });
  // greenhouse rows (middle right)
  for (let k = 5; k >= 0; k--) a.hcyl(240, 250 + k * 12, 150, 3.2, 0.9, '#e6ebe6', 0.15);
  // cattle barns and the paddock (near left)
  for (let k = 3; k >= 0; k--)
    a.box(40, 230 + k * 30, 150, 14, 6, {
      top: k % 2 ? P.roof : P.roofRed,
      front: P.concrete,
      side: darken(P.concrete, 0.15),
      depth: 0.15,
    });
  a.quad(40, 120, 180, 60, mix(P.loess, P.sage, 0.35));
  a.fence(
    [
      [40, 120],
      [220, 120],
      [220, 180],
      [40, 180],
      [40, 120],
    ],
    6,
    1.4,
  );
  for (let k = 0; k < 34; k++) {
    const [x, y] = a.p(r.range(48, 212), r.range(126, 176));
    const pied = r() < 0.35;
    c.add(`<ellipse cx="${f(x + 3)}" cy="${f(y + 2)}" rx="8" ry="3.5" fill="${P.shadow}" opacity="0.25"/>`);
    c.add(`<ellipse cx="${f(x)}" cy="${f(y - 3)}" rx="8" ry="4.5" fill="${pied ? P.cowLight : P.cow}"/>`);
    if (pied) c.add(`<circle cx="${f(x - 2)}" cy="${f(y - 3)}" r="2.5" fill="${P.cowDark}"/>`);
  }
  // a feed lorry on the road by the barns
  a.box(120, 188, 9, 3, 3, { top: P.white, front: P.accent, side: darken(P.accent, 0.2) });
}

/**
 * Apricot blossom at Xuejiawan, seen from under a tree: a blossoming branch frames the top of the picture, a
 * large tree stands at the left edge, villagers tend the trees on the terrace below, and terraced hills of
 * blossom run back to a high horizon.
 */
export function xuejiawanApricots(c: Canvas): void {
  backdrop(c, LIGHTS.spring, 330);
  const bloom = (k: number, arc: Pt[], s: number, depth: number) => {
    for (let i = 2; i < arc.length - 2; i += 1)
      if ((i + k) % 2 === 0 || s > 0.5) {
        const p = arc[i];
        if (p) blossomTree(c, p[0] + c.rng.range(-6, 6), p[1] - 2, 1.1 * s + 0.15, depth);
      }
  };
  // three terraced hills of blossom, far to near: centre, foot, top, half width, levels, field colour, depth, tree size
  for (const [cx, baseY, topY, halfW, levels, field, depth, size] of [
    [700, 760, 330, 900, 6, P.sage, 0.4, 0.5],
    [2000, 900, 360, 1000, 7, P.sage, 0.3, 0.6],
    [1100, 1250, 560, 1300, 7, P.olive, 0.12, 0.8],
  ] as const)
    terracedHill(c, { cx, baseY, topY, halfW, levels, field, depth, onTerrace: (k, a, s) => bloom(k, a, s * size, depth) });
  // the near terrace: grass, a row of trees, villagers pruning and gathering
  groundBelow(c, `M-50 1130Q1200 1080 ${W + 50} 1150`, P.grassLight, P.olive);
  c.add(`<path d="M-50 1130Q1200 1080 ${W + 50} 1150" fill="none" stroke="${P.loess}" stroke-width="22"/>`);
  const near: [number, number][] = [];
  for (let i = 0; i < 5; i++) near.push([520 + i * 470 + c.rng.range(-40, 40), 1290 + c.rng.range(-20, 20)]);
  for (const [x, y] of near) blossomTree(c, x, y, 4.4 + c.rng.range(-0.3, 0.3));
  person(c, 820, 1330, 1.05, { pose: 'pick', hat: 'straw', dir: 1, shirt: '#5b7fa3' });
  person(c, 1300, 1360, 1.1, { pose: 'carry', hat: 'scarf', dir: -1, shirt: '#b5573f' });
  person(c, 1760, 1320, 1.0, { pose: 'pick', hat: 'straw', dir: -1, shirt: '#6f8f62' });
  person(c, 2150, 1200, 0.6, { pose: 'hoe', hat: 'scarf', dir: -1, depth: 0.1 });
  foregroundGrass(c, { y: 1440, color: P.olive, count: 60 });
  // the close-up tree at the left edge and the branch across the top
  c.add(`<path d="M-40 ${H}L60 ${H}Q80 1000 180 760Q120 980 70 ${H}" fill="${P.trunk}"/>`);
  c.add(`<path d="M-40 ${H}C0 1100 40 800 120 560L170 580C110 800 90 1100 110 ${H}Z" fill="${darken(P.trunk, 0.15)}"/>`);
  const branch: Pt[] = [
    [-40, 120],
    [300, 180],
    [700, 150],
    [1100, 230],
    [1500, 170],
  ];
  c.add(
    `<path d="M-40 110Q400 220 800 150T1560 180" fill="none" stroke="${darken(P.trunk, 0.1)}" stroke-width="26" stroke-linecap="round"/>`,
  );
  c.add(
    `<path d="M520 175Q640 300 760 330M1050 205Q1150 100 1300 60M260 170Q300 320 420 380" fill="none" stroke="${darken(P.trunk, 0.1)}" stroke-width="12" stroke-linecap="round"/>`,
  );
  const r = c.rng;
  const flowers: Pt[] = [];
  for (const [x, y] of branch) for (let k = 0; k < 9; k++) flowers.push([x + r.range(-160, 160), y + r.range(-70, 110)]);
  for (const [x, y] of [
    [760, 330],
    [1300, 60],
    [420, 380],
  ] as const)
    for (let k = 0; k < 6; k++) flowers.push([x + r.range(-70, 70), y + r.range(-50, 50)]);
  for (let k = 0; k < 28; k++) flowers.push([r.range(0, 260), r.range(500, 900)]);
  for (const [x, y] of flowers) {
    const s = r.range(0.8, 1.3);
    let out = '';
    for (let p = 0; p < 5; p++) {
      const a = (p / 5) * Math.PI * 2 + s;
      out += `<circle cx="${f(x + Math.cos(a) * 14 * s)}" cy="${f(y + Math.sin(a) * 14 * s)}" r="${f(12 * s)}"/>`;
    }
    c.add(`<g fill="${r() < 0.6 ? P.blossom : lighten(P.blossom, 0.4)}">${out}</g>`);
    c.add(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(5 * s)}" fill="${P.roseDeep}"/>`);
  }
}

/** Herb fields on reclaimed mine land: broad flower bands in purple, yellow, orange and white. */
export function shigetuHerbs(c: Canvas): void {
  backdrop(c, LIGHTS.midday, 620);
  terracedHill(c, { cx: 700, baseY: 900, topY: 560, halfW: 900, levels: 5, field: P.sage, depth: 0.35, onTerrace: () => {} });
  terracedHill(c, { cx: 2100, baseY: 920, topY: 600, halfW: 700, levels: 4, field: P.olive, depth: 0.35, onTerrace: () => {} });
  const field = below(`M-50 820L${W + 50} 800`);
  const soil = mix(P.soil, P.loess, 0.5);
  const bands = [P.herbPurple, P.herbYellow, P.herbWhite, P.herbOrange, P.herbViolet, P.green];
  const colors: string[] = [];
  for (const b of bands) for (let k = 0; k < 3; k++) colors.push(b, soil);
  perspectiveStripes(c, { field, vp: { x: 1250, y: 520 }, n: 108, colors });
  c.add(`<path d="M-50 820L${W + 50} 800" stroke="${P.deep}" stroke-width="10" opacity="0.5"/>`);
  // flower dots on the near rows
  const r = c.rng;
  for (let i = 0; i < 900; i++) {
    const y = r.range(900, H);
    const t = (y - 520) / (H - 520);
    const xb = r.range(-1600, W + 1600);
    const x = 1250 + (xb - 1250) * t;
    const stripe = Math.floor(((xb + 1600) / (W + 3200)) * 108);
    if (stripe % 2) continue;
    c.add(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(2 + 7 * t)}" fill="${lighten(colors[stripe % colors.length] ?? P.green, 0.3)}"/>`);
  }
  // a small viewing platform on the left
  c.add(
    `<path d="${poly([
      [160, 860],
      [420, 860],
      [400, 880],
      [180, 880],
    ])}" fill="${P.concrete}"/>`,
  );
  c.add(
    `<path d="${poly([
      [170, 800],
      [410, 800],
      [380, 770],
      [200, 770],
    ])}" fill="${P.roofRed}"/>`,
  );
  for (const x of [190, 390]) c.add(`<rect x="${x}" y="800" width="8" height="62" fill="${P.trunk}"/>`);
  // villagers weeding and replanting in the demonstration rows, near and far
  person(c, 1500, 1330, 1.5, { pose: 'hoe', hat: 'straw', dir: -1 });
  person(c, 420, 1470, 2.1, { pose: 'plant', hat: 'scarf', dir: 1, shirt: '#5b7fa3' });
  person(c, 1780, 1390, 1.7, { pose: 'hoe', hat: 'scarf', dir: 1 });
  person(c, 980, 1060, 0.9, { pose: 'hoe', hat: 'straw', dir: 1, depth: 0.15 });
  person(c, 1180, 1010, 0.8, { pose: 'stand', hat: 'scarf', dir: -1, depth: 0.2 });
  person(c, 2050, 990, 0.75, { pose: 'hoe', hat: 'straw', dir: -1, depth: 0.25 });
}

/**
 * Alfalfa at Ruide from straight above in early summer: strips of standing alfalfa in flower beside mown strips
 * with windrows and round bales, a farm track, a tractor with a baler and villagers loading bales.
 */
export function ruideAlfalfa(c: Canvas): void {
  c.setLight(LIGHTS.midday);
  const r = c.rng;
  c.add(`<rect width="${W}" height="${H}" fill="${P.alfalfa}"/>`);
  c.add('<g transform="rotate(8 1200 750)">');
  // strips: standing alfalfa (green, lilac flowers) and mown (pale, with windrows)
  const strips = [
    [-400, 260, 'stand'],
    [260, 520, 'mown'],
    [780, 380, 'stand'],
    [1160, 420, 'mown'],
    [1580, 360, 'stand'],
    [1940, 520, 'mown'],
    [2460, 400, 'stand'],
  ] as const;
  for (const [x, w, kind] of strips) {
    if (kind === 'stand') {
      c.add(
        `<rect x="${x}" y="-300" width="${w}" height="${H + 600}" fill="${c.linear(
          [
            [0, lighten(P.alfalfa, 0.05)],
            [1, darken(P.alfalfa, 0.08)],
          ],
          0,
          0,
          1,
          0,
        )}"/>`,
      );
      let d = '';
      for (let xx = x + 12; xx < x + w; xx += 26) d += `M${xx} -300V${H + 300}`;
      c.add(`<path d="${d}" stroke="${darken(P.alfalfa, 0.14)}" stroke-width="6" opacity="0.5"/>`);
      for (let k = 0; k < w / 6; k++)
        c.add(
          `<circle cx="${f(r.range(x, x + w))}" cy="${f(r.range(-300, H + 300))}" r="${f(r.range(4, 8))}" fill="${P.alfalfaFlower}" opacity="0.8"/>`,
        );
    } else {
      c.add(`<rect x="${x}" y="-300" width="${w}" height="${H + 600}" fill="${mix(P.grassLight, P.herbYellow, 0.35)}"/>`);
      let d = '';
      for (let xx = x + 16; xx < x + w; xx += 16) d += `M${xx} -300V${H + 300}`;
      c.add(`<path d="${d}" stroke="${mix(P.grassLight, P.herbYellow, 0.6)}" stroke-width="4" opacity="0.6"/>`);
      // windrows: raked lines of drying hay
      for (let xx = x + 60; xx < x + w - 30; xx += 120)
        c.add(
          `<path d="M${xx} -300V${H + 300}" stroke="${darken(P.alfalfa, 0.05)}" stroke-width="26" stroke-linecap="round" opacity="0.8"/>`,
        );
      // round bales with their shadows
      for (let k = 0; k < 5; k++) {
        const bx = x + r.range(40, w - 40);
        const by = r.range(0, H);
        c.add(`<ellipse cx="${f(bx + 16)}" cy="${f(by + 22)}" rx="42" ry="30" fill="${P.shadow}" opacity="0.3"/>`);
        c.add(`<rect x="${f(bx - 40)}" y="${f(by - 28)}" width="80" height="56" rx="12" fill="${P.loessLight}"/>`);
        c.add(`<rect x="${f(bx - 40)}" y="${f(by - 28)}" width="80" height="12" rx="6" fill="${lighten(P.loessLight, 0.3)}"/>`);
      }
    }
  }
  // farm track across the strips
  c.add(`<rect x="-400" y="560" width="${W + 800}" height="70" fill="${P.loessLight}"/>`);
  c.add(`<path d="M-400 578H${W + 400}M-400 612H${W + 400}" stroke="${P.loess}" stroke-width="6" opacity="0.6"/>`);
  c.add('</g>');
  // tractor and baler on a mown strip: cab roof, bonnet, big rear wheels (seen from above)
  const tx = 1270;
  const ty = 1050;
  c.add(`<g transform="rotate(8 ${tx} ${ty})">`);
  c.add(`<rect x="${tx - 36}" y="${ty - 10}" width="110" height="130" rx="10" fill="${P.shadow}" opacity="0.25"/>`);
  c.add(
    `<rect x="${tx - 52}" y="${ty + 10}" width="22" height="64" rx="6" fill="${P.tyre}"/><rect x="${tx + 46}" y="${ty + 10}" width="22" height="64" rx="6" fill="${P.tyre}"/>`,
  );
  c.add(
    `<rect x="${tx - 44}" y="${ty - 88}" width="16" height="40" rx="5" fill="${P.tyre}"/><rect x="${tx + 44}" y="${ty - 88}" width="16" height="40" rx="5" fill="${P.tyre}"/>`,
  );
  c.add(`<rect x="${tx - 24}" y="${ty - 100}" width="64" height="90" rx="10" fill="${P.roofRed}"/>`);
  c.add(`<rect x="${tx - 34}" y="${ty - 8}" width="84" height="80" rx="8" fill="${P.white}"/>`);
  c.add(`<rect x="${tx - 4}" y="${ty + 80}" width="24" height="40" fill="${P.steelDark}"/>`);
  c.add(`<rect x="${tx - 50}" y="${ty + 120}" width="120" height="90" rx="14" fill="${P.accent}"/>`);
  c.add('</g>');
  // villagers loading bales onto a trailer (hats and shoulders from above)
  c.add(`<rect x="520" y="880" width="220" height="120" rx="6" fill="${P.trunk}" transform="rotate(8 630 940)"/>`);
  for (const [x, y] of [
    [560, 900],
    [640, 910],
  ] as const)
    c.add(`<rect x="${x - 34}" y="${y - 24}" width="68" height="48" rx="10" fill="${P.loessLight}" transform="rotate(8 630 940)"/>`);
  for (const [x, y, hat] of [
    [780, 960, '#e2c98f'],
    [760, 1040, '#c9545f'],
    [470, 1030, '#e2c98f'],
  ] as const) {
    c.add(`<ellipse cx="${x + 14}" cy="${y + 14}" rx="22" ry="12" fill="${P.shadow}" opacity="0.3"/>`);
    c.add(`<ellipse cx="${x}" cy="${y}" rx="22" ry="14" fill="#5b7fa3"/>`);
    c.add(`<circle cx="${x}" cy="${y}" r="15" fill="${hat}"/>`);
  }
}

/** Vineyard rows on gentle slopes, dark grape clusters under the leaves. */
export function vineyards(c: Canvas): void {
  const hz = 600;
  backdrop(c, LIGHTS.gold, hz);
  hillBand(c, { y: hz + 60, amp: 50, wave: 1200, color: P.sage, depth: 0.3 });
  groundBelow(c, `M-50 760Q1200 700 ${W + 50} 780`, P.loessLight, P.loess);
  const xs: number[] = [];
  for (let x = -2400; x <= 4800; x += 230) xs.push(x);
  const g = ground({ vpx: 1300, horizon: 600, yNear: H + 40 });
  for (const xn of xs) {
    const a = g(xn, 6);
    const b = g(xn, 0.95);
    const w = 60;
    c.add(`<path d="${rowStrip(a, b, w)}" fill="${darken(P.loess, 0.12)}" opacity="0.5"/>`);
  }
  // each row: a continuous leafy hedge on its trellis, posts and grape clusters
  for (const xn of [...xs].sort((a, b) => Math.abs(b - 1300) - Math.abs(a - 1300))) {
    const a = g(xn, 6);
    const b = g(xn, 0.95);
    const hh = 120;
    c.add(
      `<path d="${poly([
        [a.x - 20 * a.s, a.y],
        [a.x - 20 * a.s, a.y - hh * a.s],
        [b.x - 40 * b.s, b.y - hh * b.s],
        [b.x - 40 * b.s, b.y],
      ])}" fill="${darken(P.vine, 0.15)}"/>`,
    );
    c.add(
      `<path d="${poly([
        [a.x + 10 * a.s, a.y - hh * 0.3 * a.s],
        [a.x - 10 * a.s, a.y - hh * a.s],
        [b.x - 30 * b.s, b.y - hh * 1.05 * b.s],
        [b.x + 40 * b.s, b.y - hh * 0.3 * b.s],
      ])}" fill="${P.vine}"/>`,
    );
    for (let z = 6; z >= 1; z -= 0.25 * Math.min(z, 2)) {
      const p = g(xn, z);
      if (p.s > 0.3)
        for (const dx of [-10, 14])
          c.add(
            `<path d="M${f(p.x + dx * p.s - 9 * p.s)} ${f(p.y - 44 * p.s)}l${f(18 * p.s)} 0l${f(-9 * p.s)} ${f(26 * p.s)}z" fill="${P.grape}"/>`,
          );
      c.add(
        `<rect x="${f(p.x - 2 * p.s)}" y="${f(p.y - 130 * p.s)}" width="${f(4 * p.s + 0.5)}" height="${f(130 * p.s)}" fill="${P.trunk}" opacity="0.8"/>`,
      );
    }
  }
  // pickers in the alleys between the rows, baskets on their arms
  for (const [xn, z, pose, dir] of [
    [1165, 1.5, 'pick', 1],
    [1625, 2.2, 'pick', -1],
    [705, 3.0, 'carry', 1],
    [1855, 3.6, 'pick', -1],
  ] as const) {
    const p = g(xn, z);
    person(c, p.x, p.y, p.s, { pose, hat: z < 2 ? 'straw' : 'scarf', dir });
  }
}

/**
 * Rose harvest in the morning, close up: the nearest bush fills the bottom of the picture with open flowers,
 * pickers with baskets work the rows behind, and the hedges run to a low horizon.
 */
export function roseFields(c: Canvas): void {
  const hz = 470;
  backdrop(c, LIGHTS.mist, hz);
  hillBand(c, { y: hz + 30, amp: 24, wave: 1100, color: P.olive, depth: 0.35 });
  for (let i = 0; i < 14; i++) pine(c, 300 + i * 55, hz + 40 + (i % 3) * 5, 0.35, 0.35);
  groundBelow(c, `M-50 ${hz + 60}Q1200 ${hz + 30} ${W + 50} ${hz + 70}`, P.sage, P.green);
  // low continuous hedges running to a vanishing point, dense with pink-red flowers
  const g = ground({ vpx: 1500, horizon: hz, yNear: H + 30 });
  const xs: number[] = [];
  for (let x = -2000; x <= 4400; x += 210) xs.push(x);
  const r = c.rng;
  const pickers: [number, number, 1 | -1][] = [
    [1465, 1.3, -1],
    [1045, 1.8, 1],
    [1885, 2.6, -1],
    [625, 3.4, 1],
  ];
  for (const xn of xs.sort((p, q) => Math.abs(q - 1500) - Math.abs(p - 1500))) {
    const a = g(xn, 22);
    const b = g(xn, 0.95);
    const hh = 60;
    const w = 55;
    c.add(`<path d="${rowStrip(a, b, w)}" fill="${P.shadow}" opacity="0.18"/>`);
    c.add(
      `<path d="M${f(a.x - w * a.s)} ${f(a.y)}Q${f(a.x)} ${f(a.y - hh * 1.6 * a.s)} ${f(a.x + w * a.s)} ${f(a.y)}L${f(b.x + w * b.s)} ${f(b.y)}Q${f(b.x)} ${f(b.y - hh * 1.6 * b.s)} ${f(b.x - w * b.s)} ${f(b.y)}Z" fill="${darken(P.green, 0.1)}"/>`,
    );
    c.add(
      `<path d="M${f(a.x - w * 0.7 * a.s)} ${f(a.y - hh * 0.5 * a.s)}L${f(a.x)} ${f(a.y - hh * 0.8 * a.s)}L${f(b.x)} ${f(b.y - hh * 0.8 * b.s)}L${f(b.x - w * 0.7 * b.s)} ${f(b.y - hh * 0.5 * b.s)}Z" fill="${P.green}"/>`,
    );
    for (let z = 22; z >= 1; z -= z > 6 ? 0.4 : 0.08 * Math.min(z, 2)) {
      const p = g(xn, z);
      for (let k = 0; k < 3; k++)
        c.add(
          `<circle cx="${f(p.x + r.range(-w, w) * 0.8 * p.s)}" cy="${f(p.y - r.range(0.35, 0.85) * hh * p.s)}" r="${f(10 * p.s + 0.8)}" fill="${r() < 0.5 ? P.rose : r() < 0.5 ? P.roseDeep : lighten(P.rose, 0.35)}"/>`,
        );
    }
    // pickers in the alley on the near side of this row
    for (const [px, z, dir] of pickers)
      if (Math.abs(px - 105 - xn) < 1) {
        const p = g(px, z);
        person(c, p.x, p.y, p.s * 0.95, { pose: 'pick', hat: r() < 0.5 ? 'straw' : 'scarf', dir });
      }
  }
  // the nearest bush, close up: leaves and open flowers across the bottom of the picture
  c.path(`M-50 ${H}L-50 1290Q300 1200 700 1260Q1100 1180 1500 1270Q1900 1200 ${W + 50} 1250L${W + 50} ${H}Z`, darken(P.green, 0.2));
  for (let i = 0; i < 70; i++) {
    const x = r.range(-40, W + 40);
    const y = r.range(1260, H);
    c.add(
      `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(r.range(26, 40))}" ry="${f(r.range(12, 18))}" fill="${r() < 0.5 ? P.green : darken(P.green, 0.1)}" transform="rotate(${f(r.range(-50, 50))} ${f(x)} ${f(y)})"/>`,
    );
  }
  for (let i = 0; i < 16; i++) {
    const x = 60 + i * 150 + r.range(-40, 40);
    const y = r.range(1250, 1420);
    const s = r.range(0.9, 1.4);
    const col = r() < 0.5 ? P.rose : P.roseDeep;
    const R = 40 * s;
    let petals = '';
    for (let p = 0; p < 6; p++) {
      const ang = (p / 6) * Math.PI * 2 + s;
      petals += `<circle cx="${f(x + Math.cos(ang) * R * 0.5)}" cy="${f(y + Math.sin(ang) * R * 0.42)}" r="${f(R * 0.52)}"/>`;
    }
    c.add(`<g fill="${col}">${petals}</g>`);
    let inner = '';
    for (let p = 0; p < 4; p++) {
      const ang = (p / 4) * Math.PI * 2 + s * 2;
      inner += `<circle cx="${f(x + Math.cos(ang) * R * 0.22)}" cy="${f(y - 4 * s + Math.sin(ang) * R * 0.18)}" r="${f(R * 0.3)}"/>`;
    }
    c.add(`<g fill="${lighten(col, 0.18)}">${inner}</g>`);
    c.add(`<ellipse cx="${f(x)}" cy="${f(y - 6 * s)}" rx="${f(R * 0.2)}" ry="${f(R * 0.14)}" fill="${darken(col, 0.2)}"/>`);
  }
}
