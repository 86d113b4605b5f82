// Scenes for the "restoration" section: the Yellow River legacy-mine project,
// terraces and check dams, pine-capped hills, and slopes-and-benches.
import { P, W, H, BARE, LIGHTS, atmos, lighten, type Pt } from '../palette';
import { backdrop, below, hillBand, terracedHill, perspectiveStripes, foregroundGrass, yAt } from '../primitives/landscape';
import { benches, river } from '../primitives/terrain';
import { pine, roundTree, shrub, speckle } from '../primitives/flora';
import { person } from '../primitives/people';
import { poly, smooth, f, at, type Canvas } from '../svg';

/** Plant trees evenly along a terrace arc (skipping the clipped ends). */
function alongArc(c: Canvas, arc: readonly Pt[], every: number, draw: (x: number, y: number) => void): void {
  for (let i = 2; i < arc.length - 2; i += every) {
    const p = arc[i];
    if (p) draw(p[0] + c.detail.range(-8, 8), p[1] - 2);
  }
}

/** A broad bend of the Yellow River with restored green slopes and benches. */
export function yellowRiverLegacyMines(c: Canvas): void {
  const hz = 560;
  backdrop(c, LIGHTS.gold, hz);
  hillBand(c, { y: hz + 40, amp: 40, wave: 1300, color: P.olive, depth: 0.45, bottomY: H });
  // the river enters far right, swings left across the middle and leaves bottom-right
  const centre: Pt[] = [
    [2500, 640],
    [2100, 655],
    [1600, 680],
    [1000, 720],
    [520, 790],
    [360, 880],
    [520, 990],
    [1000, 1080],
    [1600, 1170],
    [2100, 1290],
    [2550, 1420],
  ];
  river(c, centre, (t) => 60 + 330 * t, { depth: 0.1 });
  // restored former mine on the inner bank: stepped green benches with young trees
  const inner: Pt[] = [
    [700, 880],
    [900, 800],
    [1300, 770],
    [1800, 745],
    [2500, 735],
    [2500, 1180],
    [2000, 1130],
    [1500, 1060],
    [1000, 985],
    [760, 935],
  ];
  const innerD = smooth(inner, true);
  c.path(
    innerD,
    c.linear([
      [0, atmos(P.sage, 0.15)],
      [1, atmos(P.olive, 0.05)],
    ]),
  );
  const clip = c.clip(innerD);
  const trees: [number, number, number, string][] = [];
  c.group(clip, () => {
    for (let k = 0; k < 5; k++) {
      const y0 = 800 + k * 62;
      const line: Pt[] = [
        [650, y0 + 60],
        [1100, y0],
        [1700, y0 - 25 + k * 10],
        [2500, y0 - 30 + k * 18],
      ];
      c.add(`<path d="${smooth(line)}" fill="none" stroke="${atmos(P.loess, 0.1)}" stroke-width="${8 + k * 2}"/>`);
      c.add(
        `<path d="${smooth(line.map(([x, y]) => [x, y + 12 + k]))}" fill="none" stroke="${P.green}" stroke-width="${6 + k}" opacity="0.5"/>`,
      );
      for (let x = 1120 + (k % 2) * 60; x < 2450; x += 120) {
        const yy = y0 + (x < 1100 ? 60 - ((x - 650) / 450) * 60 : -25 + ((k * 10 - 5) * (x - 1100)) / 1400) - 6;
        trees.push([x, yy, 0.45 + k * 0.08, k % 2 ? P.olive : P.deep]);
      }
    }
  });
  trees.forEach(([x, y, s, col]) => roundTree(c, x, y, s, 0.15, col));
  // outer bank below the river: shelter belts of young trees and grass following the water
  const r = c.rng;
  for (let i = 5; i < centre.length - 1; i++) {
    const [xa, ya] = at(centre, i);
    const [xb, yb] = at(centre, i + 1);
    const w = 60 + 330 * (i / (centre.length - 1));
    for (let t = 0; t < 1; t += 0.22) {
      const x = xa + (xb - xa) * t;
      const y = ya + (yb - ya) * t;
      const ofs = w * 0.5 + 70;
      for (const [d, col] of [
        [ofs, P.deep],
        [ofs + 90, P.olive],
        [ofs + 190, P.green],
      ] as const) {
        if (y + d < H + 40) roundTree(c, x + r.range(-20, 20) - d * 0.3, y + d, 0.7 + (y - 800) / 700, 0, col);
      }
    }
  }
  // outer bank: foreground slope, terraced, with pines
  terracedHill(c, {
    cx: 120,
    baseY: 1560,
    topY: 980,
    halfW: 900,
    levels: 6,
    field: P.green,
    onTerrace: (k, arc, s) => alongArc(c, arc, 3, (x, y) => pine(c, x, y, 0.55 * s + 0.2)),
  });
  for (let i = 0; i < 7; i++) pine(c, 120 + i * 70 + c.rng.range(-20, 20), 1020 + Math.abs(i - 3) * 25, 0.75);
}

/** Slopes turned into terraces on both sides of a gully, check dams stepping down it. */
export function terracesCheckDams(c: Canvas, { before = false }: { before?: boolean } = {}): void {
  const hz = 600;
  backdrop(c, LIGHTS.morning, hz);
  hillBand(c, { y: hz + 30, amp: 35, wave: 900, color: before ? BARE.far : P.sage, depth: 0.5 });
  const tree = (s: number) => (x: number, y: number) => roundTree(c, x, y, s, 0.1, P.olive);
  // the two hills either side of the gully, trees on every third terrace; before: raw, unterraced loess (one level, no trees)
  const hill = (cx: number, topY: number, halfW: number, field: string, skew: number, treeRow: number) =>
    terracedHill(c, {
      cx,
      baseY: 1600,
      topY,
      halfW,
      levels: before ? 1 : 10,
      field,
      skew,
      onTerrace: (k, arc, s) => !before && k % 3 === treeRow && alongArc(c, arc, 3, tree(0.35 * s + 0.1)),
    });
  const hillL = hill(250, 640, 1250, before ? BARE.slope : P.sage, 0.2, 2);
  const hillR = hill(2250, 690, 1150, before ? BARE.slopeDark : P.olive, -0.2, 1);
  if (before) {
    // bare slopes scored by rain: rills running down from the crest, wider near the viewer
    const d = c.detail;
    for (const [hill, x0, x1] of [
      [hillL, -900, 1400],
      [hillR, 1150, 3300],
    ] as const) {
      c.group(hill.clip, () => {
        for (let x = x0; x < x1; x += d.range(50, 110)) {
          const top = yAt(hill.pts, x) + d.range(10, 60);
          const len = d.range(200, 600);
          const w = 2 + ((top - 600) / 900) * 8;
          c.add(
            `<path d="M${f(x)} ${f(top)}q${f(d.range(-30, 30))} ${f(len * 0.5)} ${f(d.range(-40, 40))} ${f(len)}" fill="none" stroke="${BARE.rill}" stroke-width="${f(w)}" opacity="0.35" stroke-linecap="round"/>`,
          );
        }
      });
    }
  }
  // a winding gully floor from far to near: loess walls, silted green plots, earth check dams
  const ctr: [number, number, number][] = [];
  for (let i = 0; i <= 20; i++) {
    const t = i / 20;
    ctr.push([1240 - 520 * Math.sin(t * 3.2) * t, 690 + 850 * Math.pow(t, 1.5), 40 + 860 * t * t]);
  }
  const side = (k: number): Pt[] => ctr.map(([x, y, w]) => [x + k * w * 0.5, y]);
  const bandD = (l: Pt[], r: Pt[]) => smooth(l) + smooth([...r].reverse()).replace('M', 'L') + 'Z';
  const wall = (k: number): Pt[] => ctr.map(([x, y, w]) => [x + k * (w * 0.5 + 30 + w * 0.22), y - 8]);
  c.path(
    bandD(wall(-1), side(-1)),
    c.linear([
      [0, atmos(P.loessLight, 0.3)],
      [1, P.loess],
    ]),
  );
  c.path(
    bandD(side(1), wall(1)),
    c.linear([
      [0, atmos(P.loessDark, 0.3)],
      [1, P.loessShadow],
    ]),
  );
  c.path(
    bandD(side(-1), side(1)),
    c.linear([
      [0, atmos(before ? BARE.floorFar : P.grassLight, 0.3)],
      [1, before ? BARE.floor : P.alfalfa],
    ]),
  );
  if (before) {
    // an unchecked gully: a raw channel cut down the middle, fans of washed-out silt, no dams, no plants
    c.add(
      `<path d="${smooth(ctr.map(([x, y, w]) => [x + w * 0.08, y]))}" fill="none" stroke="${BARE.channel}" stroke-width="26" stroke-linecap="round" opacity="0.7"/>`,
    );
    for (let i = 4; i < 20; i += 2) {
      const [x, y, w] = ctr[i] ?? [0, 0, 0];
      c.add(
        `<ellipse cx="${f(x - w * 0.2)}" cy="${f(y + 6)}" rx="${f(w * 0.18)}" ry="${f(4 + w * 0.02)}" fill="${BARE.silt}" opacity="0.8"/>`,
      );
    }
    return;
  }
  const damAt = [3, 6, 9, 12, 15, 18];
  for (const i of damAt) {
    const [x, y, w] = ctr[i] ?? [0, 0, 0];
    const s = w / 900;
    const depth = 0.35 * (1 - i / 20);
    const th = 8 + 60 * s;
    // pond held above the dam, then the earthen bank itself
    c.add(`<ellipse cx="${f(x)}" cy="${f(y - th * 0.9)}" rx="${f(w * 0.3)}" ry="${f(th * 0.45)}" fill="${atmos(P.water, depth)}"/>`);
    c.path(
      `M${f(x - w * 0.56)} ${f(y)}Q${f(x)} ${f(y - th * 0.5)} ${f(x + w * 0.56)} ${f(y)}L${f(x + w * 0.6)} ${f(y + th)}Q${f(x)} ${f(y + th * 0.5)} ${f(x - w * 0.6)} ${f(y + th)}Z`,
      c.linear(
        [
          [0, atmos(P.loessLight, depth)],
          [1, atmos(P.loessDark, depth)],
        ],
        0,
        0,
        1,
        0,
      ),
    );
    c.add(
      `<path d="M${f(x - w * 0.56)} ${f(y)}Q${f(x)} ${f(y - th * 0.5)} ${f(x + w * 0.56)} ${f(y)}" fill="none" stroke="${atmos(lighten(P.loessLight, 0.3), depth)}" stroke-width="${f(3 + 8 * s)}"/>`,
    );
  }
  for (let i = 2; i < 20; i++) {
    const [x, y, w] = ctr[i] ?? [0, 0, 0];
    shrub(c, x - w * 0.5 - 20, y, 0.3 + w / 500, 0.2, P.deep);
    shrub(c, x + w * 0.5 + 20, y + 10, 0.3 + w / 500, 0.2, P.green);
  }
  // farmers at work on a silted plot behind the nearest dam
  person(c, 930, 1250, 0.75, { pose: 'hoe', hat: 'straw', dir: 1 });
  person(c, 1090, 1270, 0.8, { pose: 'plant', hat: 'scarf', dir: -1 });
}

/** Pines on the crown, an orchard belt round the waist, fields at the foot. */
export function pineCappedHills(c: Canvas): void {
  backdrop(c, LIGHTS.autumn, 620);
  // a smaller sister hill on the right, same pattern, further away
  terracedHill(c, {
    cx: 1950,
    baseY: 1050,
    topY: 600,
    halfW: 700,
    levels: 6,
    field: P.sage,
    depth: 0.35,
    cap: 0.25,
    onTerrace: (k, arc) =>
      alongArc(c, arc, 2, (x, y) => (k < 2 ? pine(c, x, y, 0.3, 0.35) : roundTree(c, x, y, 0.25, 0.35, P.olive, P.apricot))),
  });
  for (let i = 0; i < 16; i++) pine(c, 1800 + c.rng.range(0, 300), 620 + c.rng.range(0, 40), 0.35, 0.35);
  const main = terracedHill(c, {
    cx: 1000,
    baseY: 1180,
    topY: 330,
    halfW: 1050,
    levels: 8,
    field: P.olive,
    cap: 0.28,
    onTerrace: (k, arc, s) =>
      alongArc(c, arc, 2, (x, y) => (k < 2 ? pine(c, x, y, 0.6 * s + 0.15) : roundTree(c, x, y, 0.55 * s, 0, P.olive, P.apricot))),
  });
  // dense pine cap
  const r = c.rng;
  const cap: Pt[] = [];
  for (let i = 0; i < 46; i++) {
    const x = 1000 + r.range(-330, 330);
    const top = yAt(main.pts, x);
    cap.push([x, top + r.range(30, 150)]);
  }
  cap.sort((a, b) => a[1] - b[1]).forEach(([x, y]) => pine(c, x, y, r.range(0.55, 0.8)));
  // fields at the foot: green/gold strips converging
  const field = below(`M-50 1120L${W + 50} 1080`);
  perspectiveStripes(c, {
    field,
    vp: { x: 1300, y: 700 },
    n: 44,
    colors: [P.grassLight, P.alfalfa, P.herbYellow, P.alfalfa, P.sage, P.green],
  });
  c.add(`<path d="M-50 1120L${W + 50} 1080" stroke="${P.deep}" stroke-width="14" opacity="0.5"/>`);
  for (let x = -20; x < W; x += 70) roundTree(c, x + r.range(-10, 10), 1110 - x * 0.0167 + 10, 0.45, 0.05, P.deep);
  // a forestry crew planting saplings on the lowest terrace, and a farmer in the strips
  person(c, 640, 1120, 0.55, { pose: 'plant', hat: 'cap', dir: 1 });
  person(c, 700, 1118, 0.55, { pose: 'carry', hat: 'cap', dir: -1 });
  person(c, 1500, 1330, 1.0, { pose: 'hoe', hat: 'straw', dir: -1 });
}

/** Former open-pit slopes: trees on the sloping faces, grass on the flat benches. */
export function slopesAndBenches(c: Canvas, { before = false }: { before?: boolean } = {}): void {
  backdrop(c, LIGHTS.midday, 560);
  const r = c.detail;
  hillBand(c, { y: 700, amp: 30, wave: 1200, color: before ? BARE.far : P.sage, depth: 0.4 });
  // stepped landform: the benches end on the left in a staircase silhouette
  const steps: Pt[] = [
    [640, 600],
    [480, 700],
    [360, 840],
    [200, 1010],
    [40, 1220],
    [-60, 1500],
  ];
  const outline: Pt[] = [
    [W + 60, 560],
    [760, 560],
  ];
  for (const [x, y] of steps) outline.push([x + 70, y - 10], [x, y + 40]);
  outline.push([-60, H], [W + 60, H]);
  const clip = c.clip(poly(outline));
  c.add(`<g ${clip}>`);
  benches(c, {
    yTop: 590,
    yBottom: 1380,
    levels: 5,
    ratio: 1.22,
    faceFrac: 0.5,
    face: before ? BARE.spoilFace : P.loess,
    bench: before ? BARE.spoil : P.grassLight,
    onFace: (i, top, bot, depth, s) => {
      // before: a freshly dumped spoil heap, its faces scored by rain rills, nothing growing
      if (before) {
        for (let x = 20 + r.range(0, 60); x < W; x += 70 * s + 40) {
          const y0 = yAt(top, x) + 4;
          const y1 = yAt(bot, x) - 4;
          c.add(
            `<path d="M${f(x)} ${f(y0)}L${f(x + r.range(-14, 14))} ${f(y1)}" stroke="${BARE.rill}" stroke-width="${f(2 + 3 * s)}" opacity="0.55"/>`,
          );
        }
        return;
      }
      for (let row = 0; row < 3; row++) {
        for (let x = 30 + row * 40; x < W; x += 95 * s + 30) {
          const t = 0.3 + row * 0.28;
          const y = yAt(top, x) + (yAt(bot, x) - yAt(top, x)) * t;
          if (row === 0 && i % 2 === 0) pine(c, x + r.range(-8, 8), y, 0.35 * s + 0.1, depth);
          else roundTree(c, x + r.range(-8, 8), y, 0.32 * s + 0.08, depth, row % 2 ? P.olive : P.deep);
        }
      }
    },
    onBench: (i, top, bot, depth, s) => {
      const y0 = yAt(top, W / 2);
      const y1 = yAt(bot, W / 2);
      speckle(c, {
        x0: 0,
        x1: W,
        y0: y0 + 6,
        y1: y1 - 4,
        n: 60 + i * 30,
        col: atmos(before ? BARE.rock : P.green, depth),
        size: 3 + 4 * s,
      });
    },
  });
  c.add('</g>');
  if (before) {
    speckle(c, { x0: 0, x1: W, y0: 1400, y1: H, n: 90, col: BARE.rock, size: 9 });
    return;
  }
  foregroundGrass(c, { y: 1430, color: P.sage, count: 70 });
  // a planting crew on the nearest bench: setting saplings, carrying a tray, one with a spade
  person(c, 1380, 1300, 0.85, { pose: 'plant', hat: 'straw', dir: -1 });
  person(c, 1520, 1310, 0.9, { pose: 'carry', hat: 'cap', dir: -1 });
  person(c, 1680, 1290, 0.85, { pose: 'hoe', hat: 'scarf', dir: 1 });
}
