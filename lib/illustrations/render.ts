import { makeRng, seedFrom } from './palette';
import { Canvas } from './svg';
import { SCENES, SEED_OF, ARCHIVE, isSceneId } from './scenes/index';
import { archiveFinish } from './primitives/archive';

/** Build the SVG text of one scene (no raster work here: generate.ts hands the text to sharp). */
export function renderSvg(id: string): string {
  if (!isSceneId(id)) throw new Error(`unknown scene id: ${id}`);
  // the two halves of a before/after pair share one seed, so their landform is the same
  const seed = SEED_OF[id] ?? id;
  const c = new Canvas(makeRng(seedFrom(seed)), makeRng(seedFrom(`${seed}:detail`)));
  // the imagined "before" halves are drawn in the archive style, so they never pass for the colour scenes
  if (ARCHIVE.has(id)) c.archive = makeRng(seedFrom(`${id}:archive`));
  SCENES[id](c);
  if (c.archive) archiveFinish(c);
  c.grade();
  return c.toString();
}
