import 'server-only';
import { notFound } from 'next/navigation';
import { pageLocale } from '../i18n/page';
import { isLocale, locales, type Locale } from '../i18n/routing';
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

/** The same for `generateMetadata`, which answers an unknown path with no metadata rather than a 404. */
export async function metadataSection(params: SectionParams['params']): Promise<{ locale: Locale; section: SectionId } | undefined> {
  const { locale, section } = await params;
  return isLocale(locale) && isSectionId(section) ? { locale, section } : undefined;
}
