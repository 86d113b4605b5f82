// Contact sheet of all rendered illustrations (for review only).
// Usage: node lib/illustrations/contact.mjs [/tmp/contact.png]
import sharp from 'sharp';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENES } from './scenes/index.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = process.argv[2] || '/tmp/contact.png';
const ids = Object.keys(SCENES);
const TW = 480;
const TH = 300;
const GAP = 12;
const COLS = 4;
const rows = Math.ceil(ids.length / COLS);
const tiles = await Promise.all(
  ids.map(async (id, i) => ({
    input: await sharp(path.join(ROOT, 'public/photos', `${id}.jpg`))
      .resize(TW, TH)
      .toBuffer(),
    left: GAP + (i % COLS) * (TW + GAP),
    top: GAP + Math.floor(i / COLS) * (TH + GAP),
  })),
);
await sharp({ create: { width: GAP + COLS * (TW + GAP), height: GAP + rows * (TH + GAP), channels: 3, background: '#ffffff' } })
  .composite(tiles)
  .png()
  .toFile(out);
console.log(`wrote ${out}`);
