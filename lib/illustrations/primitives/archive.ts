// The second style, kept for the imagined "before" halves of the before/after pairs: the damaged land drawn as an
// old documentary print would show it (sepia ink on paper, a ruled sky, a flat table-land horizon, hatched
// ground), so that a reader never takes the "before" for the same kind of picture as the colour "after" beside it.
// The landform itself comes from the scene, drawn from the same seed as its "after", so the pair stays one place.
import { W, H, type Rng } from '../palette';
import { f, poly, type Canvas } from '../svg';

const PAPER = '#efe4cc';
const INK = '#3b2f22';

/** Paper, a sky of ruled engraving lines thinning towards the horizon, and a flat-topped table-land skyline. */
export function archiveSky(c: Canvas, r: Rng, horizon: number): void {
  c.add(`<rect width="${W}" height="${H}" fill="${PAPER}"/>`);
  let d = '';
  for (let y = 30; y < horizon - 40; y += 36) {
    // lines break off here and there, as a hand-ruled sky does
    for (let x = -20; x < W;) {
      const len = r.range(260, 900);
      d += `M${f(x)} ${f(y + r.range(-1.5, 1.5))}h${f(len)}`;
      x += len + r.range(10, 60);
    }
  }
  c.add(`<path d="${d}" fill="none" stroke="${INK}" stroke-width="2" opacity="0.13"/>`);
  // the plateau edge: long flat tops and short steep breaks, a line with vertical hatching below it
  const top: [number, number][] = [];
  let x = -40;
  let y = horizon - r.range(20, 60);
  while (x < W + 40) {
    top.push([x, y]);
    x += r.range(180, 420);
    top.push([x, y + r.range(-4, 4)]);
    x += r.range(20, 50);
    y = horizon - r.range(10, 70);
  }
  c.path(poly([...top, [W + 40, horizon + 60], [-40, horizon + 60]]), '#d8c8a6');
  c.add(`<path d="${poly(top, false)}" fill="none" stroke="${INK}" stroke-width="3" opacity="0.6"/>`);
  let hatch = '';
  for (let hx = 0; hx < W; hx += 9) {
    const ty = top.reduce((best, p) => (Math.abs(p[0] - hx) < Math.abs(best[0] - hx) ? p : best))[1];
    hatch += `M${hx} ${f(ty + 6)}v${f(r.range(18, 44))}`;
  }
  c.add(`<path d="${hatch}" stroke="${INK}" stroke-width="1.6" opacity="0.3"/>`);
}

/**
 * Diagonal hatching over the ground below the horizon, then a darkened edge like a plate's; both after the ink filter,
 * which would otherwise trace every hatch line twice (and triple the file).
 */
export function archiveFinish(c: Canvas, horizon = c.horizon): void {
  const id = c.id('h');
  c.def(
    `<pattern id="${id}" width="24" height="24" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">` +
      `<path d="M0 12h24" stroke="${INK}" stroke-width="3"/></pattern>`,
  );
  c.overlay.push(`<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="url(#${id})" opacity="0.1"/>`);
  const v = c.radial(
    [
      [0, INK, 0],
      [0.7, INK, 0],
      [1, INK, 0.32],
    ],
    W / 2,
    H / 2,
    1450,
  );
  c.overlay.push(`<rect width="${W}" height="${H}" fill="${v}"/>`);
}
