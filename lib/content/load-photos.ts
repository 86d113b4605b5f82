import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { ContentError } from './errors';
import { readJson, unique } from './read';
import { photosFile } from './schema';
import type { Photo } from './site-types';
import { validate } from './validate';

/** content/photos.json: every picture, its file read by sharp (size, type, placeholder), credits and metadata checked. */
export async function loadPhotos(root: string, publicDir: string): Promise<Photo[]> {
  const { data, source, file } = readJson(root, 'photos.json');
  const entries = validate(photosFile, data, file, source).photos;
  unique(entries, file, 'photo', source, 'photos');
  const lineOf = (i: number, key: string) => source.lineOf(['photos', i, key]);
  return Promise.all(
    entries.map(async (entry, i) => {
      const where = `photos[${i}] "${entry.id}"`;
      if (!entry.credit)
        throw new ContentError(file, `${where} › credit`, `is missing: every ${entry.kind} needs a credit`, lineOf(i, 'credit'));
      if (entry.kind === 'illustration') {
        if (!/示意图/.test(entry.caption.zh) || !/illustration/i.test(entry.caption.en))
          throw new ContentError(
            file,
            `${where} › caption`,
            'an illustration must say so in its caption (示意图 / illustration)',
            lineOf(i, 'caption'),
          );
        if (/自然资源局|Natural Resources Bureau/i.test(`${entry.credit.zh} ${entry.credit.en}`))
          throw new ContentError(
            file,
            `${where} › credit`,
            'illustrations are the site’s own and are never credited to the bureau',
            lineOf(i, 'credit'),
          );
      }
      const full = path.join(publicDir, entry.file);
      const fileError = (problem: string) => new ContentError(file, `${where} › file`, problem, lineOf(i, 'file'));
      if (!existsSync(full)) throw fileError(`public/${entry.file} does not exist`);
      const image = sharp(full);
      let meta: Awaited<ReturnType<typeof image.metadata>>;
      let blur: Buffer;
      try {
        meta = await image.metadata();
        if (!meta.width || !meta.height) throw new Error('no size');
        blur = await image
          .resize(16, Math.max(1, Math.round((16 * meta.height) / meta.width)))
          .webp({ quality: 40 })
          .toBuffer();
      } catch {
        throw fileError(`public/${entry.file} is not a readable image`);
      }
      if (meta.width! < 1600) throw fileError(`is ${meta.width} px wide; at least 1600 px is needed`);
      // The original is offered for download as is: EXIF can carry GPS position and camera serials.
      if (meta.exif || meta.xmp || meta.iptc)
        throw fileError('carries EXIF/XMP/IPTC metadata (it may hold a location): strip it before publishing');
      return {
        ...entry,
        src: `/${entry.file}`,
        width: meta.width!,
        height: meta.height!,
        bytes: meta.size ?? readFileSync(full).length,
        mediaType:
          mediaTypes[meta.format as keyof typeof mediaTypes] ??
          fail(fileError(`public/${entry.file} is ${meta.format}, not JPEG, PNG or WebP`)),
        blurDataURL: `data:image/webp;base64,${blur.toString('base64')}`,
        usedIn: [],
      };
    }),
  );
}

const mediaTypes = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;
function fail(e: Error): never {
  throw e;
}
