import { defaultLocale, isLocale, type Locale } from './routing';

/**
 * Picks a site locale from an Accept-Language header (RFC 9110 §12.5.4). Any `zh*` range maps to `zh`, any
 * `en*` to `en`; unparseable input falls back to the default rather than failing, since the header is
 * client-controlled.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header || header.length > 1000) return defaultLocale;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of header.split(',').slice(0, 50)) {
    const [rangeRaw, ...params] = part.trim().split(';');
    const range = (rangeRaw ?? '').trim().toLowerCase();
    let q = 1;
    for (const p of params) {
      if (!/^\s*q\s*=/i.test(p)) continue;
      // RFC 9110 qvalue: 0–1 with at most three decimals; anything else makes the range invalid, so skip it.
      const m = /^\s*q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)\s*$/i.exec(p);
      q = m ? Number(m[1]) : NaN;
    }
    if (!(q > 0)) continue;
    const primary = range.split('-')[0];
    const locale = primary === '*' ? defaultLocale : primary;
    if (!isLocale(locale)) continue;
    if (!best || q > best.q) best = { locale, q };
  }
  return best?.locale ?? defaultLocale;
}
