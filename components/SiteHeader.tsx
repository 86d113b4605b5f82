import { getTranslations } from 'next-intl/server';
import { sectionIds } from '@/lib/content/sections';
import { langTag, otherLocale, type Locale } from '@/lib/i18n/routing';
import { LanguageSwitch } from './LanguageSwitch.client';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, ts] = await Promise.all([getTranslations({ locale, namespace: 'common' }), getTranslations({ locale, namespace: 'search' })]);
  const other = otherLocale(locale);
  const links = [
    ...sectionIds.map((id) => ({ href: `/${locale}/${id}`, label: t(`sections.${id}`) })),
    { href: `/${locale}/gallery`, label: t('nav.gallery') },
    { href: `/${locale}/glossary`, label: t('nav.glossary') },
    { href: `/${locale}/search`, label: t('nav.search') },
    { href: `/${locale}/press`, label: t('nav.press') },
  ];
  return (
    <header className="border-b border-rule" data-print="hide">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 pt-3 sm:px-6">
        <a href={`/${locale}`} className="font-serif text-lg font-bold tracking-tight sm:text-xl">
          <span className="text-accent" aria-hidden="true">
            ◆{' '}
          </span>
          {t('siteName')}
        </a>
        <div className="flex items-center gap-3">
          {/* A plain GET form, no JavaScript. Desktop only: on phones the top row has no room, and the nav's
              Search link leads to the full search page. */}
          <form role="search" action={`/${locale}/search`} method="get" aria-label={ts('headerLabel')} className="hidden md:block">
            <label htmlFor="header-q" className="sr-only">
              {ts('label')}
            </label>
            <input
              id="header-q"
              name="q"
              type="search"
              placeholder={ts('submit')}
              enterKeyHint="search"
              className="h-10 w-48 rounded-full border border-rule bg-paper-2 px-4 text-sm transition-[width,border-color] placeholder:text-muted focus:w-64 focus:border-accent"
            />
          </form>
          <LanguageSwitch target={other} hrefLang={langTag[other]} label={t('switchLanguageLabel')} text={t('switchLanguage')} />
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="mx-auto max-w-7xl px-4 sm:px-6">
        <ul className="-mx-2 flex gap-1 overflow-x-auto py-2 text-[0.95rem] whitespace-nowrap">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="inline-flex min-h-11 items-center rounded px-2 text-muted hover:text-ink">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
