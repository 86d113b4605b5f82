import { getTranslations } from 'next-intl/server';
import { getMap } from '@/lib/content';
import { mapSvg, mapWordKeys, type MapWords } from '@/lib/map/drawing';
import { localeFile, localeStaticParams } from '@/lib/i18n/locale-file';

/**
 * `/{locale}/map.svg`: the locator map as a static SVG file, drawn at build time from content/map and lib/map
 * (lib/map/drawing.ts, a string builder) and shown by an <img> (components/map/LocatorMap.tsx) instead of being inlined
 * in the HTML of the home page and the restoration article. Cached by browsers for an hour like the QR codes
 * (app/qr): its address carries no hash, and a new build may redraw it.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;
export const GET = localeFile(
  'image/svg+xml; charset=utf-8',
  async (locale) => {
    const t = await getTranslations({ locale, namespace: 'story.map' });
    return mapSvg(locale, Object.fromEntries(mapWordKeys.map((key) => [key, t(key)])) as MapWords, await getMap());
  },
  { cacheControl: 'public, max-age=3600, s-maxage=31536000' },
);
