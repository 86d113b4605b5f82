import 'server-only';
import { getTranslations } from 'next-intl/server';
import { previewPhoto, type PreviewPage } from '../content';
import { pageLocale } from '../i18n/page';
import type { Locale } from '../i18n/routing';
import { renderOgCard } from './card';

/** Message namespaces whose `kicker` and `title` are a listing page's card. */
type CardNamespace = 'gallery' | 'glossary' | 'search';
type CardTexts = { kicker: string; title: string };

/**
 * The `opengraph-image.tsx` default export for a page whose card is a kicker and a title (from `kicker` and `title`
 * in a message namespace, or from `texts`), with the illustration content/previews.json names for it. Nested
 * pages without their own card share it. Its static params are `localeStaticParams` (lib/i18n/locale-file).
 */
export function localeCard(page: PreviewPage, texts: CardNamespace | ((locale: Locale) => Promise<CardTexts>)) {
  return async function Image({ params }: { params: Promise<{ locale: string }> }) {
    const locale = await pageLocale(params);
    const [words, photo] = await Promise.all([cardTexts(locale, texts), previewPhoto(page)]);
    return renderOgCard({ locale, ...words, photo: photo.file, photoKind: photo.kind });
  };
}

async function cardTexts(locale: Locale, texts: CardNamespace | ((locale: Locale) => Promise<CardTexts>)): Promise<CardTexts> {
  if (typeof texts !== 'string') return texts(locale);
  const t = await getTranslations({ locale, namespace: texts });
  return { kicker: t('kicker'), title: t('title') };
}
