import { getTranslations } from 'next-intl/server';
import { langTag, otherLocale, type Locale } from '@/lib/i18n/routing';
import { siteLinks } from '@/lib/site-links';
import { Phrases } from './text/Phrases';
import { LanguageSwitch } from './LanguageSwitch.client';
import { SearchForm } from './search/SearchForm';
import { SiteNav } from './SiteNav.client';
import { StaticHtml } from './static/StaticHtml';
import { href } from '@/lib/routes';
import { HEADER_ATTR } from './header-keys';

const icon = 'size-5 fill-none stroke-current stroke-2 [stroke-linecap:round]';
const navLink =
  'inline-flex min-h-11 items-center rounded px-2 text-muted hover:text-ink aria-[current]:text-ink aria-[current]:underline aria-[current]:decoration-accent aria-[current]:decoration-2 aria-[current]:underline-offset-8';
const iconButton = 'inline-flex size-11 shrink-0 items-center justify-center rounded-full text-muted hover:bg-paper-2 hover:text-ink';

/**
 * The site header: one compact row that stays at the top of the screen (sticky), with the site name, search, the
 * language switch and, below 1280 px, a menu button that opens the full navigation (a native <details>
 * disclosure: without JavaScript it is a plain list of links; SiteNav adds focus and Escape). On article pages the
 * row keeps room at its end for the article's own contents button (ArticleView; CSS :has, no script), so no page
 * carries a link to contents it does not have. From 1280 px the navigation sits in the row.
 *
 * Everything but the language switch is static HTML (StaticHtml: not in the RSC payload, not hydrated); SiteNav
 * works on it through the DOM. The first group sits in a `display: contents` wrapper, so its links and form
 * stay items of the row's flex layout.
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  const other = otherLocale(locale);
  return (
    <header className="sticky top-0 z-40 border-b border-rule bg-paper" data-print="hide" {...{ [HEADER_ATTR.header]: '' }}>
      <div className="relative mx-auto flex min-h-14 max-w-7xl items-center gap-1 px-4 sm:gap-3 sm:px-6">
        <StaticHtml className="contents">
          <HeaderBar locale={locale} />
        </StaticHtml>
        <LanguageSwitch
          target={other}
          hrefLang={langTag[other]}
          label={t('switchLanguageLabel')}
          text={t('switchLanguage')}
          className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-full border border-rule px-3 text-sm font-medium hover:border-accent sm:px-4"
        />
        <StaticHtml as="details" className="site-menu xl:hidden" {...{ [HEADER_ATTR.menu]: '' }}>
          <HeaderMenu locale={locale} />
        </StaticHtml>
        <span className="header-contents-slot size-11 shrink-0" aria-hidden="true" />
      </div>
      <SiteNav />
    </header>
  );
}

/** The row's static group: the site name, the navigation from 1280 px and search. */
async function HeaderBar({ locale }: { locale: Locale }) {
  const [t, links] = await Promise.all([getTranslations({ locale, namespace: 'common' }), siteLinks(locale)]);
  return (
    <>
      <a
        href={href.home(locale)}
        className="mr-auto min-w-0 py-1 font-serif text-base leading-tight font-bold tracking-tight sm:text-xl"
        {...{ [HEADER_ATTR.name]: '' }}
      >
        <span className="text-accent" aria-hidden="true">
          ◆{' '}
        </span>
        {/*
         * In Chinese the name wraps only between its phrases (准格尔旗 / 绿色矿山) when the row is narrow. On an
         * article on a phone, where the contents button takes a fourth place in the row, the short form shows
         * instead, on one line; the full name stays the link's text for assistive technology (app/styles/header.css).
         */}
        <span className="site-name-full">
          <Phrases text={t('siteName')} />
        </span>
        <span className="site-name-short" aria-hidden="true">
          {t('siteNameShort')}
        </span>
      </a>
      <nav aria-label={t('nav.label')} className="hidden xl:block" {...{ [HEADER_ATTR.nav]: '' }}>
        <ul className="flex gap-1 text-[0.95rem] whitespace-nowrap">
          {links
            .filter((l) => l.id !== 'search')
            .map((link) => (
              <li key={link.href}>
                <a href={link.href} className={navLink}>
                  {link.label}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      {/* A plain GET form, no JavaScript. From 768 px in the row; on phones a search button leads to the search page. */}
      <SearchForm
        locale={locale}
        id="header-q"
        placeholder="submit"
        className="hidden md:block"
        inputClassName="h-10 w-40 rounded-full border border-rule bg-paper-2 px-4 text-sm transition-[width,border-color] placeholder:text-muted focus:w-56 focus:border-accent"
      />
      <a href={href.search(locale)} className={`${iconButton} md:hidden`} aria-label={t('nav.search')}>
        <svg viewBox="0 0 24 24" className={icon} aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="6" />
          <path d="m15 15 5 5" />
        </svg>
      </a>
    </>
  );
}

/** The menu below 1280 px: its button and the full navigation. */
async function HeaderMenu({ locale }: { locale: Locale }) {
  const [t, links] = await Promise.all([getTranslations({ locale, namespace: 'common' }), siteLinks(locale)]);
  return (
    <>
      <summary className={`${iconButton} cursor-pointer list-none sm:w-auto sm:gap-2 sm:px-3`}>
        <svg viewBox="0 0 24 24" className={icon} aria-hidden="true">
          <path d="M4 7h16M4 12h16M4 17h16" />
        </svg>
        <span className="sr-only text-sm sm:not-sr-only">{t('nav.menu')}</span>
      </summary>
      <div className="absolute inset-x-0 top-full max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-b border-rule bg-paper px-4 pt-2 pb-6 shadow-lg sm:px-6">
        <nav aria-label={t('nav.label')} {...{ [HEADER_ATTR.nav]: '' }}>
          <ul className="grid gap-x-6 text-lg sm:grid-cols-2">
            {links.map((link) => (
              <li key={link.href} className="border-b border-rule">
                <a href={link.href} className={`${navLink} w-full px-0`}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </>
  );
}
