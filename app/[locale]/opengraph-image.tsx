import { getTranslations } from 'next-intl/server';
import { getHome, previewPhoto } from '@/lib/content';
import { pageLocale } from '@/lib/i18n/page';
import { localeStaticParams } from '@/lib/i18n/locale-file';
import { ogAlt, ogContentType, ogImage, ogSize, type OgCard } from '@/lib/og';

/** The home page's link preview (pages without their own opengraph-image inherit it). */
type Props = { params: Promise<{ locale: string }> };

async function card({ params }: Props): Promise<OgCard> {
  const locale = await pageLocale(params);
  const [home, t, photo] = await Promise.all([getHome(locale), getTranslations({ locale, namespace: 'home' }), previewPhoto('home')]);
  return { locale, kicker: t('kicker'), title: home.title, photo: photo.file, photoKind: photo.kind };
}

// Listing the params here is what makes Next.js render the PNGs at build time rather than on request.
export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export const alt = ogAlt;
export const size = ogSize;
export const contentType = ogContentType;
export default async function Image(props: Props) {
  return ogImage(await card(props));
}
