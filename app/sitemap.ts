import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/config';
import { getSite } from '@/lib/content';
import { sitePages } from '@/lib/content/paths';
import { routing } from '@/lib/i18n/routing';
import { languageAlternates } from '@/lib/metadata';

/** Every page of both locales, each with its hreflang alternates (lib/content/paths lists the pages). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = sitePages(await getSite());
  return routing.locales.flatMap((locale) =>
    pages.map((page) => ({
      url: absoluteUrl(page.href(locale)),
      lastModified: page.lastModified,
      alternates: {
        languages: languageAlternates(page.href, absoluteUrl),
      },
    })),
  );
}
