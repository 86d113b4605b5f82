// Industry scenes on farmland: demo zone, apricots, herbs, alfalfa, vineyards, roses.
import { person } from '../primitives/people';
import { P, W, H, atmos, lighten, darken, mix } from '../palette';
import { sky, farRidges, hillBand, terracedHill, perspectiveStripes, foregroundGrass, yAt, ground } from '../primitives/landscape';
import { patchwork } from '../primitives/terrain';
import { pine, roundTree, blossomTree, shrub } from '../primitives/flora';
import { barn, greenhouse, house, panelRow } from '../primitives/built';
import { cow } from '../primitives/animals';
import { poly, f, type Canvas } from '../svg';

/** Items in perspective rows running toward a vanishing point; draw(x, y, s) far→near. */
function rows(c, { vpx, hz, yNear, xs, zFar = 6, step = 0.35, draw }) {
  const g = ground({ vpx, horizon: hz, yNear });
  const items = [];
  for (const xn of xs) for (let z = zFar; z >= 0.9; z -= step * Math.min(z, 2)) items.push(g(xn, z));
  items.sort((a, b) => a.y - b.y).forEach((p) => draw(p.x, p.y, p.s));
}

/** Contiguous demonstration zone: patchwork fields, cattle barns, greenhouses, PV block, village. */
export function zhungeerzhaoDemoZone(c: Canvas): void {
  const hz = 560;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  hillBand(c, { y: hz + 40, amp: 30, wave: 1400, color: P.sage, depth: 0.4 });
  patchwork(c, {
    y0: 640,
    y1: 1000,
    cols: 7,
    rows: 4,
    colors: [P.grassLight, P.alfalfa, P.sage, P.loessLight, P.herbYellow, P.olive],
    depth: 0.3,
  });
  // PV block on the left, barns centre, greenhouses right, village behind
  for (let i = 0; i < 6; i++)
    panelRow(c, { x0: 60 + i * 8, x1: 760 + i * 14, y: 720 + i * 36, h: 18 + i * 4, legH: 6 + i, depth: 0.3 - i * 0.04, mod: 40 });
  for (let i = 0; i < 5; i++) house(c, 1900 + i * 95, 740 - i * 4, 66, 40, 0.3);
  for (let i = 0; i < 3; i++) barn(c, 940 + i * 50, 790 + i * 90, 620 + i * 60, 40 + i * 12, 0.25 - i * 0.08, i % 2 ? P.roof : P.roofRed);
  for (let i = 0; i < 5; i++) greenhouse(c, 1720 + i * 135, 880, 115, 72, 0.15);
  for (let i = 0; i < 4; i++) greenhouse(c, 1650 + i * 185, 1000, 165, 100, 0.05);
  // foreground pasture with cattle and a tree line
  c.path(
    `M-50 1060Q1200 1020 ${W + 50} 1070L${W + 50} ${H}L-50 ${H}Z`,
    c.linear([
      [0, P.grassLight],
      [1, P.green],
    ]),
  );
  for (let x = 20; x < W; x += 90) roundTree(c, x + c.rng.range(-15, 15), 1062, 0.55, 0.05, P.deep);
  c.add(`<path d="M-50 1250Q1200 1215 ${W + 50} 1260" fill="none" stroke="${P.trunk}" stroke-width="5" opacity="0.5"/>`);
  for (let x = 0; x < W; x += 160)
    c.add(`<rect x="${x}" y="${1218 + Math.pow((x - 1200) / 1200, 2) * 38}" width="7" height="44" fill="${P.trunk}" opacity="0.7"/>`);
  const herd = [
    [260, 1320, 1.9, 1],
    [620, 1400, 2.3, -1],
    [980, 1300, 1.8, 1, true],
    [1360, 1440, 2.6, 1],
    [1720, 1330, 2, -1, true],
    [2120, 1420, 2.4, -1],
    [1900, 1190, 1.3, 1],
    [500, 1180, 1.2, -1, true],
  ];
  herd.sort((a, b) => a[1] - b[1]).forEach(([x, y, s, d, pied]) => cow(c, x, y, s, d, 0, !!pied));
}

/** Apricot orchards in blossom on terraced loess hills. */
export function xuejiawanApricots(c: Canvas): void {
  const hz = 600;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  const bloom = (k, arc, s, depth) => {
    for (let i = 2; i < arc.length - 2; i += 1)
      if ((i + k) % 2 === 0) blossomTree(c, arc[i][0] + c.rng.range(-6, 6), arc[i][1] - 2, 0.55 * s + 0.1, depth);
  };
  terracedHill(c, {
    cx: 1900,
    baseY: 1150,
    topY: 560,
    halfW: 900,
    levels: 7,
    field: P.sage,
    depth: 0.3,
    onTerrace: (k, a, s) => bloom(k, a, s * 0.7, 0.3),
  });
  terracedHill(c, {
    cx: 500,
    baseY: 1300,
    topY: 620,
    halfW: 1000,
    levels: 8,
    field: P.olive,
    depth: 0.12,
    onTerrace: (k, a, s) => bloom(k, a, s * 0.85, 0.12),
  });
  // foreground terrace with large trees
  c.path(
    `M-50 1180Q1200 1120 ${W + 50} 1200L${W + 50} ${H}L-50 ${H}Z`,
    c.linear([
      [0, P.olive],
      [1, P.green],
    ]),
  );
  c.add(`<path d="M-50 1180Q1200 1120 ${W + 50} 1200" fill="none" stroke="${P.loess}" stroke-width="26"/>`);
  for (let i = 0; i < 9; i++)
    blossomTree(c, 80 + i * 290 + c.rng.range(-30, 30), 1330 + c.rng.range(-30, 40), 2.2 + c.rng.range(-0.2, 0.3));
}

/** Herb fields on reclaimed mine land: broad flower bands in purple, yellow, orange and white. */
export function shigetuHerbs(c: Canvas): void {
  const hz = 620;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  terracedHill(c, { cx: 700, baseY: 900, topY: 560, halfW: 900, levels: 5, field: P.sage, depth: 0.35, onTerrace: () => {} });
  terracedHill(c, { cx: 2100, baseY: 920, topY: 600, halfW: 700, levels: 4, field: P.olive, depth: 0.35, onTerrace: () => {} });
  const field = `M-50 820L${W + 50} 800L${W + 50} ${H}L-50 ${H}Z`;
  const soil = mix(P.soil, P.loess, 0.5);
  const bands = [P.herbPurple, P.herbYellow, P.herbWhite, P.herbOrange, P.herbViolet, P.green];
  const colors = [];
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
    c.add(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(2 + 7 * t)}" fill="${lighten(colors[stripe % colors.length], 0.3)}"/>`);
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
  person(c, 1780, 1390, 1.7, { pose: 'hoe', hat: 'scarf', dir: 1 });
  person(c, 980, 1060, 0.9, { pose: 'hoe', hat: 'straw', dir: 1, depth: 0.15 });
  person(c, 1180, 1010, 0.8, { pose: 'stand', hat: 'scarf', dir: -1, depth: 0.2 });
  person(c, 2050, 990, 0.75, { pose: 'hoe', hat: 'straw', dir: -1, depth: 0.25 });
}

/** Alfalfa: green rows with lilac flowers, round hay bales. */
export function ruideAlfalfa(c: Canvas): void {
  const hz = 640;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  hillBand(c, { y: hz + 20, amp: 30, wave: 1000, color: P.olive, depth: 0.35 });
  const field = `M-50 760Q1200 730 ${W + 50} 770L${W + 50} ${H}L-50 ${H}Z`;
  perspectiveStripes(c, {
    field,
    vp: { x: 1700, y: 560 },
    n: 90,
    colors: [P.alfalfa, darken(P.alfalfa, 0.12), lighten(P.alfalfa, 0.1), darken(P.alfalfa, 0.05)],
  });
  const r = c.rng;
  for (let i = 0; i < 700; i++) {
    const y = r.range(800, H);
    const t = (y - 560) / (H - 560);
    c.add(`<circle cx="${f(r.range(-50, W + 50))}" cy="${f(y)}" r="${f(2 + 6 * t)}" fill="${P.alfalfaFlower}" opacity="0.85"/>`);
  }
  // mown strip with round bales on the right
  c.path(`M1500 770L${W + 50} 780L${W + 50} 1000L1900 1000Z`, P.herbYellow, 'opacity="0.6"');
  for (const [x, y, s] of [
    [1700, 800, 0.5],
    [1900, 830, 0.6],
    [2120, 870, 0.75],
    [2000, 940, 0.9],
    [2300, 960, 1],
  ]) {
    c.add(`<ellipse cx="${f(x + 10 * s)}" cy="${f(y + 2)}" rx="${f(70 * s)}" ry="${f(12 * s)}" fill="${P.shadow}" opacity="0.25"/>`);
    c.add(
      `<rect x="${f(x - 60 * s)}" y="${f(y - 90 * s)}" width="${f(120 * s)}" height="${f(90 * s)}" rx="${f(12 * s)}" fill="${P.loessLight}"/>`,
    );
    c.add(
      `<ellipse cx="${f(x - 60 * s)}" cy="${f(y - 45 * s)}" rx="${f(26 * s)}" ry="${f(45 * s)}" fill="${lighten(P.loessLight, 0.3)}"/>`,
    );
    c.add(`<ellipse cx="${f(x - 60 * s)}" cy="${f(y - 45 * s)}" rx="${f(12 * s)}" ry="${f(22 * s)}" fill="${P.loess}"/>`);
  }
  for (let x = 0; x < 1500; x += 110) roundTree(c, x, 760 - x * 0.01, 0.5, 0.3, P.deep);
}

/** Vineyard rows on gentle slopes, dark grape clusters under the leaves. */
export function vineyards(c: Canvas): void {
  const hz = 600;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  hillBand(c, { y: hz + 60, amp: 50, wave: 1200, color: P.sage, depth: 0.3 });
  c.path(
    `M-50 760Q1200 700 ${W + 50} 780L${W + 50} ${H}L-50 ${H}Z`,
    c.linear([
      [0, P.loessLight],
      [1, P.loess],
    ]),
  );
  const xs = [];
  for (let x = -2400; x <= 4800; x += 230) xs.push(x);
  const g = ground({ vpx: 1300, horizon: 600, yNear: H + 40 });
  for (const xn of xs) {
    const a = g(xn, 6);
    const b = g(xn, 0.95);
    const w = 60;
    c.add(
      `<path d="${poly([
        [a.x - w * a.s, a.y],
        [a.x + w * a.s, a.y],
        [b.x + w * b.s, b.y],
        [b.x - w * b.s, b.y],
      ])}" fill="${darken(P.loess, 0.12)}" opacity="0.5"/>`,
    );
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
}

/** Rose fields: long hedges of pink-red flowers. */
export function roseFields(c: Canvas): void {
  const hz = 620;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  hillBand(c, { y: hz + 40, amp: 40, wave: 1100, color: P.olive, depth: 0.35 });
  c.path(
    `M-50 760Q1200 720 ${W + 50} 770L${W + 50} ${H}L-50 ${H}Z`,
    c.linear([
      [0, P.sage],
      [1, P.green],
    ]),
  );
  // low continuous hedges running to a vanishing point, dense with pink-red flowers
  const g = ground({ vpx: 900, horizon: 620, yNear: H + 30 });
  const xs = [];
  for (let x = -2000; x <= 4400; x += 210) xs.push(x);
  const r = c.rng;
  for (const xn of xs.sort((p, q) => Math.abs(q - 900) - Math.abs(p - 900))) {
    const a = g(xn, 7);
    const b = g(xn, 0.95);
    const hh = 60;
    const w = 55;
    c.add(
      `<path d="${poly([
        [a.x - w * a.s, a.y],
        [a.x + w * a.s, a.y],
        [b.x + w * b.s, b.y],
        [b.x - w * b.s, b.y],
      ])}" fill="${P.shadow}" opacity="0.18"/>`,
    );
    c.add(
      `<path d="M${f(a.x - w * a.s)} ${f(a.y)}Q${f(a.x)} ${f(a.y - hh * 1.6 * a.s)} ${f(a.x + w * a.s)} ${f(a.y)}L${f(b.x + w * b.s)} ${f(b.y)}Q${f(b.x)} ${f(b.y - hh * 1.6 * b.s)} ${f(b.x - w * b.s)} ${f(b.y)}Z" fill="${darken(P.green, 0.1)}"/>`,
    );
    c.add(
      `<path d="M${f(a.x - w * 0.7 * a.s)} ${f(a.y - hh * 0.5 * a.s)}L${f(a.x)} ${f(a.y - hh * 0.8 * a.s)}L${f(b.x)} ${f(b.y - hh * 0.8 * b.s)}L${f(b.x - w * 0.7 * b.s)} ${f(b.y - hh * 0.5 * b.s)}Z" fill="${P.green}"/>`,
    );
    for (let z = 7; z >= 1; z -= 0.06 * Math.min(z, 2)) {
      const p = g(xn, z);
      for (let k = 0; k < 4; k++)
        c.add(
          `<circle cx="${f(p.x + r.range(-w, w) * 0.8 * p.s)}" cy="${f(p.y - r.range(0.35, 0.85) * hh * p.s)}" r="${f(10 * p.s + 0.8)}" fill="${r() < 0.5 ? P.rose : r() < 0.5 ? P.roseDeep : lighten(P.rose, 0.35)}"/>`,
        );
    }
  }
  for (let i = 0; i < 12; i++) pine(c, 1700 + i * 60, 740 + (i % 3) * 6, 0.4, 0.3);
}
