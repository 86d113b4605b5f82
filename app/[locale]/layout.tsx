import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { siteUrl } from '@/lib/config';
import { localeStaticParams } from '@/lib/i18n/locale-file';
import { isLocale, langTag } from '@/lib/i18n/routing';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page';
import { darkColours, lightColours } from '@/lib/design/tokens';
import { feedAlternates } from '@/lib/metadata';
import { displayLatin } from '../fonts';
import '../globals.css';
// The Chinese display face's slices (written by lib/fonts/build.ts at prebuild).
import '@/lib/fonts/generated/display-zh.css';

export const dynamicParams = false;

export const generateStaticParams = localeStaticParams;

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: lightColours.paper },
    { media: '(prefers-color-scheme: dark)', color: darkColours.paper },
  ],
};

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    metadataBase: siteUrl,
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    applicationName: t('siteName'),
    formatDetection: { telephone: false },
    alternates: { types: feedAlternates(locale) },
  };
}

// `modal` is the @modal parallel slot: a photo opened from a link shows there, over the page (see app/[locale]/@modal).
export default async function LocaleLayout({
  children,
  modal,
  params,
}: {
  children: ReactNode;
  modal: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <html lang={langTag[locale]} className={displayLatin.variable}>
      {/* id="top": the target of the back-to-top links. */}
      <body id="top" className="flex min-h-dvh flex-col bg-paper text-ink antialiased">
        <a
          href="#main"
          className="fixed top-2 left-2 z-50 -translate-y-24 rounded bg-accent px-4 py-2 font-semibold text-accent-ink focus:translate-y-0"
          data-print="hide"
        >
          {t('skipToContent')}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="flex-1 overflow-x-clip focus:outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
        {modal}
      </body>
    </html>
  );
}
