import { localeFile, localeStaticParams } from '@/lib/i18n/locale-file';
import { getSiteSearch } from '@/lib/search/site-index';

/**
 * The prebuilt search index of one locale, for instant results in the browser (components/search). A static
 * file: generated at build time, never per request. The page asks for it with ?v=<hash>, so a new build's
 * index is a new URL.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;
export const GET = localeFile('application/json; charset=utf-8', async (locale) =>
  JSON.stringify((await getSiteSearch(locale)).data.index),
);
