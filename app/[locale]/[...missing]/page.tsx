import { notFound } from 'next/navigation';

/**
 * Any other path under /zh or /en (deeper than a section) is a 404 answered inside the locale layout, so the
 * reader keeps the site header, search and the path's language (app/[locale]/not-found.tsx).
 */
export default function MissingPage(): never {
  notFound();
}
