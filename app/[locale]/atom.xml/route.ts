import { getSite } from '@/lib/content';
import { buildFeed } from '@/lib/feeds';
import { localeFile, localeStaticParams } from '@/lib/i18n/locale-file';

/** Atom 1.0 feed of one locale (lib/feeds), written once at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;
export const GET = localeFile('application/atom+xml; charset=utf-8', async (locale) => buildFeed(await getSite(), locale).atom1());
