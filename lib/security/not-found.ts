import { localeOfPath, type Locale } from '../i18n/routing';

/** The prerendered 404 page of a locale (app/[locale]/page-not-found). */
export function notFoundPage(locale: Locale): string {
  return `/${locale}/page-not-found`;
}

/** Pages under a locale that are rendered on request, so they are not in the build's list of prerendered paths. */
const renderedOnRequest = new Set(['search']);

/**
 * The locale whose 404 page answers this path, or undefined when Next.js should answer it. `prerendered` says
 * whether the build wrote the path. A path under /zh or /en that the build did not write and that no page
 * renders on request has no page: Next.js would send its root not-found, which cannot know the locale.
 */
export function missingInLocale(path: string, prerendered: boolean): Locale | undefined {
  const locale = localeOfPath(path);
  if (!locale) return undefined;
  if (path === notFoundPage(locale)) return locale;
  if (prerendered) return undefined;
  const rest = path.slice(locale.length + 2).replace(/\/$/, '');
  if (rest === '' || renderedOnRequest.has(rest)) return undefined;
  return locale;
}
