import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadSite } from './site';

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

describe('the content check', () => {
  it('stops the build on an original that carries EXIF, naming the photo', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const tmp = mkdtempSync(path.join(tmpdir(), 'photos-'));
    cpSync(path.join(root, 'public/photos'), path.join(tmp, 'photos'), { recursive: true });
    await sharp(path.join(root, 'public/photos/vineyards.jpg'))
      .withExif({ IFD0: { Copyright: 'test' } })
      .toFile(path.join(tmp, 'photos/vineyards.jpg'));
    await expect(loadSite(path.join(root, 'content'), tmp)).rejects.toThrow(/"vineyards" › file.*EXIF/);
  });
});
