/*
 * Illustration generator for "Green Mines of Zhungeer · 准格尔旗绿色矿山".
 *
 * The site has no real photographs, so every picture is drawn here in code:
 * each scene (scenes/*.ts) builds an SVG from shared primitives (palette.ts,
 * primitives/*) and sharp renders it to public/photos/{id}.jpg at 2400×1500,
 * mozjpeg quality 82, with no metadata (withMetadata is never called).
 * Randomness comes from a mulberry32 PRNG seeded by the photo id, so a re-run
 * produces byte-identical files (generate.test.ts checks the SVG text). Each run records the SVG's and the file's
 * SHA-256 in illustrations.lock.json, and lock.test.ts fails on a scene whose drawing moved on without its file. To re-run
 * from the repo root (Node ≥ 20, the repo's tsx and sharp):
 *     npx tsx lib/illustrations/generate.ts                    # all 21 images
 *     npx tsx lib/illustrations/generate.ts xuxu-solar-park    # just one or a few ids
 *     npx tsx lib/illustrations/contact.ts /tmp/contact.png    # contact sheet for review
 *     npx tsx lib/illustrations/contact.ts /tmp/pairs.png --pairs   # the before/after pairs side by side
 * Add --svg to also write the intermediate SVGs to /tmp/illustrations/.
 * The captions, alt text and credits for these images live in content/photos.json.
 */
import sharp from 'sharp';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { SCENES } from './scenes/index';
import { renderSvg } from './render';
import { lockFile, outputFile, sha256, updateLock, type Lock } from './lock';

export { renderSvg };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'public/photos');

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
  const written: Lock = {};
  for (const id of list) {
    const svg = renderSvg(id);
    if (keepSvg) await writeFile(`/tmp/illustrations/${id}.svg`, svg);
    const buf = await renderJpeg(id);
    const file = outputFile(id);
    await writeFile(path.join(ROOT, file), buf);
    written[id] = { svg: sha256(svg), file, sha256: sha256(buf) };
    console.log(`${String(buf.length).padStart(8)}  ${file}`);
  }
  const lockPath = path.join(ROOT, lockFile);
  const old = existsSync(lockPath) ? (JSON.parse(await readFile(lockPath, 'utf8')) as Lock) : {};
  await writeFile(lockPath, `${JSON.stringify(updateLock(old, Object.keys(SCENES), written), null, 2)}\n`);
  console.log(`updated ${lockFile}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
