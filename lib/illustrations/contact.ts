// Contact sheet of the rendered illustrations (for review only).
// Usage: npx tsx lib/illustrations/contact.ts [/tmp/contact.png] [--pairs]
// --pairs lays out the before/after pairs of content/charts/before-after.json side by side.
import sharp from 'sharp';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SCENES } from './scenes/index';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const pairs = args.includes('--pairs');
  const out = args.find((a) => !a.startsWith('--')) ?? '/tmp/contact.png';
  let ids: string[] = Object.keys(SCENES);
  let cols = 4;
  if (pairs) {
    const json = JSON.parse(await readFile(path.join(ROOT, 'content/charts/before-after.json'), 'utf8')) as {
      pairs: { before: string; after: string }[];
    };
    ids = json.pairs.flatMap((p) => [p.before, p.after]);
    cols = 2;
  }
  const TW = pairs ? 720 : 480;
  const TH = pairs ? 450 : 300;
  const GAP = 12;
  const rows = Math.ceil(ids.length / cols);
  const tiles = await Promise.all(
    ids.map(async (id, i) => ({
      input: await sharp(path.join(ROOT, 'public/photos', `${id}.jpg`))
        .resize(TW, TH)
        .toBuffer(),
      left: GAP + (i % cols) * (TW + GAP),
      top: GAP + Math.floor(i / cols) * (TH + GAP),
    })),
  );
  await sharp({
    create: { width: GAP + cols * (TW + GAP), height: GAP + rows * (TH + GAP), channels: 3, background: '#ffffff' },
  })
    .composite(tiles)
    .png()
    .toFile(out);
  console.log(`wrote ${out}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
