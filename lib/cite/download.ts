import 'server-only';
import { getArticle, isSectionId, sectionIds } from '../content';
import { isLocale, locales } from '../i18n/routing';
import { articleSource } from './article';
import { citeMediaType } from './file-types';
import { bibtex, ris } from './index';
import { siteRomanizer } from './romanize';

/** The downloadable reference files, one per article, language and format, prerendered at build time. */
const kinds = {
  bib: { type: `${citeMediaType.bib}; charset=utf-8`, write: bibtex },
  ris: { type: `${citeMediaType.ris}; charset=utf-8`, write: ris },
} as const;

export function citeFileParams() {
  return locales.flatMap((locale) => sectionIds.map((section) => ({ locale, section })));
}

export async function citeFile(kind: keyof typeof kinds, params: Promise<{ locale: string; section: string }>): Promise<Response> {
  const { locale, section } = await params;
  if (!isLocale(locale) || !isSectionId(section)) return new Response('Not found', { status: 404 });
  const article = await getArticle(locale, section);
  // No access date in a file made at build time (see lib/cite): reference managers record their own.
  const english = locale === 'zh' ? await getArticle('en', section) : undefined;
  const body = kinds[kind].write(articleSource(article, undefined, english, await siteRomanizer())) + '\n';
  return new Response(body, {
    headers: {
      'content-type': kinds[kind].type,
      'content-disposition': `attachment; filename="zhungeer-${section}-${locale}.${kind}"`,
    },
  });
}
