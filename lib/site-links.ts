import { getTranslations } from 'next-intl/server';
import { sectionIds } from './routes';
import type { Locale } from './i18n/routing';
import { href } from './routes';

export type SiteLink = { id: string; href: string; label: string };

/**
 * The site's main destinations in a locale, in the order every navigation lists them (the header's row and
 * menu, the footer, the 404 page): the three sections, then the gallery, the glossary, search and the press kit.
 */
export async function siteLinks(locale: Locale): Promise<SiteLink[]> {
  const t = await getTranslations({ locale, namespace: 'common' });
  return [
    ...sectionIds.map((id) => ({ id, href: href.article(locale, id), label: t(`sections.${id}`) })),
    ...(['gallery', 'glossary', 'search', 'press'] as const).map((id) => ({ id, href: href[id](locale), label: t(`nav.${id}`) })),
  ];
}
