import { getLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/errors/NotFoundView';
import { defaultLocale, isLocale } from '@/lib/i18n/routing';

/** notFound() inside a locale (a page whose content is missing): the 404 in the path's language, inside the layout. */
export default async function LocaleNotFound() {
  const requested = await getLocale();
  return <NotFoundView locale={isLocale(requested) ? requested : defaultLocale} />;
}
