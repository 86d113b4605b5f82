import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/config';
import { getSite } from '@/lib/content';
import { sitePages } from '@/lib/content/paths';
import { langTag, locales } from '@/lib/i18n/routing';

/** Every page of both locales, each with its hreflang alternates (lib/content/paths lists the pages). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = sitePages(await getSite());
  return locales.flatMap((locale) =>
    pages.map((page) => ({
      url: absoluteUrl(`/${locale}${page.path}`),
      lastModified: page.lastModified,
      alternates: {
        languages: {
          ...Object.fromEntries(locales.map((l) => [langTag[l], absoluteUrl(`/${l}${page.path}`)])),
          'x-default': absoluteUrl(`/zh${page.path}`),
        },
      },
    })),
  );
}
