import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getArticle, getPhoto, isSectionId, sectionIds } from '@/lib/content';
import { isLocale, locales } from '@/lib/i18n/routing';
import { ogAlt, ogContentType, ogImage, ogSize, type OgCard } from '@/lib/og';

/** An article's link preview: part number and section, the headline, and the article's hero illustration. */
type Props = { params: Promise<{ locale: string; section: string }> };

async function card({ params }: Props): Promise<OgCard> {
  const { locale, section } = await params;
  if (!isLocale(locale) || !isSectionId(section)) notFound();
  const [article, t] = await Promise.all([getArticle(locale, section), getTranslations({ locale, namespace: 'common' })]);
  // The content check refuses an article whose hero is not in content/photos.json.
  const hero = (await getPhoto(article.hero))!;
  const kicker = `${t('sectionNumber', { n: sectionIds.indexOf(section) + 1 })} · ${t(`sections.${section}`)}`;
  return { locale, kicker, title: article.title, photo: hero.file, photoKind: hero.kind };
}

// Listing the params here is what makes Next.js render the PNGs at build time rather than on request.
export const dynamicParams = false;
export function generateStaticParams() {
  return locales.flatMap((locale) => sectionIds.map((section) => ({ locale, section })));
}

export const alt = ogAlt;
export const size = ogSize;
export const contentType = ogContentType;
export default async function Image(props: Props) {
  return ogImage(await card(props));
}
