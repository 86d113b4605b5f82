import 'server-only';
import { siteName } from '../config';
import { renderOgCard, type OgCard } from './card';

export { ogContentType, ogSize, renderOgCard, type OgCard } from './card';

/**
 * The preview's alt text. Next.js reads `alt` as a static export of the file (per-page alt text would need
 * generateImageMetadata, which received no params for app/[locale]/[section] while the build collected page data),
 * so it names the site in both languages; the page's own title is og:title right beside it.
 */
export const ogAlt = `${siteName.zh} · ${siteName.en}`;

/**
 * The card for one page. Every page's link preview is one small `opengraph-image.tsx` in its segment:
 *
 * ```tsx
 * // app/[locale]/gallery/opengraph-image.tsx
 * import { ogAlt, ogContentType, ogImage, ogSize, type OgCard } from '@/lib/og';
 * type Props = { params: Promise<{ locale: string }> };
 * async function card({ params }: Props): Promise<OgCard> { … return { locale, kicker, title, photo } }
 * export const dynamicParams = false;
 * export function generateStaticParams() { return locales.map((locale) => ({ locale })); }
 * export const alt = ogAlt;
 * export const size = ogSize;
 * export const contentType = ogContentType;
 * export default async function Image(props: Props) { return ogImage(await card(props)); }
 * ```
 *
 * Next.js then writes og:image, og:image:alt/width/height/type and the twitter:image tags itself, and, since
 * the file lists its params (generateStaticParams + dynamicParams = false), renders the PNG at build time. Placing the file in a segment also overrides the card a parent segment would otherwise lend it.
 */
export function ogImage(card: OgCard) {
  return renderOgCard(card);
}
