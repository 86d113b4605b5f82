import 'server-only';
import { getArticle, getArticles, listFigures, listTerms } from '../content';
import type { SectionId } from '../routes';
import type { Locale } from '../i18n/routing';
import { figureRows, figuresCsv, figuresJson } from './figures';
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
