import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageLocale } from '../i18n/page';
import { isLocale, locales, type Locale } from '../i18n/routing';
import { getArticle, type Article } from './index';
import { isSectionId, sectionIds, type SectionId } from './sections';

/** The props of a page under `app/[locale]/[section]` (the article and its parallel view). */
export type SectionParams = { params: Promise<{ locale: string; section: string }> };

/** Every locale × section: the static params of the pages under `app/[locale]/[section]`. */
export function sectionStaticParams() {
  return locales.flatMap((locale) => sectionIds.map((section) => ({ locale, section })));
}

/** The locale and section a page renders: anything else is a 404 (see `pageLocale`). */
export async function pageSection(params: SectionParams['params']): Promise<{ locale: Locale; section: SectionId }> {
  const locale = await pageLocale(params);
  const { section } = await params;
  if (!isSectionId(section)) notFound();
  return { locale, section };
}

/** `generateMetadata` for a page under `app/[locale]/[section]`, made from its article; none for an unknown path. */
export function sectionPageMetadata(build: (article: Article) => Metadata | Promise<Metadata>) {
  return async ({ params }: SectionParams): Promise<Metadata> => {
    const { locale, section } = await params;
    return isLocale(locale) && isSectionId(section) ? build(await getArticle(locale, section)) : {};
  };
}
