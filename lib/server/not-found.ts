import { localeOfPath, type Locale } from '../i18n/routing';
import { href } from '../routes';

/**
 * The locale whose 404 page answers this path, or undefined when Next.js should answer it. `prerendered` says
 * whether the build wrote the path, `onRequest` whether a page renders it on request (both from the build's
 * manifests, lib/server/page-store.ts). A path under /zh or /en that is neither has no page: Next.js would send its
 * root not-found, which cannot know the locale.
 */
export function missingInLocale(path: string, prerendered: boolean, onRequest: boolean): Locale | undefined {
  const locale = localeOfPath(path);
  if (!locale) return undefined;
  if (path === href.notFound(locale)) return locale;
  if (prerendered || onRequest) return undefined;
  if (path.slice(locale.length + 2).replace(/\/$/, '') === '') return undefined;
  return locale;
}
