import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getTranslations } from 'next-intl/server';
import { absoluteUrl } from '../config';
import { getArticle, getArticles, listFigures, listPhotos, listTerms, updatedIn } from '../content';
import { href, type SectionId } from '../routes';
import type { Locale } from '../i18n/routing';
import { figureRows, figuresCsv, figuresJson } from './figures';
import { illustrationsReadme, illustrationsZip, type ReadmeText } from './illustrations';
import { glossaryTbx } from './tbx';
import { articleTmx } from './tmx';

/** The desk's data files as responses, written once at build time by their route handlers (app/…/route.ts). */
async function rows(locale: Locale) {
  const [figures, articles] = await Promise.all([listFigures(), getArticles(locale)]);
  return figureRows(figures, locale, (s) => articles[s]);
}

export const figuresCsvFile = async (locale: Locale) => figuresCsv(await rows(locale));
export const figuresJsonFile = async (locale: Locale) => figuresJson(await rows(locale), locale);

export function tmxRoute(section: SectionId) {
  return async function GET() {
    const [zh, en] = await Promise.all([getArticle('zh', section), getArticle('en', section)]);
    return new Response(articleTmx(section, { zh, en }), {
      headers: {
        'Content-Type': 'application/x-tmx+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="zhungeer-${section}.tmx"`,
      },
    });
  };
}

export async function tbxResponse() {
  return new Response(glossaryTbx(await listTerms()), {
    headers: {
      'Content-Type': 'application/x-tbx+xml; charset=utf-8',
      'Content-Disposition': 'attachment; filename="zhungeer-glossary.tbx"',
    },
  });
}

let archive: Promise<Uint8Array> | undefined;

/**
 * Every illustration the press kit lists as one ZIP (lib/desk/illustrations.ts), built once per process: the press
 * page states its size and `/illustrations.zip` serves it. The files are read from public/, as the manifest names
 * them (lib/content checked each exists); the entries are dated the site's last update. A build that fails is not
 * kept: the caller gets the error and the next call builds again (a file read that failed once may succeed later).
 */
export function illustrationsArchive(): Promise<Uint8Array> {
  archive ??= buildArchive().catch((error: unknown) => {
    archive = undefined;
    throw error;
  });
  return archive;
}

/** The archive's bytes: the photos and texts it names, the README, the ZIP. */
async function buildArchive(): Promise<Uint8Array> {
  const [photos, zh, en, updatedZh, updatedEn] = await Promise.all([
    listPhotos(),
    getTranslations({ locale: 'zh', namespace: 'press.zip' }),
    getTranslations({ locale: 'en', namespace: 'press.zip' }),
    updatedIn('zh'),
    updatedIn('en'),
  ]);
  const words = (t: typeof zh): ReadmeText => ({
    heading: t('readmeHeading'),
    intro: t('readmeIntro', { count: photos.length }),
    from: t('readmeFrom'),
    title: t('readmeTitle'),
    credit: t('readmeCredit'),
    licence: t('readmeLicence'),
  });
  const readme = illustrationsReadme(
    photos,
    { zh: words(zh), en: words(en) },
    { zh: absoluteUrl(href.press('zh')), en: absoluteUrl(href.press('en')) },
  );
  const updated = [updatedZh, updatedEn].sort().at(-1)!;
  const publicDir = path.join(process.cwd(), 'public');
  return illustrationsZip(photos, readme, (p) => readFileSync(path.join(publicDir, p.file)), new Date(`${updated}T12:00:00Z`));
}

export async function illustrationsZipResponse() {
  return new Response(Buffer.from(await illustrationsArchive()), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': 'attachment; filename="zhungeer-illustrations.zip"',
    },
  });
}
