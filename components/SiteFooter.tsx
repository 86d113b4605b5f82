import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { sectionIds } from '@/lib/content/sections';
import type { Locale } from '@/lib/i18n/routing';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <footer className="border-rule bg-paper-2 mt-24 border-t">
      <div className="text-muted mx-auto grid max-w-7xl gap-8 px-4 py-12 text-sm sm:px-6 md:grid-cols-[2fr_1fr]">
        <div className="space-y-2">
          <p className="text-ink font-serif text-lg font-bold">{t('siteName')}</p>
          <p>{t('footer.about')}</p>
          <p>{t('footer.illustrations')}</p>
          <p>{t('footer.license')}</p>
        </div>
        <nav aria-label={t('footer.nav')} data-print="hide">
          <ul className="space-y-1">
            {sectionIds.map((id) => (
              <li key={id}>
                <Link href={`/${locale}/${id}`} prefetch={false} className="hover:text-ink inline-flex min-h-8 items-center">
                  {t(`sections.${id}`)}
                </Link>
              </li>
            ))}
            <li>
              <Link href={`/${locale}/glossary`} prefetch={false} className="hover:text-ink inline-flex min-h-8 items-center">
                {t('nav.glossary')}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/press`} prefetch={false} className="hover:text-ink inline-flex min-h-8 items-center">
                {t('nav.press')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
