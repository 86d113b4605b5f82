import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { siteLinks } from '@/lib/site-links';
import { StaticHtml } from './static/StaticHtml';
import { href } from '@/lib/routes';

/** Static HTML (StaticHtml): React does not hydrate the footer on any page. */
export function SiteFooter({ locale }: { locale: Locale }) {
  return (
    <StaticHtml as="footer" className="mt-24 border-t border-rule bg-paper-2">
      <FooterBody locale={locale} />
    </StaticHtml>
  );
}

async function FooterBody({ locale }: { locale: Locale }) {
  const [t, links] = await Promise.all([getTranslations({ locale, namespace: 'common' }), siteLinks(locale)]);
  return (
    <div className="mx-auto grid max-w-7xl gap-8 px-4 py-12 text-sm text-muted sm:px-6 md:grid-cols-[2fr_1fr]">
      <div className="space-y-2">
        <p className="font-serif text-lg font-bold text-ink">{t('siteName')}</p>
        <p>{t('footer.about')}</p>
        <p>{t('footer.illustrations')}</p>
        <p>{t('footer.license')}</p>
      </div>
      <nav aria-label={t('footer.nav')} data-print="hide">
        <ul className="space-y-1">
          {links.map((link) => (
            <li key={link.id}>
              <a href={link.href} className="inline-flex min-h-8 items-center hover:text-ink">
                {link.label}
              </a>
            </li>
          ))}
          <li className="pt-3">
            <a href="#top" className="inline-flex min-h-8 items-center hover:text-ink">
              ↑ {t('backToTop')}
            </a>
          </li>
          <li>
            <a href={href.about(locale)} className="inline-flex min-h-8 items-center hover:text-ink">
              {t('footer.aboutLink')}
            </a>
          </li>
          <li>
            <a href={href.corrections(locale)} className="inline-flex min-h-8 items-center hover:text-ink">
              {t('footer.corrections')}
            </a>
          </li>
        </ul>
      </nav>
    </div>
  );
}
