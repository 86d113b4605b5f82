import { getTranslations } from 'next-intl/server';
import { langTag, otherLocale, type Locale } from '@/lib/i18n/routing';
import { siteLinks } from '@/lib/site-links';
import { SearchForm } from '../search/SearchForm';
import { StaticHtml } from '../static/StaticHtml';
import { href } from '@/lib/routes';

/**
 * What a reader sees at an address that does not exist under /zh or /en: in that language, with the site header and
 * footer around it (the locale layout), a search form that works without JavaScript, the way into every section,
 * and one line in the other language. Rendered by app/[locale]/not-found.tsx (notFound() inside a locale) and by
 * the prerendered app/[locale]/page-not-found, which the proxy sends with status 404 for unknown paths.
 * Static HTML (StaticHtml): the locale layout's not-found boundary rides in the RSC payload of every page, and
 * this way it is a hash there, not the whole view.
 */
export function NotFoundView({ locale }: { locale: Locale }) {
  return (
    <StaticHtml className="mx-auto max-w-2xl px-4 py-16 sm:px-6 sm:py-24" data-not-found>
      <NotFoundBody locale={locale} />
    </StaticHtml>
  );
}

async function NotFoundBody({ locale }: { locale: Locale }) {
  const other = otherLocale(locale);
  const [t, tc, tOther] = await Promise.all([
    getTranslations({ locale, namespace: 'errors' }),
    getTranslations({ locale, namespace: 'common' }),
    getTranslations({ locale: other, namespace: 'errors' }),
  ]);
  // Search has its own form above.
  const links = (await siteLinks(locale)).filter((link) => link.id !== 'search');
  return (
    <>
      <p className="font-semibold text-ochre tabular-nums">404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold text-balance">{t('notFoundTitle')}</h1>
      <p className="mt-4 text-lg text-muted">{t('notFoundBody')}</p>
      <SearchForm
        locale={locale}
        id="notfound-q"
        placeholder="label"
        className="mt-8 flex gap-2"
        inputClassName="h-11 min-w-0 flex-1 rounded-full border border-rule bg-paper-2 px-4 placeholder:text-muted focus:border-accent"
        button="h-11 shrink-0 rounded-full bg-accent px-5 font-semibold text-accent-ink"
      />
      <nav aria-label={tc('nav.label')} className="mt-10">
        <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
          <li>
            <a href={href.home(locale)} className="link inline-flex min-h-11 items-center">
              {t('home')}
            </a>
          </li>
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="link inline-flex min-h-11 items-center">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p lang={langTag[other]} className="mt-10 border-t border-rule pt-6 text-muted">
        {tOther('crossLead')}{' '}
        <a href={href.home(other)} hrefLang={langTag[other]} className="link">
          {tOther('crossLink')}
        </a>
      </p>
    </>
  );
}
