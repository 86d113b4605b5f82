// Landscape primitives shared by all scenes: the sky, the standard horizon
// (hazy far ridges), loess hills, terraced hills, gullies, flat fields and
// perspective stripes. Light always comes from the upper left (SUN).
import { P, W, H, SUN, mix, atmos, lighten, darken } from '../palette.mjs';
import { poly, smooth, f } from '../svg.mjs';

/** Soft evening sky with a warm glow around the sun and a few long clouds. */
export function sky(c, { horizon = 640 } = {}) {
  const g = c.linear(
    [
      [0, P.skyTop],
      [0.55, P.skyMid],
      [1, P.skyLow],
    ],
    0,
    0,
    0,
    horizon + 200,
    true,
  );
  c.add(`<rect width="${W}" height="${H}" fill="${g}"/>`);
  const glow = c.radial(
    [
      [0, P.sunGlow, 0.95],
      [0.35, P.sunGlow, 0.45],
      [1, P.sunGlow, 0],
    ],
    SUN.x,
    SUN.y,
    900,
  );
  c.add(`<rect width="${W}" height="${horizon + 300}" fill="${glow}"/>`);
  c.add(`<circle cx="${SUN.x}" cy="${SUN.y}" r="62" fill="${P.sunDisc}" opacity="0.95"/>`);
  const r = c.rng;
  for (let i = 0; i < 4; i++) {
    const cx = r.range(200, 2300);
    const cy = r.range(110, horizon - 260);
    const len = r.range(260, 520);
    const th = r.range(16, 30);
    c.add(
      `<path d="M${f(cx - len)} ${f(cy)}Q${f(cx - len * 0.4)} ${f(cy - th * 1.6)} ${f(cx)} ${f(cy - th)}` +
        `Q${f(cx + len * 0.5)} ${f(cy - th * 1.4)} ${f(cx + len)} ${f(cy)}Z" fill="${P.cloud}" opacity="${f(r.range(0.35, 0.55))}"/>`,
    );
  }
}

/** A smooth ridge line: sum of sines with seeded phases. Returns [[x,y],...]. */
export function ridge(rng, { y, amp = 60, wave = 900, step = 30, x0 = -60, x1 = W + 60, rough = 0.25 }) {
  const ph = [rng() * 6.28, rng() * 6.28, rng() * 6.28];
  const pts = [];
  for (let x = x0; x <= x1 + step; x += step) {
    const v =
      Math.sin((x / wave) * 6.28 + ph[0]) +
      0.45 * Math.sin((x / (wave * 0.43)) * 6.28 + ph[1]) +
      rough * Math.sin((x / (wave * 0.17)) * 6.28 + ph[2]);
    pts.push([x, y - amp * v * 0.6]);
  }
  return pts;
}

/** Fill the area under a ridge line down to `bottom`, vertical gradient top→bottom colours. */
export function fillUnder(c, pts, top, bottom, bottomY = H, opacity = 1) {
  const g = c.linear([
    [0, top],
    [1, bottom],
  ]);
  const d = smooth(pts) + `L${f(pts[pts.length - 1][0])} ${bottomY}L${f(pts[0][0])} ${bottomY}Z`;
  c.path(d, g, opacity < 1 ? `opacity="${opacity}"` : '');
  return d;
}

/**
 * The standard horizon treatment used by every scene: two hazy far ridges
 * that fade into the warm sky at their foot.
 */
export function farRidges(c, horizon = 640) {
  const r = c.rng;
  fillUnder(c, ridge(r, { y: horizon - 70, amp: 55, wave: 1100 }), atmos(P.farRidge, 0.25), P.skyLow, horizon + 120);
  fillUnder(c, ridge(r, { y: horizon - 20, amp: 45, wave: 800 }), atmos(P.midRidge, 0.3), mix(P.haze, P.skyLow, 0.4), horizon + 160);
  c.add(`<rect x="0" y="${horizon + 150}" width="${W}" height="${H - horizon - 150}" fill="${atmos(P.sage, 0.35)}"/>`);
}

/** A broad loess hill band (mid-ground) with light from the left. */
export function hillBand(c, { y, amp = 70, wave = 1000, color = P.sage, depth = 0.2, bottomY = H, rough = 0.2 }) {
  const pts = ridge(c.rng, { y, amp, wave, rough });
  const top = atmos(lighten(color, 0.08), depth);
  const bot = atmos(darken(color, 0.12), depth * 0.6);
  const d = fillUnder(c, pts, top, bot, bottomY);
  return { pts, d };
}

/** Sample a smooth ridge polyline at x (linear interpolation). */
export function yAt(pts, x) {
  for (let i = 0; i < pts.length - 1; i++) {
    if (x >= pts[i][0] && x <= pts[i + 1][0]) {
      const t = (x - pts[i][0]) / (pts[i + 1][0] - pts[i][0]);
      return pts[i][1] + (pts[i + 1][1] - pts[i][1]) * t;
    }
  }
  return pts[pts.length - 1][1];
}

/** Right-hand shading across a clipped shape, for consistent side light. */
export function sideShade(c, clipAttr, x0, x1, y0, y1, strength = 0.22) {
  const g = c.linear(
    [
      [0, '#ffffff', 0.08],
      [0.45, '#ffffff', 0],
      [1, P.shadow, strength],
    ],
    x0,
    0,
    x1,
    0,
    true,
  );
  c.group(clipAttr, () => c.add(`<rect x="${f(x0)}" y="${f(y0)}" width="${f(x1 - x0)}" height="${f(y1 - y0)}" fill="${g}"/>`));
}

/** Dome-shaped hill outline points (loess mound) centred on cx. */
export function moundPts(rng, { cx, baseY, topY, halfW, skew = 0, n = 40 }) {
  const pts = [];
  for (let i = 0; i <= n; i++) {
    const u = -1 + (2 * i) / n;
    const uu = u - skew * (1 - u * u);
    const v = Math.max(-1, Math.min(1, uu));
    const b = Math.pow(1 - v * v, 1.25);
    pts.push([cx + u * halfW, baseY - (baseY - topY) * b + Math.sin(u * 9 + rng() * 0.5) * 3]);
  }
  return pts;
}

/**
 * Terraced loess hill: a dome with curved terrace risers that sag toward the
 * viewer. onTerrace(i, pts, scale) lets a scene plant trees/crops along each level.
 * Returns {d, pts, clip}.
 */
export function terracedHill(c, o) {
  const { cx, baseY, topY, halfW, levels = 7, field = P.sage, depth = 0, skew = 0, cap = 0, onTerrace } = o;
  const pts = moundPts(c.rng, { cx, baseY, topY, halfW, skew });
  const d = smooth(pts) + 'Z';
  c.path(
    d,
    c.linear([
      [0, atmos(lighten(field, 0.1), depth)],
      [1, atmos(darken(field, 0.08), depth)],
    ]),
  );
  const clip = c.clip(d);
  const riser = atmos(P.loess, depth);
  const riserDark = atmos(P.loessShadow, depth);
  const hgt = baseY - topY;
  const arcs = [];
  c.group(clip, () => {
    for (let k = 0; k < levels; k++) {
      const t = cap + (1 - cap) * ((k + 1) / (levels + 0.6));
      const y = topY + hgt * Math.pow(t, 1.15);
      const half = halfW * (0.25 + 0.95 * Math.sqrt(t));
      const bow = hgt * 0.06 * (0.6 + t);
      const arc = [];
      for (let i = 0; i <= 24; i++) {
        const u = -1.1 + (2.2 * i) / 24;
        arc.push([cx + u * half, y + bow * (1 - u * u) - bow * 0.2]);
      }
      const th = 7 + 14 * t;
      const band = k % 2 ? field : mix(field, P.loessLight, 0.28);
      c.path(smooth(arc) + `L${f(cx + halfW * 1.2)} ${f(baseY + 40)}L${f(cx - halfW * 1.2)} ${f(baseY + 40)}Z`, atmos(band, depth));
      c.add(
        `<path d="${smooth(arc)}" fill="none" stroke="${riserDark}" stroke-width="${f(th * 0.45)}" transform="translate(0 ${f(th * 0.7)})" opacity="0.55"/>`,
      );
      c.add(`<path d="${smooth(arc)}" fill="none" stroke="${riser}" stroke-width="${f(th)}"/>`);
      if (onTerrace) onTerrace(k, arc, 0.4 + 0.6 * t);
    }
  });
  sideShade(c, clip, cx - halfW, cx + halfW, topY - 10, baseY + 10);
  return { d, pts, clip };
}

/** Gully: a dark V cut into a slope, lit on its left wall. Returns floor centre line. */
export function gully(c, { x, yTop, yBot, wTop = 30, wBot = 260, bend = 80, depth = 0 }) {
  const mid = (yTop + yBot) / 2;
  const left = [
    [x, yTop],
    [x - wBot * 0.25 + bend, mid],
    [x - wBot / 2, yBot],
  ];
  const right = [
    [x + wBot / 2, yBot],
    [x + wBot * 0.25 + bend, mid],
    [x + wTop, yTop],
  ];
  const d = smooth(left) + smooth(right).replace('M', 'L') + 'Z';
  c.path(
    d,
    c.linear(
      [
        [0, atmos(P.loessDark, depth)],
        [1, atmos(P.loessShadow, depth)],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  const lit = [
    [x, yTop],
    [x - wBot * 0.25 + bend, mid],
    [x - wBot / 2, yBot],
    [x - wBot * 0.2, yBot],
    [x - wBot * 0.05 + bend, mid],
    [x + wTop * 0.3, yTop],
  ];
  c.path(smooth(lit, true), atmos(P.loessLight, depth), 'opacity="0.55"');
  return { d };
}

/**
 * Stripes converging on a vanishing point, clipped to a field polygon.
 * colors: array cycled per stripe. Used for crop rows, herb bands, furrows.
 */
export function perspectiveStripes(c, { field, vp, n = 40, x0 = -1600, x1 = W + 1600, colors, bottom = H }) {
  const clip = c.clip(field);
  c.group(clip, () => {
    for (let i = 0; i < n; i++) {
      const a = x0 + ((x1 - x0) * i) / n;
      const b = x0 + ((x1 - x0) * (i + 1)) / n;
      c.add(
        `<path d="${poly([
          [vp.x, vp.y],
          [a, bottom],
          [b, bottom],
        ])}" fill="${colors[i % colors.length]}"/>`,
      );
    }
  });
  return clip;
}

/** Ground-plane perspective helper: map (lateral offset at near plane, depth factor) to screen. */
export function ground({ vpx, horizon, yNear }) {
  return (xNear, z) => {
    const s = 1 / z; // z = 1 at near plane, grows with distance
    return { x: vpx + (xNear - vpx) * s, y: horizon + (yNear - horizon) * s, s };
  };
}

/** Soft grass tufts along the bottom edge, to frame the foreground. */
export function foregroundGrass(c, { y = H - 90, color = P.green, count = 90 } = {}) {
  const r = c.rng;
  const pts = ridge(r, { y, amp: 26, wave: 700, rough: 0.4 });
  fillUnder(c, pts, lighten(color, 0.05), darken(color, 0.2));
  for (let i = 0; i < count; i++) {
    const x = r.range(0, W);
    const yy = yAt(pts, x) + r.range(4, 60);
    const h = r.range(18, 44);
    const col = r() < 0.5 ? darken(color, 0.1) : lighten(color, 0.12);
    c.add(
      `<path d="M${f(x - 6)} ${f(yy)}Q${f(x - 2)} ${f(yy - h * 0.6)} ${f(x + r.range(-10, 10))} ${f(yy - h)}Q${f(x + 2)} ${f(yy - h * 0.5)} ${f(x + 6)} ${f(yy)}Z" fill="${col}"/>`,
    );
  }
  return pts;
}

/** Flat field patch (quad) with a subtle gradient. */
export function patch(c, pts, color, depth = 0) {
  c.path(
    poly(pts),
    c.linear([
      [0, atmos(lighten(color, 0.06), depth)],
      [1, atmos(darken(color, 0.06), depth)],
    ]),
  );
}
