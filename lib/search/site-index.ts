import 'server-only';
import type { Locale } from '@/lib/i18n/routing';
import { loadIndex, type SearchIndex } from './index';
import type { SiteSearchData } from './site-docs';

/**
 * The prebuilt index of one locale (lib/search/generated: build output written by `npm run search:index`, which
 * prebuild runs before every build). Imported, not read from disk: the bundler ships it with the server, so `next start` and a
 * standalone build both have it. Loaded once per process, on the first search in that locale.
 */
const loaders: Record<Locale, () => Promise<{ default: unknown }>> = {
  zh: () => import('./generated/zh.json'),
  en: () => import('./generated/en.json'),
};

const cache = new Map<Locale, Promise<{ data: SiteSearchData; index: SearchIndex }>>();

export function getSiteSearch(locale: Locale): Promise<{ data: SiteSearchData; index: SearchIndex }> {
  let hit = cache.get(locale);
  if (!hit) {
    hit = loaders[locale]().then((m) => {
      const data = m.default as SiteSearchData;
      return { data, index: loadIndex(data.index) };
    });
    // A failed load must not poison the process: forget it so the next request tries again.
    hit.catch(() => cache.delete(locale));
    cache.set(locale, hit);
  }
  return hit;
}
