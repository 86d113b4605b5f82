import 'server-only';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from './routing';

/** The props of a page under `app/[locale]` with no other dynamic segment. */
export type LocaleParams = { params: Promise<{ locale: string }> };

/**
 * The locale a page under `app/[locale]` renders in: anything that is not a locale is a 404, and next-intl is
 * told the locale so the page stays static. Every page starts with it.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
