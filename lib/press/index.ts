import type { Locale } from '../i18n/routing';
import { formatNumber } from '../i18n/format';

/** A download size for people, in the reader's language: "174 KB", "1.2 MB" (decimal units, as OSes show). */
export function formatBytes(bytes: number, locale: Locale): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`formatBytes: expected a size in bytes, got ${bytes}`);
  if (bytes < 1000) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, locale)} KB`;
  return `${formatNumber(bytes / 1_000_000, locale, 1)} MB`;
}

/** The file format as people name it ("JPEG"), from a photo's media type (lib/content reads it from the file). */
export function mediaLabel(mediaType: string): string {
  return ({ 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' } as Record<string, string>)[mediaType] ?? mediaType;
}
