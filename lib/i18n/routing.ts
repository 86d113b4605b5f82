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
