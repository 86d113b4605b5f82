import 'server-only';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { previewPhoto, type PreviewPage } from '../content';
import { isLocale, locales } from '../i18n/routing';
import { renderOgCard } from './card';

type Namespace = 'gallery' | 'glossary' | 'search' | 'press';
type Props = { params: Promise<{ locale: string }> };

/** Params for a card that depends only on the locale: listing them makes Next.js render the PNGs at build time. */
export function localeParams() {
  return locales.map((locale) => ({ locale }));
}

/**
 * The `opengraph-image.tsx` default export for a page whose card is a kicker and a title from its messages,
 * with the illustration content/previews.json names for it. Nested pages without their own card share it.
 */
export function localeCard(namespace: Namespace, keys: { kicker: string; title: string }, page: PreviewPage) {
  return async function Image({ params }: Props) {
    const { locale } = await params;
    if (!isLocale(locale)) notFound();
    const t = (await getTranslations({ locale, namespace })) as unknown as (key: string) => string;
    const photo = await previewPhoto(page);
    return renderOgCard({ locale, kicker: t(keys.kicker), title: t(keys.title), photo: photo.file, photoKind: photo.kind });
  };
}
