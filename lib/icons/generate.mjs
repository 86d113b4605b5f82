/**
 * `node lib/icons/generate.mjs`: writes the site icons from lib/icons/mark.mjs. Output is committed; rerun
 * after changing the mark. Deterministic (same input → same bytes).
 *
 *   app/icon.svg            favicon for modern browsers (Next adds <link rel="icon" type="image/svg+xml">)
 *   app/favicon.ico         16/32/48 px for everything else (/favicon.ico is requested without a link)
 *   app/apple-icon.png      180 px, opaque, for iOS home screens
 *   public/icons/*.png      192 and 512 px (and a maskable 512) for the web app manifest
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { markSvg } from './mark.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const png = (svg, size) =>
  sharp(Buffer.from(svg), { density: 72 * (size / 512) * 2 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();

/** ICO container holding PNG images (supported by every browser since IE Vista-era; 6-byte header + 16-byte entries). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2); // no palette
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

const out = (rel, data) => {
  writeFileSync(path.join(root, rel), data);
  console.log(`${rel}: ${data.length} bytes`);
};

out('app/icon.svg', markSvg());
out('app/favicon.ico', ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(markSvg(), size) })))));
out('app/apple-icon.png', await png(markSvg({ inset: 0.08, rounded: false }), 180));
out('public/icons/icon-192.png', await png(markSvg(), 192));
out('public/icons/icon-512.png', await png(markSvg(), 512));
out('public/icons/icon-maskable-512.png', await png(markSvg({ inset: 0.1, rounded: false }), 512));
