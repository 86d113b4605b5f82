import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

/**
 * The originals are offered for download as they are, so they must not carry location or camera data: no
 * EXIF (GPS lives there), XMP or IPTC. The illustrations are rendered without any; this keeps it that way
 * for every file added later, photographs included.
 */
const dir = path.resolve(import.meta.dirname, '../../public/photos');
const files = readdirSync(dir).filter((f) => /\.(jpe?g|png|webp)$/i.test(f));

describe('public/photos carry no metadata', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });
  it.each(files)('%s has no EXIF, XMP or IPTC', async (file) => {
    const meta = await sharp(path.join(dir, file)).metadata();
    expect(meta.exif, 'EXIF').toBeUndefined();
    expect(meta.xmp, 'XMP').toBeUndefined();
    expect(meta.iptc, 'IPTC').toBeUndefined();
  });
  it('the check sees metadata when it is there', async () => {
    const tagged = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'test' } })
      .toBuffer();
    expect((await sharp(tagged).metadata()).exif).toBeDefined();
  });
});
