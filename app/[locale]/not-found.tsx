import { getLocale, getTranslations } from 'next-intl/server';
import { sectionIds } from '@/lib/content/sections';
import { isLocale } from '@/lib/i18n/routing';

/** 404 inside a locale: the site header (from the layout), a search form and the way back, in the path's language. */
export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : 'zh';
  const [t, tc, ts] = await Promise.all([
    getTranslations({ locale, namespace: 'errors' }),
    getTranslations({ locale, namespace: 'common' }),
    getTranslations({ locale, namespace: 'search' }),
  ]);
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6 sm:py-24">
      <p className="font-semibold text-ochre tabular-nums">404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-4 text-lg text-muted">{t('notFoundBody')}</p>
      <form role="search" action={`/${locale}/search`} method="get" aria-label={ts('headerLabel')} className="mt-8 flex gap-2">
        <label htmlFor="notfound-q" className="sr-only">
          {ts('label')}
        </label>
        <input
          id="notfound-q"
          name="q"
          type="search"
          enterKeyHint="search"
          className="h-11 min-w-0 flex-1 rounded-full border border-rule bg-paper-2 px-4 focus:border-accent"
        />
        <button type="submit" className="h-11 rounded-full bg-accent px-5 font-semibold text-accent-ink">
          {ts('submit')}
        </button>
      </form>
      <ul className="mt-8 space-y-2">
        <li>
          <a href={`/${locale}`} className="link">
            {t('home')}
          </a>
        </li>
        {sectionIds.map((id) => (
          <li key={id}>
            <a href={`/${locale}/${id}`} className="link">
              {tc(`sections.${id}`)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
