/*
 * Illustration generator for "Green Mines of Zhungeer · 准格尔旗绿色矿山".
 *
 * The site has no real photographs, so every picture is drawn here in code:
 * each scene (scenes/*.ts) builds an SVG from shared primitives (palette.ts,
 * primitives/*) and sharp renders it to public/photos/{id}.jpg at 2400×1500,
 * mozjpeg quality 82, with no metadata (withMetadata is never called).
 * Randomness comes from a mulberry32 PRNG seeded by the photo id, so a re-run
 * produces byte-identical files (generate.test.ts checks the SVG text). To re-run
 * from the repo root (Node ≥ 20, the repo's tsx and sharp):
 *     npx tsx lib/illustrations/generate.ts                    # all 19 images
 *     npx tsx lib/illustrations/generate.ts xuxu-solar-park    # just one or a few ids
 *     npx tsx lib/illustrations/contact.ts /tmp/contact.png    # contact sheet for review
 *     npx tsx lib/illustrations/contact.ts /tmp/pairs.png --pairs   # the before/after pairs side by side
 * Add --svg to also write the intermediate SVGs to /tmp/illustrations/.
 * The captions, alt text and credits for these images live in content/photos.json.
 */
import sharp from 'sharp';
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { makeRng, seedFrom } from './palette';
import { Canvas } from './svg';
import { SCENES, SEED_OF, ARCHIVE, isSceneId } from './scenes/index';
import { archiveFinish } from './primitives/archive';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'public/photos');

/** Build the SVG text of one scene. */
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

/** Render one scene to a JPEG buffer. */
export async function renderJpeg(id: string): Promise<Buffer> {
  return sharp(Buffer.from(renderSvg(id)), { density: 72 })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keepSvg = args.includes('--svg');
  const ids = args.filter((a) => !a.startsWith('--'));
  const list = ids.length ? ids : Object.keys(SCENES);
  await mkdir(OUT, { recursive: true });
  if (keepSvg) await mkdir('/tmp/illustrations', { recursive: true });
  for (const id of list) {
    if (keepSvg) await writeFile(`/tmp/illustrations/${id}.svg`, renderSvg(id));
    const buf = await renderJpeg(id);
    const file = path.join(OUT, `${id}.jpg`);
    await writeFile(file, buf);
    const { size } = await stat(file);
    console.log(`${String(size).padStart(8)}  public/photos/${id}.jpg`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
