// Energy scenes: PV on mine benches, grazing under panels, the electric mine
// truck swap station, the wind-solar farm complex, the forest-PV belt and
// solar-to-hydrogen.
import { person } from '../primitives/people';
import { P, W, H, BARE, LIGHTS, atmos, lighten, darken, mix, type Pt } from '../palette';
import { backdrop, groundBelow, hillBand, yAt, foregroundGrass } from '../primitives/landscape';
import { benches } from '../primitives/terrain';
import { roundTree, shrub, speckle } from '../primitives/flora';
import { panelRow, turbine, barn, greenhouse, haulTruck, chargerCabinet, cable } from '../primitives/built';
import { Axo } from '../primitives/axo';
import { sheep, cow } from '../primitives/animals';
import { poly, f, type Canvas } from '../svg';

/** Sheep grazing on green grass beneath raised solar panels. */
export function grazingUnderPanels(c: Canvas, { before = false }: { before?: boolean } = {}): void {
  const hz = 600;
  backdrop(c, LIGHTS.gold, hz);
  hillBand(c, { y: hz + 40, amp: 30, wave: 1200, color: before ? BARE.far : P.sage, depth: 0.35 });
  groundBelow(c, `M-50 700L${W + 50} 690`, before ? BARE.slope : P.grassLight, before ? BARE.goaf : P.green);
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
    const flock: [number, number, number][] = [];
    for (let k = 0; k < n; k++) flock.push([r.range(60, W - 60), y + r.range(10, 40 + 80 * s), 0.45 + 1.9 * s * s]);
    flock.sort((a, b) => a[1] - b[1]).forEach(([x, yy, ss]) => sheep(c, x, yy, ss, r() < 0.5 ? 1 : -1, depth));
  });
  const front: [number, number, number, number][] = [
    [420, 1380, 3.1, 1],
    [880, 1440, 3.4, -1],
    [1500, 1360, 3, 1],
    [2000, 1450, 3.5, -1],
  ];
  front.forEach(([x, y, s, d]) => sheep(c, x, y, s, d));
  // the herder, crook in hand, walking the flock between the rows
  person(c, 1230, 1470, 1.9, { pose: 'crook', hat: 'cap', shirt: '#8a5f45', dir: 1 });
}

/**
 * Wind, solar, farming and grazing on old goaf land, from a low angle in the pasture: a turbine towers over the
 * picture, cattle graze close by with a herder, and the solar rows, barns and greenhouses lie along a low horizon.
 */
export function nalinmiaoComplex(c: Canvas): void {
  const hz = 1010;
  backdrop(c, LIGHTS.morning, hz);
  const r = c.rng;
  (
    [
      [260, 1010, 0.42],
      [700, 1000, 0.5],
      [2250, 1015, 0.38],
    ] as const
  ).forEach(([x, y, s], i) => turbine(c, x, y, s, 0.4, 10 + i * 37));
  hillBand(c, { y: hz + 50, amp: 14, wave: 1300, color: P.sage, depth: 0.3 });
  // along the horizon: barns and greenhouses on the left, solar rows on the right
  barn(c, 120, 1090, 420, 30, 0.2, P.roofRed);
  barn(c, 560, 1096, 360, 26, 0.2);
  for (let i = 0; i < 4; i++) greenhouse(c, 960 + i * 95, 1094, 84, 46, 0.2);
  for (let i = 0; i < 3; i++) panelRow(c, { x0: 1420 + i * 12, x1: 2460, y: 1070 + i * 20, h: 16 + i * 3, legH: 6, depth: 0.2, mod: 30 });
  // the near pasture rising toward the viewer
  groundBelow(c, `M-50 1110Q1200 1080 ${W + 50} 1120`, P.grassLight, P.green);
  // the big turbine: its foot in the pasture, the nacelle near the top of the picture
  turbine(c, 1640, 1230, 2.75, 0, 62);
  c.add(`<ellipse cx="1640" cy="1232" rx="70" ry="12" fill="${P.concrete}"/>`);
  // cattle grazing round it, the herder behind them
  const herd: [number, number, number, number, boolean][] = [];
  for (let i = 0; i < 7; i++) herd.push([150 + i * 330 + r.range(-60, 60), r.range(1150, 1380), 0, r() < 0.5 ? 1 : -1, r() < 0.3]);
  herd.sort((a, b) => a[1] - b[1]).forEach(([x, y, , d, pied]) => cow(c, x, y, 0.9 + ((y - 1120) / 320) * 1.1, d, 0, pied));
  person(c, 1020, 1260, 1.05, { pose: 'crook', hat: 'cap', shirt: '#8a5f45', dir: 1 });
  foregroundGrass(c, { y: 1460, color: P.green, count: 50 });
}

/**
 * Charging an electric haul truck: a low, eye-level view of a ~200-tonne truck plugged into a charger cabinet
 * under a solar-roofed canopy, technicians beside it for scale; the benches of the pit behind, a second truck on
 * the haul road.
 */
export function mineTruckCharging(c: Canvas): void {
  // drawn facing right, then mirrored: the truck faces left, so its left side, where the cab is, faces us
  c.add(`<g transform="matrix(-1 0 0 1 ${W} 0)">`);
  backdrop(c, LIGHTS.winter, 820);
  // the pit wall behind: restored benches, trees on the faces
  benches(c, {
    yTop: 700,
    yBottom: 960,
    levels: 3,
    ratio: 1.25,
    faceFrac: 0.45,
    sag: -20,
    face: P.loess,
    bench: P.sage,
    depthFar: 0.55,
    onFace: (i, top, bot, depth) => {
      for (let x = 20 + i * 25; x < W; x += 55) roundTree(c, x, (yAt(top, x) + yAt(bot, x)) / 2 + 12, 0.28 + i * 0.05, depth, P.olive);
    },
  });
  // haul road and yard: compacted gravel, tyre tracks converging to the left
  groundBelow(c, `M-50 950L${W + 50} 930`, mix(P.concrete, P.loessLight, 0.4), darken(mix(P.concrete, P.loess, 0.35), 0.1));
  for (let i = 0; i < 7; i++) {
    const y0 = 960 + i * 6;
    c.add(
      `<path d="M-50 ${f(y0 + 40 + i * 60)}Q900 ${f(y0 + 10 + i * 30)} ${W + 50} ${f(y0 + i * 10)}" fill="none" stroke="${darken(P.concrete, 0.22)}" stroke-width="${f(3 + i * 2)}" opacity="0.35"/>`,
    );
  }
  // charging canopy on the right: steel posts, a solar roof, three charger cabinets
  const m = 96;
  const cy = 1300;
  const roofY = cy - 6.2 * m;
  c.path(
    poly([
      [1560, roofY - 30],
      [W + 60, roofY - 60],
      [W + 60, roofY + 10],
      [1560, roofY + 16],
    ]),
    P.panelEdge,
  );
  panelRow(c, { x0: 1570, x1: W + 60, y: roofY - 8, h: 46, legH: 0, lean: 1.2, mod: 70, shadow: false });
  for (const x of [1700, 2080, 2380])
    c.add(`<rect x="${x}" y="${f(roofY + 14)}" width="22" height="${f(cy - roofY - 14)}" fill="${P.steelDark}"/>`);
  c.add(`<rect x="1560" y="${f(cy - 10)}" width="900" height="22" fill="${darken(P.concrete, 0.15)}"/>`);
  chargerCabinet(c, 2150, cy - 4, m * 0.9, 0.05);
  const outlet = chargerCabinet(c, 1820, cy + 8, m);
  // the truck, plugged in
  const truck = haulTruck(c, 120, 1380, m);
  cable(c, outlet, truck.socket, 120, 16);
  c.add(`<rect x="${f(truck.socket[0] - 16)}" y="${f(truck.socket[1] - 14)}" width="40" height="28" rx="6" fill="${P.tyre}"/>`);
  // technicians for scale: one at the charger with a tablet, one checking the front tyre, one by the stair
  const ps = (1.75 * m) / 195;
  person(c, 1790, 1392, ps, { pose: 'point', hat: 'hard', shirt: '#3d5a80', vest: true, dir: -1 });
  person(c, 1520, 1420, ps, { pose: 'stand', hat: 'hard', shirt: '#3d5a80', vest: true, dir: -1 });
  person(c, 2040, 1330, ps * 0.92, { pose: 'carry', hat: 'hard', shirt: '#55606b', vest: true, dir: -1 });
  // loose gravel in the foreground
  speckle(c, { x0: 0, x1: W, y0: 1420, y1: H, n: 120, col: darken(P.concrete, 0.3), size: 5 });
  c.add('</g>');
}

/**
 * Solar-to-hydrogen, seen from above: a solar field at the back feeds a row of containerised electrolysers
 * (ribbed container modules), a compressor building, vertical and horizontal storage tanks on a pipe rack, and a
 * tube trailer at the loading bay, all inside a fence; technicians walk between the modules.
 */
export function pvHydrogen(c: Canvas): void {
  const hz = 170;
  backdrop(c, LIGHTS.gold, hz, hz + 40);
  // ground: pale grassland, the plant's gravel pad inside the fence
  groundBelow(c, `M-50 ${hz + 120}L${W + 50} ${hz + 100}`, atmos(P.sage, 0.35), P.olive);
  const a = new Axo(c, [70, 1440], 18, [0.3, -0.55], 0.85, [1, -0.06]);
  // the solar field behind the plant, rows receding into the haze
  for (let k = 6; k >= 0; k--) a.pvRow(-40, 150, 66 + k * 9, 4.6, 0.7, 2.6, Math.min(0.45, k * 0.06));
  // service road between the field and the plant, and the plant's gravel pad
  a.quad(-40, 56, 200, 6, mix(P.loessLight, P.concrete, 0.5));
  a.quad(-2, -2, 116, 54, mix(P.concrete, P.loessLight, 0.35));
  // the field's cable comes in to a transformer beside the electrolyser row
  a.box(2, 40, 7, 5, 3.2, { top: P.concrete, front: P.steel, side: P.steelDark });
  a.pipe(
    [
      [9, 43],
      [14, 43],
      [14, 37],
    ],
    3.2,
    0.3,
    P.steelDark,
  );
  // six electrolyser containers (ribbed modules) in two rows, far row first, teal roof hatches
  for (let row = 1; row >= 0; row--)
    for (let i = 0; i < 3; i++) {
      const X = 14 + i * 14.5;
      const Y = 30 + row * 7;
      a.box(X, Y, 12.2, 2.5, 2.6, { top: '#e9ece6', front: '#cfd8d2', side: '#a9b6b0', ribs: 0.6 });
      a.quad(X + 2, Y + 0.7, 8, 1.1, P.accent, 2.62, 'opacity="0.6"');
    }
  // compressor building with roof vents
  a.box(62, 30, 20, 12, 7, { top: P.roof, front: P.white, side: P.concrete });
  for (let i = 0; i < 3; i++) a.box(65 + i * 5.5, 35, 2.2, 2.2, 1.2, { top: P.steel, front: P.steelDark, side: P.steelDark });
  // vertical storage tanks behind, horizontal bullet tanks in front
  for (let i = 0; i < 3; i++) a.vcyl(90 + i * 7, 44 - i * 0.5, 2.4, 11);
  // pipe rack from the electrolysers past the compressor to the tanks
  for (let X = 14; X <= 104; X += 7.5) {
    const [x0, y0] = a.p(X, 25, 0);
    const [x1, y1] = a.p(X, 25, 4.6);
    c.add(`<path d="M${f(x0)} ${f(y0)}L${f(x1)} ${f(y1)}" stroke="${P.steelDark}" stroke-width="3"/>`);
  }
  a.pipe(
    [
      [13, 25],
      [104, 25],
      [104, 40],
    ],
    4.6,
    0.45,
    P.steel,
  );
  a.pipe(
    [
      [13, 25.6],
      [104, 25.6],
    ],
    5.0,
    0.3,
    P.accent,
  );
  a.hcyl(80, 16, 28, 1.8, 2.4);
  a.hcyl(80, 9, 28, 1.8, 2.4);
  // loading bay: a tube trailer (a bundle of long tubes behind a tractor unit)
  a.quad(24, 2, 46, 14, mix(P.concrete, '#ffffff', 0.2), 0.02);
  a.box(32, 8, 12, 2.5, 1.2, { top: P.steelDark, front: '#4a4f52', side: '#3b3f42' });
  for (let k = 0; k < 3; k++) a.hcyl(32.3, 8.6 + k * 0.7, 11.4, 0.45, 1.8 + (k % 2) * 0.5, '#dfe4e2');
  a.box(44.5, 8.2, 3.4, 2.4, 2.8, { top: P.white, front: P.accent, side: darken(P.accent, 0.2) });
  // the fence round the plant
  a.fence([
    [-2, 52],
    [-2, -2],
    [114, -2],
    [114, 52],
  ]);
  // technicians between the modules and at the trailer
  a.person(24, 27.5, { pose: 'point', hat: 'hard', shirt: '#3d5a80', vest: true });
  a.person(27, 27, { pose: 'stand', hat: 'hard', shirt: '#55606b', vest: true, dir: -1 });
  a.person(50, 6, { pose: 'stand', hat: 'hard', shirt: '#3d5a80', vest: true, dir: -1 });
  a.person(72, 24, { pose: 'carry', hat: 'hard', shirt: '#55606b', vest: true });
  // a shelter belt along the near edge
  for (let i = 0; i < 16; i++) {
    const [x, y] = a.p(-4 + i * 8, -7 - (i % 3) * 1.5, 0);
    roundTree(c, x, y, 0.75, 0, i % 2 ? P.deep : P.olive);
  }
}

/** Rows of panels on the flat bench between two edge lines. */
function panelsOnBench(c: Canvas, top: Pt[], bot: Pt[], depth: number, s: number, rowsN: number, x0: number, x1: number): void {
  for (let k = 0; k < rowsN; k++) {
    const t = (k + 0.8) / (rowsN + 0.25);
    const y = yAt(top, W / 2) + (yAt(bot, W / 2) - yAt(top, W / 2)) * t;
    const h = 10 + 46 * s;
    panelRow(c, { x0: x0 + k * 6, x1: x1 - k * 6, y: y - h * 0.3, h, legH: h * 0.3, depth, mod: 24 + 40 * s, lean: 0.25 });
  }
}

/** The solar park of a reclaimed mine from high above: arrays on every bench of the curving pit wall, shrubs on the faces. */
export function xuxuSolarPark(c: Canvas): void {
  const hz = 210;
  backdrop(c, LIGHTS.dusk, hz);
  hillBand(c, { y: hz + 70, amp: 20, wave: 1400, color: P.sage, depth: 0.5 });
  const r = c.rng;
  benches(c, {
    yTop: 300,
    yBottom: 1560,
    levels: 6,
    ratio: 1.22,
    faceFrac: 0.3,
    sag: 150,
    face: P.loess,
    bench: mix(P.sage, P.grassLight, 0.4),
    depthFar: 0.45,
    onFace: (i, top, bot, depth, s) => {
      for (let x = 10; x < W; x += 40 + 50 * s)
        shrub(c, x + r.range(-10, 10), (yAt(top, x) + yAt(bot, x)) / 2 + 6 * s, 0.35 + s * 0.7, depth, r() < 0.5 ? P.green : P.olive);
    },
    onBench: (i, top, bot, depth, s) => {
      panelsOnBench(c, top, bot, depth, s, i < 3 ? 3 : 2, -40, W + 40);
    },
  });
  // a maintenance crew on the road at the foot of the nearest face
  const ps = 0.5;
  person(c, 1540, 1460, ps, { hat: 'hard', shirt: '#3d5a80', vest: true });
  person(c, 1580, 1470, ps, { pose: 'point', hat: 'hard', shirt: '#55606b', vest: true, dir: -1 });
}

/**
 * The forest-grass-solar belt straight from above: long PV bands on sand, shadows falling to one side, grass
 * under and between them, tree belts and checkerboard straw barriers holding the sand.
 */
export function forestPvBelt(c: Canvas): void {
  c.setLight(LIGHTS.midday);
  const r = c.rng;
  c.path(
    `M0 0H${W}V${H}H0Z`,
    c.linear(
      [
        [0, P.loessLight],
        [1, mix(P.loessLight, P.loess, 0.5)],
      ],
      0,
      0,
      1,
      1,
    ),
  );
  // sand ripples
  for (let i = 0; i < 16; i++) {
    const y = r.range(0, H);
    const x = r.range(-200, W);
    c.add(
      `<path d="M${f(x)} ${f(y)}q120 -18 240 0t240 0" fill="none" stroke="${lighten(P.loessLight, 0.35)}" stroke-width="4" opacity="0.5"/>`,
    );
  }
  // bands run diagonally; rotate the whole field a little
  c.add('<g transform="rotate(-9 1200 750)">');
  const band = 290;
  for (let k = -3; k < 11; k++) {
    const y = k * band;
    // straw checkerboard on the sand strip in the upper part
    if (k < 2) {
      let d = '';
      for (let x = -600; x < W + 600; x += 72) d += `M${x} ${y + 150}V${y + 222}`;
      for (let yy = y + 150; yy <= y + 222; yy += 36) d += `M-600 ${yy}H${W + 600}`;
      c.add(`<path d="${d}" stroke="${P.loessDark}" stroke-width="4" opacity="0.45" fill="none"/>`);
    } else {
      // grass strip between the rows (the planted, later bands)
      c.add(
        `<rect x="-600" y="${y + 110}" width="${W + 1200}" height="${120}" fill="${P.sage}" opacity="${f(Math.min(0.9, 0.3 + k * 0.08))}"/>`,
      );
    }
    // a tree belt every other band
    if (k % 2 === 0) {
      for (let x = -560; x < W + 600; x += 72) {
        const s = r.range(0.8, 1.1);
        c.add(`<circle cx="${f(x + 10)}" cy="${f(y + 196)}" r="${f(22 * s)}" fill="${P.shadow}" opacity="0.25"/>`);
        c.add(`<circle cx="${f(x)}" cy="${f(y + 186)}" r="${f(21 * s)}" fill="${k % 4 === 0 ? P.pine : P.deep}"/>`);
      }
    }
    // the PV band: shadow, frame, modules
    c.add(`<rect x="-600" y="${y + 70}" width="${W + 1200}" height="26" fill="${P.shadow}" opacity="0.25"/>`);
    c.add(
      `<rect x="-600" y="${y}" width="${W + 1200}" height="74" fill="${c.linear([
        [0, P.panelLight],
        [0.3, P.panel],
        [1, darken(P.panel, 0.1)],
      ])}"/>`,
    );
    let d = '';
    for (let x = -600; x < W + 600; x += 120) d += `M${x} ${y}V${y + 74}`;
    c.add(`<path d="${d}" stroke="${P.panelEdge}" stroke-width="2" opacity="0.3" fill="none"/>`);
    for (let x = -600; x < W + 600; x += 60 * 12) c.add(`<rect x="${x}" y="${y - 2}" width="16" height="78" fill="${P.loessLight}"/>`);
  }
  // a planting crew on the sand strip, setting out the straw checkerboard: seen from above, hats and shadows
  for (const [x, y] of [
    [980, 462],
    [1050, 490],
    [1120, 455],
    [1190, 482],
  ] as const) {
    c.add(`<ellipse cx="${x + 12}" cy="${y + 10}" rx="20" ry="9" fill="${P.shadow}" opacity="0.3"/>`);
    c.add(`<circle cx="${x}" cy="${y}" r="15" fill="#e2c98f"/><circle cx="${x}" cy="${y}" r="7" fill="#d6b975"/>`);
  }
  c.add('</g>');
}
