// Ground-level scenes: the camera down among the work instead of above it, with a near foreground, the horizon at
// eye level, and (at the charging station) a different light. They vary the set's viewpoint, not its facts.
import { P, W, H, LIGHTS, atmos, lighten, darken, mix, type Pt } from '../palette';
import { backdrop, terracedHill, fillUnder, ridge } from '../primitives/landscape';
import { herb, HERB_FAR, type Herb } from '../primitives/herbs';
import { planter, hoer, technicianFromBehind } from '../primitives/figures';
import { person } from '../primitives/people';
import { haulTruck, chargerCabinet, cable, panelRow } from '../primitives/built';
import { roundTree } from '../primitives/flora';
import { f, poly, smooth, type Canvas } from '../svg';

/**
 * In the Shigetu herb rows, at the height of someone kneeling: beds of the five herbs the feature names run away
 * from the viewer to the reclaimed terraces under a blue sky with white clouds; close by, a villager squats in a
 * row setting seedlings into the gaps, a second weeds the next row with a hoe, more work further off. The viewing
 * platform stands small on the far terrace.
 */
export function shigetuWeeding(c: Canvas): void {
  const eye = 560;
  backdrop(c, LIGHTS.midday, eye, eye - 10);
  const r = c.rng;
  const d = c.detail;
  // reclaimed terraced hills behind the field, the viewing platform on the right-hand one
  terracedHill(c, { cx: 380, baseY: eye + 110, topY: eye - 120, halfW: 700, levels: 5, field: P.sage, depth: 0.45 });
  terracedHill(c, { cx: 1950, baseY: eye + 110, topY: eye - 80, halfW: 620, levels: 4, field: P.olive, depth: 0.45 });
  const platX = 1880;
  const platY = eye - 24;
  const pc = (col: string) => atmos(col, 0.45);
  c.add(`<rect x="${platX - 70}" y="${platY - 6}" width="140" height="10" fill="${pc(P.concrete)}"/>`);
  for (const px of [platX - 60, platX + 54]) c.add(`<rect x="${px}" y="${platY - 42}" width="5" height="40" fill="${pc(P.trunk)}"/>`);
  c.add(
    `<path d="${poly([
      [platX - 80, platY - 40],
      [platX + 80, platY - 40],
      [platX + 64, platY - 56],
      [platX - 64, platY - 56],
    ])}" fill="${pc(P.roofRed)}"/>`,
  );
  // a shelter belt of trees along the far edge of the field
  for (let x = -20; x < W + 40; x += 38 + d() * 30)
    roundTree(c, x, eye + 96 + d() * 6, 0.5 + d() * 0.2, 0.4, d() < 0.5 ? P.olive : P.green);

  // the field: a ground plane seen from 1 m up; z metres ahead, X metres to the side
  const F = 1100;
  const camH = 1.3;
  const vpx = 1180;
  const horizon = eye;
  const sx = (X: number, z: number) => vpx + (F * X) / z;
  const sy = (z: number) => horizon + (F * camH) / z;
  const zFar = 26;
  const soilFar = atmos(mix(P.soil, P.loessLight, 0.3), 0.35);
  const soilNear = darken(P.soil, 0.05);
  c.path(
    `M-50 ${f(sy(zFar))}L${W + 50} ${f(sy(zFar))}L${W + 50} ${H}L-50 ${H}Z`,
    c.linear([
      [0, soilFar],
      [1, soilNear],
    ]),
  );
  // the beds: raised strips 0.5 m wide with furrows between, each herb in a block of rows (demonstration plots);
  // row 0, just right of the planter, is the one being replanted
  const pitch = 0.75;
  const kindOf = (i: number): Herb | 'gaps' =>
    i === 0
      ? 'gaps'
      : i <= -6
        ? 'peony'
        : i <= -2
          ? 'balloon'
          : i === -1
            ? 'isatis'
            : i <= 3
              ? 'safflower'
              : i <= 6
                ? 'dandelion'
                : i <= 9
                  ? 'isatis'
                  : 'peony';
  const rows: { X: number; kind: Herb | 'gaps' }[] = [];
  for (let i = -10; i <= 13; i++) rows.push({ X: i * pitch - 0.75, kind: kindOf(i) });
  // bed strips, far to near is one polygon each
  for (const row of rows) {
    const half = 0.26;
    const z0 = zFar;
    const z1 = 1.1;
    const bed = row.kind === 'gaps' ? P.soil : mix(P.soil, HERB_FAR[row.kind].leaf, 0.35);
    c.path(
      poly([
        [sx(row.X - half, z0), sy(z0)],
        [sx(row.X + half, z0), sy(z0)],
        [sx(row.X + half, z1), sy(z1)],
        [sx(row.X - half, z1), sy(z1)],
      ]),
      c.linear([
        [0, atmos(bed, 0.3)],
        [1, lighten(bed, 0.06)],
      ]),
    );
  }
  // furrow shade along the right edge of each bed (light from the left)
  for (const row of rows) {
    const e = row.X + 0.26;
    c.path(
      poly([
        [sx(e, zFar), sy(zFar)],
        [sx(e + 0.1, zFar), sy(zFar)],
        [sx(e + 0.1, 1.1), sy(1.1)],
        [sx(e, 1.1), sy(1.1)],
      ]),
      darken(P.soil, 0.18),
      'opacity="0.35"',
    );
  }

  // everything standing on the field, sorted far to near so nearer things overlap farther ones
  type Item = { z: number; draw: () => void };
  const items: Item[] = [];
  for (const row of rows) {
    const kind = row.kind;
    for (let z = 1.3 + d() * 0.2; z < zFar; z += 0.24 + z * 0.014) {
      const X = row.X + d.range(-0.05, 0.05);
      const x = sx(X, z);
      if (x < -200 || x > W + 200) continue;
      const p = F / z;
      if (kind === 'gaps') {
        // the row being replanted: young plants with gaps; the gaps near the planter are bare, turned soil
        if (z < 3.6 && z > 1.6 && d() < 0.55) continue;
        const zz = z;
        const px = x;
        items.push({ z: zz, draw: () => c.add(herb('isatis', px, sy(zz), (F / zz) * 0.6, d, Math.min(0.35, zz / 70))) });
        continue;
      }
      const zz = z;
      const px = x;
      items.push({ z: zz, draw: () => c.add(herb(kind, px, sy(zz), p, d, Math.min(0.35, zz / 70))) });
    }
  }
  // the people: a planter squatting in the gap row, a villager weeding with a hoe two rows over, and more work
  // further down the rows (the older, smaller figures of the set at that distance)
  const gapRow = rows.find((row) => row.kind === 'gaps')!;
  const zPlanter = 2.6;
  items.push({
    z: zPlanter,
    draw: () => planter(c, sx(gapRow.X - 0.62, zPlanter), sy(zPlanter), F / zPlanter, { dir: 1, shirt: '#b5573f', skin: '#c99a74' }),
  });
  const zHoer = 6.2;
  items.push({
    z: zHoer,
    draw: () => hoer(c, sx(gapRow.X + 1.9, zHoer), sy(zHoer), F / zHoer, { dir: -1, shirt: '#5b7fa3', skin: '#b98561' }),
  });
  const far: [number, number, 'hoe' | 'plant' | 'stand', 'straw' | 'scarf'][] = [
    [-3.2, 11, 'plant', 'scarf'],
    [2.8, 14, 'hoe', 'straw'],
    [-6.5, 17, 'hoe', 'scarf'],
    [5.6, 19, 'stand', 'straw'],
  ];
  for (const [X, z, pose, hat] of far)
    items.push({
      z,
      draw: () => person(c, sx(X, z), sy(z), (F / z) * (1.7 / 195), { pose, hat, dir: X < 0 ? 1 : -1, depth: Math.min(0.3, z / 60) }),
    });
  // a few pulled weeds lying in the furrows near the hoe
  for (let k = 0; k < 7; k++) {
    const z = r.range(4.4, 7.5);
    const X = gapRow.X + 1.1 + r.range(-0.1, 0.3);
    items.push({
      z: z + 0.01,
      draw: () => {
        const x = sx(X, z);
        const y = sy(z);
        const p = F / z;
        c.add(
          `<path d="M${f(x - 0.08 * p)} ${f(y)}Q${f(x)} ${f(y - 0.05 * p)} ${f(x + 0.1 * p)} ${f(y - 0.01 * p)}M${f(x - 0.05 * p)} ${f(y - 0.01 * p)}L${f(x + 0.02 * p)} ${f(y - 0.07 * p)}" stroke="${mix(P.olive, P.loess, 0.5)}" stroke-width="${f(0.012 * p)}" fill="none" stroke-linecap="round"/>`,
        );
      },
    });
  }
  items.sort((a, b) => b.z - a.z);
  for (const it of items) it.draw();

  // out of focus at the very front: the leaves of the nearest plants, cut by the frame, and soft soil
  const blur = c.id('b');
  c.def(`<filter id="${blur}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="10"/></filter>`);
  c.group(`filter="url(#${blur})"`, () => {
    c.add(herb('balloon', 1990, 1540, 1500, d));
    c.add(herb('isatis', 160, 1560, 1300, d));
  });
}

/**
 * Dawn at a charging and battery-swap station for electric mine trucks, at eye level from the yard. The sun rises
 * behind the haul road; the yard lamps under the solar-roofed canopy are still on. One truck stands plugged in
 * under the canopy, a second comes up the road with its lamps lit, and a technician close to the viewer, seen
 * from behind, checks a tablet. Every shadow runs long towards the viewer.
 */
export function truckChargingDawn(c: Canvas): void {
  const hz = 880;
  const DAWN = LIGHTS.dawn;
  backdrop(c, DAWN, hz, hz - 10);
  const r = c.rng;
  const d = c.detail;
  const sun = DAWN.sun;
  const night = '#2c3150';
  /** A colour in the shade of the dawn light: most of what faces the viewer. */
  const back = (col: string, t = 0.55) => mix(col, night, t);
  const gold = '#ffc783';
  // thin clouds lit from below
  for (let i = 0; i < 6; i++) {
    const cy = r.range(160, 560);
    const cx = r.range(100, 2300);
    const len = r.range(260, 600);
    const warm = mix('#f3c3a2', '#8d7fa6', Math.max(0, Math.min(1, (cy - 160) / 700 + Math.abs(cx - sun.x) / 4000)));
    c.add(
      `<path d="M${f(cx - len)} ${f(cy)}Q${f(cx - len * 0.3)} ${f(cy - 20)} ${f(cx)} ${f(cy - 14)}Q${f(cx + len * 0.6)} ${f(cy - 22)} ${f(cx + len)} ${f(cy)}Q${f(cx)} ${f(cy + 12)} ${f(cx - len)} ${f(cy)}Z" fill="${warm}" opacity="${f(r.range(0.45, 0.7))}"/>`,
    );
  }
  // the restored pit benches on the left skyline, two steps with young trees on them, in silhouette
  for (const [y0, x1, tone, size] of [
    [hz - 150, 1150, 0.42, 9],
    [hz - 80, 1380, 0.5, 12],
  ] as const) {
    const edge = ridge(r, { y: y0, amp: 14, wave: 1300, x0: -60, x1 });
    fillUnder(c, [...edge, [x1 + 220, hz - 10], [x1 + 400, hz + 30]], back('#8e8a8c', tone - 0.08), back('#8e8a8c', tone), hz + 40);
    c.add(
      `<path d="M${edge.map(([a, b]) => `${f(a)} ${f(b)}`).join('L')}" fill="none" stroke="${mix(gold, DAWN.haze, 0.5)}" stroke-width="3" opacity="0.6"/>`,
    );
    for (let x = 10; x < x1 - 20; x += size * 2.2 + d() * size * 3) {
      const y = (edge.find((p) => p[0] >= x) ?? [0, y0])[1] + 2;
      const s = size * (0.7 + d() * 0.6);
      c.add(
        `<path d="M${f(x - s)} ${f(y)}Q${f(x - s)} ${f(y - s * 2.4)} ${f(x)} ${f(y - s * 2.6)}Q${f(x + s)} ${f(y - s * 2.4)} ${f(x + s)} ${f(y)}Z" fill="${back('#5f6d62', tone + 0.05)}"/>`,
      );
    }
  }

  // the yard: gravel catching the low light near the road, falling into shade towards the viewer
  const yard = c.linear([
    [0, mix('#c9a58a', DAWN.haze, 0.4)],
    [0.25, back('#9a8f88', 0.35)],
    [1, back('#6e6a6a', 0.55)],
  ]);
  c.path(`M-50 ${hz}L${W + 50} ${hz}L${W + 50} ${H}L-50 ${H}Z`, yard);
  // the haul road, running straight into the sun: its surface shines where the light skims it
  const vp: Pt = [sun.x, hz];
  const road = poly([
    [vp[0] - 18, hz],
    [vp[0] + 18, hz],
    [2700, H],
    [1000, H],
  ]);
  c.path(
    road,
    c.linear([
      [0, '#f6cf9f'],
      [0.18, back('#b59c8c', 0.25)],
      [1, back('#857a78', 0.45)],
    ]),
  );
  // glare along the road's centre and the tyre ruts converging on the sun
  c.path(
    poly([
      [vp[0] - 4, hz],
      [vp[0] + 4, hz],
      [2020, H],
      [1760, H],
    ]),
    c.linear([
      [0, '#fff1d6', 0.9],
      [0.5, '#f7c997', 0.25],
      [1, '#f7c997', 0],
    ]),
  );
  for (const bx of [1150, 1400, 2150, 2450])
    c.add(`<path d="M${vp[0]} ${hz}L${bx} ${H}" stroke="${back('#5e5658', 0.4)}" stroke-width="10" opacity="0.35"/>`);

  // loose gravel in the foreground, lit on its sun side
  for (let i = 0; i < 160; i++) {
    const y = r.range(hz + 60, H);
    const t = (y - hz) / (H - hz);
    const x = r.range(-20, W + 20);
    const s = 2 + 9 * t;
    c.add(`<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(s * 1.5)}" ry="${f(s * 0.7)}" fill="${back('#5a5456', 0.3)}" opacity="0.55"/>`);
    if (t > 0.3)
      c.add(`<ellipse cx="${f(x + s * 0.6)}" cy="${f(y - s * 0.3)}" rx="${f(s * 0.7)}" ry="${f(s * 0.3)}" fill="${gold}" opacity="0.35"/>`);
  }
  // long shadows: from a ground point, away from the sun towards the viewer
  const shadow = (pts: readonly Pt[], len: number, o = 0.45) => {
    const out: Pt[] = [];
    for (const [x, y] of pts) {
      const dx = x - vp[0];
      const dy = Math.max(4, y - hz);
      const k = len / Math.hypot(dx, dy);
      out.push([x + dx * k, y + dy * k]);
    }
    c.path(poly([...pts, ...out.reverse()]), night, `opacity="${o}"`);
  };

  // the light masts of the yard, lamps still on
  for (const [mx, my, mh] of [
    [120, 1120, 700],
    [2260, 1000, 520],
  ] as const) {
    shadow(
      [
        [mx - 6, my],
        [mx + 6, my],
      ],
      900,
      0.35,
    );
    c.add(`<rect x="${mx - 6}" y="${my - mh}" width="12" height="${mh}" fill="${back(P.steelDark, 0.5)}"/>`);
    c.add(`<rect x="${mx - 40}" y="${my - mh - 10}" width="80" height="16" rx="4" fill="${back(P.steelDark, 0.55)}"/>`);
    const glow = c.radial(
      [
        [0, '#fff4d6', 0.9],
        [0.3, '#ffe2a8', 0.35],
        [1, '#ffe2a8', 0],
      ],
      mx,
      my - mh + 8,
      120,
    );
    c.add(`<circle cx="${mx}" cy="${my - mh + 8}" r="120" fill="${glow}"/>`);
    c.add(`<rect x="${mx - 34}" y="${my - mh + 4}" width="68" height="6" rx="3" fill="#fff6e0"/>`);
  }

  // the canopy over the charging bays: posts, a roof of solar panels seen from just below, lamps under it
  const m = 50;
  const cy = 1090;
  const roofY = cy - 8.4 * m;
  const x0 = 120;
  const x1 = 1320;
  // the warm pool of lamplight on the ground under the canopy
  const pool = c.radial(
    [
      [0, '#ffd9a0', 0.55],
      [0.6, '#ffd9a0', 0.18],
      [1, '#ffd9a0', 0],
    ],
    (x0 + x1) / 2,
    cy + 10,
    720,
  );
  c.add(`<ellipse cx="${(x0 + x1) / 2}" cy="${cy + 10}" rx="720" ry="110" fill="${pool}"/>`);
  for (const px of [x0 + 30, 560, 980, x1 - 40])
    shadow(
      [
        [px, cy],
        [px + 20, cy],
      ],
      700,
      0.3,
    );
  panelRow(c, { x0: x0 - 30, x1: x1 + 40, y: roofY - 4, h: 34, legH: 0, lean: 1.1, mod: 64, shadow: false, depth: 0.25 });
  c.add(
    `<path d="${poly([
      [x0 - 40, roofY - 6],
      [x1 + 50, roofY - 10],
      [x1 + 50, roofY + 22],
      [x0 - 40, roofY + 26],
    ])}" fill="${back(P.panelEdge, 0.6)}"/>`,
  );
  c.add(`<path d="M${x0 - 40} ${roofY - 6}L${x1 + 50} ${roofY - 10}" stroke="${gold}" stroke-width="4" opacity="0.8"/>`);
  for (let lx = x0 + 60; lx < x1; lx += 150) {
    c.add(`<rect x="${lx}" y="${roofY + 22}" width="70" height="8" rx="3" fill="#fff6e0"/>`);
    const g = c.radial(
      [
        [0, '#fff1cf', 0.6],
        [1, '#fff1cf', 0],
      ],
      lx + 35,
      roofY + 30,
      90,
    );
    c.add(`<circle cx="${lx + 35}" cy="${roofY + 30}" r="90" fill="${g}"/>`);
  }
  for (const px of [x0 + 30, 560, 980, x1 - 40])
    c.add(`<rect x="${px}" y="${roofY + 22}" width="20" height="${cy - roofY - 22}" fill="${back(P.steelDark, 0.5)}"/>`);
  c.add(`<rect x="${x0 - 20}" y="${cy - 8}" width="${x1 - x0 + 40}" height="18" fill="${back(P.concrete, 0.45)}"/>`);
  // the battery-swap bay at the back of the canopy: an open door, lit inside, a spare pack on its stand
  c.add(`<rect x="${x0 + 40}" y="${cy - 4.6 * m}" width="${3.6 * m}" height="${4.6 * m - 8}" fill="${back('#c8c2b8', 0.5)}"/>`);
  c.add(`<rect x="${x0 + 70}" y="${cy - 3.9 * m}" width="${2.6 * m}" height="${3.9 * m - 8}" fill="#f1d9ac"/>`);
  c.add(
    `<rect x="${x0 + 90}" y="${cy - 1.9 * m}" width="${2.2 * m}" height="${1.3 * m}" fill="${mix(P.concrete, '#f1d9ac', 0.3)}"/><rect x="${x0 + 90}" y="${cy - 1.5 * m}" width="${2.2 * m}" height="${0.18 * m}" fill="${P.accent}"/>`,
  );
  c.add(`<rect x="${x0 + 80}" y="${cy - 0.6 * m - 8}" width="${2.4 * m}" height="${0.6 * m}" fill="${back(P.steelDark, 0.3)}"/>`);
  // the charger cabinets, their screens lit
  const cabinetAt = x1 - 120;
  const outlet = chargerCabinet(c, cabinetAt, cy, m, 0);
  c.add(`<rect x="${cabinetAt}" y="${cy - 2.3 * m}" width="${1.5 * m}" height="${2.1 * m}" fill="${night}" opacity="0.4"/>`);
  c.add(
    `<rect x="${f(cabinetAt + 0.25 * m)}" y="${f(cy - 2.3 * m + 0.35 * m)}" width="${f(0.6 * m)}" height="${f(0.42 * m)}" fill="#bfe3f0"/>`,
  );

  // the truck under the canopy, plugged in: drawn in the dawn's shade with a gold rim where the sun reaches
  const tx = 230;
  shadow(
    [
      [tx + 0.3 * m, cy + 4],
      [tx + 14.5 * m, cy + 4],
    ],
    520,
    0.5,
  );
  const shadeId = c.id('s');
  c.def(
    `<filter id="${shadeId}" x="0" y="0" width="1" height="1" color-interpolation-filters="sRGB"><feColorMatrix type="matrix" values="0.5 0.06 0.02 0 0.06  0.04 0.46 0.04 0 0.06  0.05 0.06 0.56 0 0.1  0 0 0 1 0"/></filter>`,
  );
  let socket: Pt = [0, 0];
  c.group(`filter="url(#${shadeId})"`, () => {
    socket = haulTruck(c, tx, cy, m).socket;
  });
  const T = (a: number, b: number): Pt => [tx + a * m, cy - b * m];
  const rimLine = (pts: Pt[], w: number) =>
    c.add(
      `<path d="M${pts.map(([a, b]) => `${f(a)} ${f(b)}`).join('L')}" fill="none" stroke="${gold}" stroke-width="${w}" stroke-linecap="round" opacity="0.9"/>`,
    );
  rimLine([T(-0.5, 6.15), T(9.5, 6.55)], 4);
  rimLine([T(9.3, 7.05), T(14.4, 7.3), T(14.4, 6.85)], 4);
  rimLine([T(14.5, 4.6), T(14.5, 4.2)], 3);
  rimLine([T(14.5, 1.85), T(14.5, 1.05)], 3);
  // the lamps under the canopy light the top of the dump body a little
  c.add(`<path d="${poly([T(-0.5, 6.15), T(9.5, 6.55), T(9.5, 6.2), T(-0.45, 5.82)])}" fill="#ffd9a0" opacity="0.25"/>`);
  // its cab lamps on
  c.add(
    `<rect x="${f(T(10.35, 6.15)[0])}" y="${f(T(10.35, 6.15)[1])}" width="${f(0.95 * m)}" height="${f(0.8 * m)}" fill="#f6d9a4" opacity="0.55"/>`,
  );
  cable(c, outlet, socket, 60, 10);

  // the second truck coming up the road out of the sun, lamps on; it faces the viewer's left
  const m2 = 20;
  const t2x = 1930;
  const t2y = hz + 150;
  shadow(
    [
      [t2x - 14.5 * m2, t2y],
      [t2x - 0.5 * m2, t2y],
    ],
    620,
    0.45,
  );
  c.add(`<g transform="matrix(-1 0 0 1 ${2 * t2x} 0)" filter="url(#${shadeId})">`);
  haulTruck(c, t2x, t2y, m2);
  c.add('</g>');
  c.add(
    `<path d="M${f(t2x - 7.2 * m2)} ${f(t2y - 7.25 * m2)}L${f(t2x - 1.5 * m2)} ${f(t2y - 7.0 * m2)}" stroke="${gold}" stroke-width="3" opacity="0.9"/>`,
  );
  for (const lx of [t2x - 14.2 * m2, t2x - 12.3 * m2]) {
    const g = c.radial(
      [
        [0, '#fff6dc', 1],
        [0.25, '#ffe6b0', 0.5],
        [1, '#ffe6b0', 0],
      ],
      lx,
      t2y - 1.4 * m2,
      90,
    );
    c.add(`<circle cx="${f(lx)}" cy="${f(t2y - 1.4 * m2)}" r="90" fill="${g}"/>`);
  }

  // puddles left in the ruts, holding the colours of the sky
  for (const [px0, py0, w0] of [
    [430, 1300, 230],
    [1450, 1190, 130],
  ] as const) {
    const rim: Pt[] = [];
    for (let k = 0; k < 14; k++) {
      const a = (k / 14) * Math.PI * 2;
      const rr = 0.75 + d() * 0.35;
      rim.push([px0 + Math.cos(a) * w0 * rr, py0 + Math.sin(a) * w0 * 0.07 * rr]);
    }
    c.path(smooth(rim, true), back('#4f4a52', 0.3));
    c.path(
      smooth(
        rim.map(([a, b]): Pt => [px0 + (a - px0) * 0.9, py0 - 3 + (b - py0) * 0.7]),
        true,
      ),
      c.linear([
        [0, '#f1b88a'],
        [1, '#a090ab'],
      ]),
      'opacity="0.8"',
    );
  }

  // the technician in the foreground, on the road's edge, looking over to the truck under the canopy
  const pm = 470;
  const px = 2020;
  const py = 1560;
  shadow(
    [
      [px - 0.22 * pm, py - 20],
      [px + 0.22 * pm, py - 20],
    ],
    400,
    0.5,
  );
  technicianFromBehind(c, px, py, pm, -1, gold, night);
}
