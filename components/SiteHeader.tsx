import { getTranslations } from 'next-intl/server';
import { sectionIds } from '@/lib/content/sections';
import { langTag, otherLocale, type Locale } from '@/lib/i18n/routing';
import { LanguageSwitch } from './LanguageSwitch.client';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  const other = otherLocale(locale);
  const links = [
    ...sectionIds.map((id) => ({ href: `/${locale}/${id}`, label: t(`sections.${id}`) })),
    { href: `/${locale}/gallery`, label: t('nav.gallery') },
    { href: `/${locale}/glossary`, label: t('nav.glossary') },
    { href: `/${locale}/search`, label: t('nav.search') },
    { href: `/${locale}/press`, label: t('nav.press') },
  ];
  return (
    <header className="border-rule border-b" data-print="hide">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 pt-3 sm:px-6">
        <a href={`/${locale}`} className="font-serif text-lg font-bold tracking-tight sm:text-xl">
          <span className="text-accent" aria-hidden="true">
            ◆{' '}
          </span>
          {t('siteName')}
        </a>
        <LanguageSwitch target={other} hrefLang={langTag[other]} label={t('switchLanguageLabel')} text={t('switchLanguage')} />
      </div>
      <nav aria-label={t('nav.label')} className="mx-auto max-w-7xl px-4 sm:px-6">
        <ul className="-mx-2 flex gap-1 overflow-x-auto py-2 text-[0.95rem] whitespace-nowrap">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="text-muted hover:text-ink inline-flex min-h-11 items-center rounded px-2">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
