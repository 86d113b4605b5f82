/**
 * Every illustration the press kit lists, in one ZIP file (APPNOTE 6.3.x, written by fflate): the original files,
 * byte for byte, in one folder, with a README.txt in Chinese and English naming each file with its title, credit
 * and licence. The JPEGs are stored, not deflated: they are compressed already, and storing keeps the build fast.
 * The archive depends only on its inputs (a fixed modification time, entries in the manifest's order), so the press
 * page, which states its size, and the route that serves it agree even when the build renders them apart.
 */
import { zipSync, type Zippable } from 'fflate';
import { colon, parenthetical } from '../i18n/format';
import type { Locale } from '../i18n/routing';

/** The folder every entry sits in, so unzipping does not scatter 20 files into the reader's downloads. */
export const illustrationsFolder = 'zhungeer-illustrations';
export const readmeName = 'README.txt';

/** What the archive needs of a manifest entry (content/photos.json, as lib/content loads it). */
export interface ArchivedPhoto {
  id: string;
  /** Path under public/, e.g. "photos/goaf-before.jpg". */
  file: string;
  kind: 'photograph' | 'illustration';
  caption: Record<Locale, string>;
  credit?: Record<Locale, string>;
  license: string;
  licenseUrl?: string;
}

/** The README's words in one language (content/messages/{locale}/press.json, `zip`). */
export interface ReadmeText {
  heading: string;
  intro: string;
  from: string;
  title: string;
  credit: string;
  licence: string;
}

/** The name a photo has inside the archive: its file name, without the public/ folders. */
export const archiveName = (photo: Pick<ArchivedPhoto, 'file'>) => photo.file.split('/').at(-1)!;

/**
 * The README: one block per language, Chinese first, each listing every file with its title, credit and licence.
 * `pressUrl` is the press kit's absolute address in each language. UTF-8 with a byte-order mark and CRLF line ends,
 * so Windows tools open the Chinese text right, as the figures CSV does.
 */
export function illustrationsReadme(
  photos: readonly ArchivedPhoto[],
  text: Record<Locale, ReadmeText>,
  pressUrl: Record<Locale, string>,
): string {
  const block = (locale: Locale) => {
    const t = text[locale];
    const lines = [t.heading, '', t.intro, `${colon(t.from, locale)}${pressUrl[locale]}`, ''];
    photos.forEach((photo, i) => {
      if (!photo.credit) throw new Error(`illustrations archive: photo "${photo.id}" has no credit`);
      lines.push(
        `${i + 1}. ${archiveName(photo)}`,
        `   ${colon(t.title, locale)}${photo.caption[locale]}`,
        `   ${colon(t.credit, locale)}${photo.credit[locale]}`,
        `   ${colon(t.licence, locale)}${photo.license}${photo.licenseUrl ? parenthetical(photo.licenseUrl, locale) : ''}`,
        '',
      );
    });
    return lines;
  };
  return `\uFEFF${[...block('zh'), '', ...block('en')].join('\r\n')}`;
}

/**
 * The archive: the README, then each photo's file as `read` returns it, all under `illustrationsFolder`, every entry
 * stamped `modified` (DOS time has no zone: fflate writes the local wall-clock time of that instant).
 */
export function illustrationsZip(
  photos: readonly ArchivedPhoto[],
  readme: string,
  read: (photo: ArchivedPhoto) => Uint8Array,
  modified: Date,
): Uint8Array {
  const entries: Zippable = { [readmeName]: [new TextEncoder().encode(readme), { level: 6 }] };
  for (const photo of photos) {
    const name = archiveName(photo);
    if (name in entries) throw new Error(`illustrations archive: two photos are both named "${name}"`);
    entries[name] = [read(photo), { level: 0 }];
  }
  return zipSync({ [illustrationsFolder]: entries }, { mtime: modified });
}
