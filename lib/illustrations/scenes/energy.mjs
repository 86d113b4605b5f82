// Energy scenes: PV on mine benches, grazing under panels, the electric mine
// truck swap station, the wind-solar farm complex, the forest-PV belt and
// solar-to-hydrogen.
import { person } from '../primitives/people.mjs';
import { P, W, H, BARE, atmos, lighten, darken } from '../palette.mjs';
import { sky, farRidges, hillBand, foregroundGrass, yAt, perspectiveStripes } from '../primitives/landscape.mjs';
import { benches, patchwork } from '../primitives/terrain.mjs';
import { pine, roundTree, shrub, speckle } from '../primitives/flora.mjs';
import { panelRow, turbine, barn, mineTruck, capsuleTank, vtank, pipe, greenhouse } from '../primitives/built.mjs';
import { sheep, cow } from '../primitives/animals.mjs';
import { poly, smooth, f } from '../svg.mjs';

/** Rows of panels on the flat bench between two edge lines. */
function panelsOnBench(c, top, bot, depth, s, { rowsN = 2, x0 = 40, x1 = W - 40, legK = 0.45 } = {}) {
  for (let k = 0; k < rowsN; k++) {
    const t = (k + 0.85) / (rowsN + 0.2);
    const y = yAt(top, W / 2) + (yAt(bot, W / 2) - yAt(top, W / 2)) * t;
    const h = 26 + 60 * s;
    panelRow(c, { x0: x0 + k * 10, x1: x1 - k * 10, y: y - h * legK, h, legH: h * legK, depth, mod: 30 + 45 * s });
  }
}

/** Large PV arrays covering the stepped benches of a reclaimed mine. */
export function xuxuSolarPark(c) {
  const hz = 560;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  benches(c, {
    yTop: 600,
    yBottom: 1420,
    levels: 4,
    ratio: 1.35,
    faceFrac: 0.28,
    sag: 50,
    face: P.loess,
    bench: P.sage,
    onFace: (i, top, bot, depth, s) => {
      for (let x = 20; x < W; x += 60 + 40 * s)
        shrub(c, x + c.rng.range(-10, 10), (yAt(top, x) + yAt(bot, x)) / 2 + 8, 0.5 + s * 0.6, depth, P.green);
    },
    onBench: (i, top, bot, depth, s) => {
      panelsOnBench(c, top, bot, depth, s, { rowsN: i < 2 ? 3 : 2, x0: 420 - i * 90 });
      for (let x = 30; x < 340 - i * 90; x += 50 + 40 * s)
        roundTree(c, x, (yAt(top, x) + yAt(bot, x)) / 2 + 20 * s, 0.35 + 0.6 * s, depth, P.deep);
    },
  });
}

/** Sheep grazing on green grass beneath raised solar panels. */
export function grazingUnderPanels(c, { before = false } = {}) {
  const hz = 600;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  hillBand(c, { y: hz + 40, amp: 30, wave: 1200, color: before ? BARE.far : P.sage, depth: 0.35 });
  c.path(
    `M-50 700L${W + 50} 690L${W + 50} ${H}L-50 ${H}Z`,
    c.linear([
      [0, before ? BARE.slope : P.grassLight],
      [1, before ? BARE.goaf : P.green],
    ]),
  );
  speckle(c, { x0: 0, x1: W, y0: 720, y1: H, n: 260, col: before ? BARE.rock : P.deep, size: 6 });
  if (before) {
    // bare ground over old workings: subsidence cracks widening towards the viewer, a sunken hollow, no cover
    const r = c.rng;
    for (let k = 0; k < 14; k++) {
      const y = 740 + k * k * 4.2;
      const s = (y - 600) / 900;
      let x = r.range(-100, W);
      let d = `M${f(x)} ${f(y)}`;
      for (let j = 0; j < 6; j++) {
        x += r.range(60, 180) * (0.5 + s * 2);
        d += `L${f(x)} ${f(y + r.range(-10, 10) * (0.4 + s))}`;
      }
      c.add(`<path d="${d}" fill="none" stroke="${BARE.crack}" stroke-width="${f(2 + 9 * s)}" stroke-linejoin="round" opacity="0.75"/>`);
    }
    c.add(`<ellipse cx="1500" cy="1060" rx="520" ry="70" fill="${BARE.crack}" opacity="0.18"/>`);
    return;
  }
  // rows from far to near; sheep placed between rows, in front of each row
  const r = c.rng;
  const rowYs = [720, 770, 840, 950, 1120];
  rowYs.forEach((y, i) => {
    const s = (y - 600) / 520;
    const h = 50 + 210 * s * s;
    const legH = h * 1.15;
    const depth = 0.3 * (1 - i / rowYs.length);
    panelRow(c, { x0: -80, x1: W + 80, y: y - legH, h, legH, depth, mod: 40 + 120 * s * s });
    const n = 3 + i * 2;
    const flock = [];
    for (let k = 0; k < n; k++) flock.push([r.range(60, W - 60), y + r.range(10, 40 + 80 * s), 0.45 + 1.9 * s * s]);
    flock.sort((a, b) => a[1] - b[1]).forEach(([x, yy, ss]) => sheep(c, x, yy, ss, r() < 0.5 ? 1 : -1, depth));
  });
  const front = [
    [420, 1380, 3.1, 1],
    [880, 1440, 3.4, -1],
    [1500, 1360, 3, 1],
    [2000, 1450, 3.5, -1],
  ];
  front.forEach(([x, y, s, d]) => sheep(c, x, y, s, d));
  // the herder, crook in hand, walking the flock between the rows
  person(c, 1230, 1470, 1.9, { pose: 'crook', hat: 'cap', shirt: '#8a5f45', dir: 1 });
}

/** Electric mine truck at a charging / battery-swap station with a solar roof. */
export function mineTruckCharging(c) {
  const hz = 640;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  // green reclaimed benches behind
  benches(c, {
    yTop: 560,
    yBottom: 900,
    levels: 3,
    ratio: 1.2,
    faceFrac: 0.4,
    sag: 20,
    face: P.loess,
    bench: P.sage,
    depthFar: 0.45,
    onFace: (i, top, bot, depth, s) => {
      for (let x = 20; x < W; x += 70) roundTree(c, x, (yAt(top, x) + yAt(bot, x)) / 2 + 10, 0.35, depth, P.olive);
    },
  });
  // yard
  c.path(
    `M-50 900L${W + 50} 900L${W + 50} ${H}L-50 ${H}Z`,
    c.linear([
      [0, P.concrete],
      [1, darken(P.concrete, 0.12)],
    ]),
  );
  for (let i = 0; i < 6; i++) c.add(`<rect x="${-40 + i * 460}" y="1300" width="240" height="14" fill="${P.white}" opacity="0.7"/>`);
  // station building: open bay with a solar roof
  const sx = 1060,
    sy = 1180;
  c.path(
    poly([
      [sx - 40, sy - 560],
      [sx + 1250, sy - 560],
      [sx + 1330, sy - 500],
      [sx - 10, sy - 500],
    ]),
    P.panelEdge,
  );
  panelRow(c, { x0: sx - 30, x1: sx + 1260, y: sy - 560, h: 80, legH: 0, lean: 0.9, mod: 86, shadow: false });
  c.add(`<rect x="${sx}" y="${sy - 500}" width="1300" height="40" fill="${P.white}"/>`);
  c.add(`<rect x="${sx}" y="${sy - 460}" width="1300" height="460" fill="${darken(P.concrete, 0.3)}" opacity="0.55"/>`);
  for (const x of [sx, sx + 640, sx + 1270]) c.add(`<rect x="${x}" y="${sy - 460}" width="30" height="460" fill="${P.white}"/>`);
  // battery racks at the back of the bay with green status stripes
  for (let i = 0; i < 6; i++) {
    c.add(`<rect x="${sx + 700 + i * 92}" y="${sy - 300}" width="80" height="140" rx="6" fill="${P.concrete}"/>`);
    c.add(`<rect x="${sx + 700 + i * 92}" y="${sy - 250}" width="80" height="14" fill="${P.accent}"/>`);
  }
  // swap gantry lowering a pack
  c.add(`<rect x="${sx + 80}" y="${sy - 440}" width="500" height="22" fill="${P.steelDark}"/>`);
  c.add(`<rect x="${sx + 300}" y="${sy - 420}" width="10" height="110" fill="${P.steelDark}"/>`);
  c.add(
    `<rect x="${sx + 240}" y="${sy - 310}" width="140" height="70" rx="6" fill="${P.concrete}"/><rect x="${sx + 240}" y="${sy - 282}" width="140" height="14" fill="${P.accent}"/>`,
  );
  // charging post
  c.add(
    `<rect x="${sx - 70}" y="${sy - 200}" width="60" height="200" rx="10" fill="${P.white}"/><rect x="${sx - 62}" y="${sy - 180}" width="44" height="40" rx="4" fill="${P.accent}"/>`,
  );
  mineTruck(c, 330, 1330, 1.45);
  // two technicians in hard hats and hi-vis vests at the charging post, one checking a tablet
  person(c, 1180, 1395, 1.45, { pose: 'point', hat: 'hard', shirt: '#3d5a80', vest: true, dir: -1 });
  person(c, 1330, 1410, 1.5, { pose: 'stand', hat: 'hard', shirt: '#3d5a80', vest: true, dir: -1 });
  c.add(
    `<path d="M${sx - 70} ${sy - 110}Q${sx - 100} ${sy - 20} ${sx - 125} ${sy - 80}" fill="none" stroke="${P.tyre}" stroke-width="10"/>`,
  );
}

/** Wind turbines and solar rows over green pasture, cattle and farm buildings, on old goaf land. */
export function nalinmiaoComplex(c) {
  const hz = 600;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  const r = c.rng;
  [
    [300, 640, 0.55],
    [820, 620, 0.7],
    [1500, 630, 0.6],
    [2050, 650, 0.8],
  ].forEach(([x, y, s], i) => turbine(c, x, y, s, 0.35, 10 + i * 37));
  hillBand(c, { y: 700, amp: 40, wave: 1300, color: P.sage, depth: 0.3 });
  for (let i = 0; i < 4; i++) panelRow(c, { x0: 1200 + i * 10, x1: 2450, y: 760 + i * 40, h: 20 + i * 4, legH: 10, depth: 0.25, mod: 44 });
  patchwork(c, { y0: 900, y1: 1100, cols: 6, rows: 2, colors: [P.grassLight, P.alfalfa, P.herbYellow, P.sage], depth: 0.15 });
  barn(c, 200, 930, 520, 50, 0.15, P.roofRed);
  barn(c, 260, 1010, 600, 60, 0.1);
  for (let i = 0; i < 3; i++) greenhouse(c, 1000 + i * 150, 980, 130, 80, 0.1);
  turbine(c, 1900, 1120, 1.55, 0.05, 75);
  c.path(
    `M-50 1100Q1200 1060 ${W + 50} 1110L${W + 50} ${H}L-50 ${H}Z`,
    c.linear([
      [0, P.grassLight],
      [1, P.green],
    ]),
  );
  const herd = [];
  for (let i = 0; i < 7; i++) herd.push([200 + i * 300 + r.range(-60, 60), r.range(1200, 1440)]);
  herd.sort((a, b) => a[1] - b[1]).forEach(([x, y]) => cow(c, x, y, 0.9 + (y - 1100) / 220, r() < 0.5 ? 1 : -1, 0, r() < 0.3));
}

/** The forest-grass-PV belt: long PV bands on sandy land with tree belts and grass between. */
export function forestPvBelt(c) {
  const hz = 600;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  c.path(
    `M-50 640L${W + 50} 620L${W + 50} ${H}L-50 ${H}Z`,
    c.linear([
      [0, P.loessLight],
      [1, P.loess],
    ]),
  );
  // sand ripples
  for (let i = 0; i < 14; i++) {
    const y = 660 + i * i * 4.6;
    c.add(
      `<path d="${smooth([
        [-50, y],
        [600, y - 10],
        [1300, y + 8],
        [2000, y - 6],
        [2500, y + 4],
      ])}" fill="none" stroke="${lighten(P.loessLight, 0.35)}" stroke-width="${2 + i * 0.6}" opacity="0.6"/>`,
    );
  }
  const bands = [
    [650, 0.4],
    [700, 0.33],
    [770, 0.25],
    [870, 0.17],
    [1010, 0.1],
    [1210, 0.03],
  ];
  bands.forEach(([y, depth], i) => {
    const s = (y - 600) / 600;
    const h = 20 + 160 * s;
    // grass strip beneath, tree belt behind
    c.path(
      poly([
        [-50, y - h * 0.3],
        [W + 50, y - h * 0.3 - 10],
        [W + 50, y + h * 0.9],
        [-50, y + h * 0.9],
      ]),
      atmos(P.sage, depth),
      'opacity="0.85"',
    );
    for (let x = 10 + (i % 2) * 30; x < W; x += 40 + 90 * s)
      (i % 2 ? pine : roundTree)(c, x, y - h * 0.3, 0.25 + 0.9 * s, depth, i % 2 ? P.pine : P.olive);
    panelRow(c, { x0: -60, x1: W + 60, y: y + h * 0.35, h, legH: h * 0.35, depth, mod: 40 + 120 * s });
  });
  foregroundGrass(c, { y: 1440, color: P.sage, count: 60 });
}

/** Solar-to-hydrogen: a PV field in the back, electrolyser hall and white hydrogen tanks in front. */
export function pvHydrogen(c) {
  const hz = 600;
  sky(c, { horizon: hz });
  farRidges(c, hz);
  c.path(
    `M-50 640L${W + 50} 630L${W + 50} ${H}L-50 ${H}Z`,
    c.linear([
      [0, P.sage],
      [1, P.olive],
    ]),
  );
  for (let i = 0; i < 7; i++) {
    const y = 660 + i * i * 9 + i * 18;
    const s = (y - 600) / 600;
    panelRow(c, { x0: -60, x1: W + 60, y, h: 14 + 70 * s, legH: 6 + 25 * s, depth: 0.3 - i * 0.04, mod: 30 + 60 * s });
  }
  c.path(
    `M-50 1080L${W + 50} 1060L${W + 50} ${H}L-50 ${H}Z`,
    c.linear([
      [0, P.concrete],
      [1, darken(P.concrete, 0.1)],
    ]),
  );
  // electrolyser hall
  c.add(
    `<rect x="160" y="820" width="760" height="260" fill="${P.white}"/><rect x="640" y="820" width="280" height="260" fill="${P.concrete}"/>`,
  );
  c.add(
    `<rect x="160" y="800" width="760" height="26" fill="${P.steel}"/><rect x="160" y="960" width="760" height="18" fill="${P.accent}"/>`,
  );
  for (let i = 0; i < 5; i++) c.add(`<rect x="${210 + i * 120}" y="870" width="70" height="60" fill="${P.panelLight}" opacity="0.7"/>`);
  // pipes, tanks
  pipe(
    c,
    [
      [920, 1000],
      [1080, 1000],
      [1080, 1150],
      [2300, 1150],
    ],
    12,
  );
  pipe(
    c,
    [
      [920, 1030],
      [1040, 1030],
      [1040, 1210],
      [2300, 1210],
    ],
    8,
  );
  vtank(c, 1130, 1160, 150, 360);
  vtank(c, 1330, 1160, 150, 360);
  capsuleTank(c, 1560, 1300, 760, 95);
  capsuleTank(c, 1500, 1460, 860, 110);
  capsuleTank(c, 150, 1440, 900, 110);
  foregroundGrass(c, { y: 1470, color: P.sage, count: 40 });
}
