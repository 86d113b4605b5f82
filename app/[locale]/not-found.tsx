import { getLocale, getTranslations } from 'next-intl/server';
import { sectionIds } from '@/lib/content/sections';
import { isLocale } from '@/lib/i18n/routing';

export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : 'zh';
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: 'errors' }), getTranslations({ locale, namespace: 'common' })]);
  return (
    <div className="mx-auto max-w-2xl px-4 py-24 sm:px-6">
      <p className="font-semibold text-ochre tabular-nums">404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-4 text-lg text-muted">{t('notFoundBody')}</p>
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
