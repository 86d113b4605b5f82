import { getTranslations } from 'next-intl/server';
import { AboutSource } from '@/components/about/AboutSource';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { DeskFiles } from '@/components/press/DeskFiles';
import { FiguresTable } from '@/components/press/FiguresTable';
import { PhotoDownloads } from '@/components/press/PhotoDownloads';
import { SiteCitation } from '@/components/press/SiteCitation';
import { SiteCoins } from '@/components/cite/Coins';
import { SharePanel } from '@/components/share/SharePanel';
import { StaticHtml } from '@/components/static/StaticHtml';
import { absoluteUrl, siteName } from '@/lib/config';
import { getHome, listArticles, listFigures, listPhotos, updatedIn } from '@/lib/content';
import { localeStaticParams } from '@/lib/i18n/locale-file';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page';
import { localePageMetadata } from '@/lib/metadata';
import { TitledSection } from '@/components/TitledSection';
import { href } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export const generateMetadata = localePageMetadata(href.press, 'press');

export default async function PressPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const [t, ta, figures, photos, articles, home, updated] = await Promise.all([
    getTranslations({ locale, namespace: 'press' }),
    getTranslations({ locale, namespace: 'about.source' }),
    listFigures(),
    listPhotos(),
    listArticles(locale),
    getHome(locale),
    updatedIn(locale),
  ]);
  const citeSource = {
    locale,
    siteName: siteName[locale],
    title: home.title,
    ...(home.titleSentenceCase && home.titleHeadlineCase
      ? { titleForms: { sentence: home.titleSentenceCase, headline: home.titleHeadlineCase } }
      : {}),
    url: absoluteUrl(href.home(locale)),
    published: articles.map((a) => a.published).sort()[0]!,
    updated,
    // No access date: the page is built ahead of time and cannot know when it is read, so the citations show the
    // marked blank ([date accessed] / [引用日期]) that the note below explains, as everywhere else on the site.
  };
  const h2 = 'font-serif text-3xl font-bold';
  return (
    <>
      {/* StaticHtml: everything but the share panel has no client component; sent once as HTML, not again in the RSC
          payload (about 69 KiB less on this page). */}
      <StaticHtml className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
        <Breadcrumbs locale={locale} items={[{ href: href.press(locale), name: t('title') }]} />
        <SiteCoins locale={locale} title={t('title')} url={href.press(locale)} />
        <header className="max-w-3xl pt-10 sm:pt-14">
          <p className="text-sm font-semibold tracking-widest text-ochre uppercase">{t('kicker')}</p>
          <h1 className="mt-3 font-serif text-display font-bold text-balance">{t('title')}</h1>
          <p className="mt-5 text-xl leading-relaxed text-pretty text-muted">{t('intro')}</p>
        </header>

        {/* In-page navigation: the kit is long, and a journalist usually wants one part of it. */}
        <nav aria-labelledby="press-nav-title" className="mt-8" data-testid="press-nav">
          <p id="press-nav-title" className="text-sm font-semibold tracking-widest text-muted uppercase">
            {t('onThisPage')}
          </p>
          <ul className="mt-2 flex flex-wrap gap-x-2 gap-y-1">
            {[
              ['brief-link-title', t('briefLink.title')],
              ['figures-title', t('figures.title')],
              ['photos-title', t('photos.title')],
              ['cite-title', t('cite.title')],
              ['source', ta('title')],
              ['contact-title', t('contact.title')],
            ].map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`} className="link inline-flex min-h-11 items-center rounded-full px-3 hover:bg-paper-2">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <aside
          className="mt-10 flex flex-col gap-4 rounded-md border-l-4 border-accent bg-paper-2 p-6 sm:flex-row sm:items-center sm:justify-between sm:p-8"
          aria-labelledby="brief-link-title"
        >
          <div className="max-w-2xl">
            <h2 id="brief-link-title" className="font-serif text-2xl font-bold">
              {t('briefLink.title')}
            </h2>
            <p className="mt-1 leading-relaxed text-muted">{t('briefLink.body')}</p>
          </div>
          <a
            href={href.brief(locale)}
            className="inline-flex min-h-11 shrink-0 items-center self-start rounded-full bg-accent px-6 font-semibold text-accent-ink hover:opacity-90 sm:self-auto"
            data-testid="brief-link"
          >
            {t('briefLink.action')} →
          </a>
        </aside>

        <TitledSection titleId="figures-title" title={t('figures.title')} headingClassName={h2} className="mt-20">
          <p className="mt-2 max-w-3xl text-muted">{t('figures.note')}</p>
          <FiguresTable figures={figures} locale={locale} />
        </TitledSection>

        <TitledSection titleId="desk-title" title={t('desk.title')} headingClassName={h2} className="mt-20">
          <DeskFiles locale={locale} />
        </TitledSection>

        <TitledSection titleId="photos-title" title={t('photos.title')} headingClassName={h2} className="mt-20">
          <p className="mt-2 max-w-3xl text-muted">{t('photos.note')}</p>
          <PhotoDownloads photos={photos} locale={locale} />
        </TitledSection>

        <div className="mt-20 grid gap-16 lg:grid-cols-2">
          <TitledSection titleId="cite-title" title={t('cite.title')} headingClassName={h2}>
            <SiteCitation source={citeSource} locale={locale} />
          </TitledSection>
          <AboutSource locale={locale} headingClassName={h2}>
            <p>{t('sources.illustrations')}</p>
            <p className="text-muted">{t('sources.checking')}</p>
          </AboutSource>
        </div>

        {/* The site has no press office and publishes no address: say so, rather than print a placeholder, and say
            what a journalist can do instead (quote under the licence; read the corrections log). */}
        <TitledSection
          titleId="contact-title"
          title={t('contact.title')}
          headingClassName={h2}
          className="mt-20"
          data-testid="press-contact"
        >
          <div className="mt-3 max-w-3xl space-y-4 leading-relaxed">
            <p className="font-semibold">{t('contact.noOffice')}</p>
            <p>{t('contact.quote')}</p>
            <p>
              {t('contact.corrections')}{' '}
              <a className="link" href={href.corrections(locale)} data-testid="press-corrections-link">
                {t('contact.correctionsLink')}
              </a>
            </p>
            <p className="text-muted">{t('contact.source')}</p>
          </div>
        </TitledSection>
      </StaticHtml>
      <div className="mx-auto max-w-7xl px-4 sm:px-6">
        <div className="mt-20 max-w-3xl">
          <SharePanel locale={locale} path={href.press(locale)} title={t('title')} summary={t('description')} />
        </div>
      </div>
    </>
  );
}
