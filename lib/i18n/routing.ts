import { defineRouting } from 'next-intl/routing';

/** The one list of locales: the proxy, static params, sitemap and language switch all read it. */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh';

export const routing = defineRouting({ locales, defaultLocale, localePrefix: 'always' });

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** BCP 47 tags for `<html lang>`, `hreflang` and `lang` on mixed-language fragments. */
export const langTag: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' };
/** Open Graph locales. */
export const ogLocale: Record<Locale, string> = { zh: 'zh_CN', en: 'en_US' };

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}

/** The locale a path starts with (`/en/press` → `en`), read from `routing`, not from a pattern of its own. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return routing.locales.find((l) => l === first);
}

/** The same path in another locale (`/en/press`, `zh` → `/zh/press`); a path without a locale is returned as is. */
export function pathInLocale(pathname: string, locale: Locale): string {
  const current = localeOfPath(pathname);
  return current ? `/${locale}${pathname.slice(current.length + 1)}` : pathname;
}
