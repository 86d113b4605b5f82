import type { Locale } from '../i18n/routing';

/** A download size for people, in the reader's language: "174 KB", "1.2 MB" (decimal units, as OSes show). */
export function formatBytes(bytes: number, locale: Locale): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`formatBytes: expected a size in bytes, got ${bytes}`);
  const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
  if (bytes < 1000) return `${new Intl.NumberFormat(tag).format(bytes)} B`;
  if (bytes < 1_000_000) return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(bytes / 1000)} KB`;
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}

/** The file format as people name it ("JPEG"), from a photo's media type (lib/content reads it from the file). */
export function mediaLabel(mediaType: string): string {
  return ({ 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' } as Record<string, string>)[mediaType] ?? mediaType;
}

/** The latest of some ISO dates (YYYY-MM-DD sort as text): the brief's "updated" date is its newest article's. */
export function latestDate(dates: string[]): string {
  if (dates.length === 0) throw new Error('latestDate: no dates');
  return dates.reduce((a, b) => (b > a ? b : a));
}
