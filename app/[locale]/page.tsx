import { getTranslations } from 'next-intl/server';
import { Phrases } from '@/components/text/Phrases';
import { TermCards } from '@/components/glossary/TermCards.client';
import { KeyFigures } from '@/components/home/KeyFigures';
import { JsonLd } from '@/components/JsonLd';
import { mdxComponents } from '@/components/mdx/registry';
import { PhotoCaption } from '@/components/photo/PhotoCaption';
import { PhotoImage } from '@/components/photo/PhotoImage';
import { Hero } from '@/components/story/Hero';
import { LocatorMap } from '@/components/map/LocatorMap';
import { LocatorMapDialog } from '@/components/map/MapDialog';
import { ScaleDrawing } from '@/components/charts/ScaleDrawing';
import { Timeline } from '@/components/mdx/Timeline';
import { BeforeAfter } from '@/components/story/BeforeAfter';
import { getHome, getPhoto, listArticles, listFigures, listPhotos } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page';
import { isLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { websiteJsonLd } from '@/lib/structured-data';
import { TitledSection } from '@/components/TitledSection';
import { SourceNote } from '@/components/about/AboutSource';
import { StaticHtml } from '@/components/static/StaticHtml';
import { href } from '@/lib/routes';
import { CaptionText } from '@/components/text/CaptionText';

export async function generateMetadata({ params }: LocaleParams) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const home = await getHome(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    ...pageMetadata({ locale, page: href.home, title: home.title, description: home.summary }),
    title: { absolute: `${home.title} · ${t('siteName')}` },
  };
}

/**
 * The home page: two static islands (StaticHtml: HTML once, not a second copy in the RSC payload, about 80 KiB less)
 * around the one interactive band. Above: the hero, the lead and the locator map. Between them, the client leaves:
 * TermCards (cards for the lead's terms), LocatorMapDialog (the enlarged map) and the before/after sliders
 * (BeforeAfter). Below: key figures and timeline, the three sections, featured photos. Add interactive parts only
 * between the islands: StaticHtml refuses a client component inside, naming it.
 */
export default async function HomePage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const [home, articles, figures, photos, t, ta] = await Promise.all([
    getHome(locale),
    listArticles(locale),
    listFigures(),
    listPhotos(),
    getTranslations({ locale, namespace: 'home' }),
    getTranslations({ locale, namespace: 'article' }),
  ]);
  const ts = await getTranslations({ locale, namespace: 'story.compare' });
  const hero = (await getPhoto(home.hero))!;
  const featured = photos.filter((p) => p.featured);
  const Content = home.Content;
  const components = mdxComponents(locale, (title) => ta('anchor', { title }));
  return (
    <>
      <JsonLd data={websiteJsonLd(locale, home.summary)} />
      <StaticHtml className="contents">
        <Hero photo={hero} locale={locale} kicker={t('kicker')} title={home.title}>
          <PhotoCaption as="p" photo={hero} locale={locale} className="mx-auto max-w-7xl px-4 pt-3 sm:px-6" />
          <div className="mx-auto max-w-3xl px-4 pt-8 sm:px-6">
            <p className="text-xl leading-relaxed text-pretty text-muted sm:text-2xl">{home.standfirst}</p>
          </div>
        </Hero>
        <div className="mx-auto max-w-3xl px-4 sm:px-6">
          <div className="prose-body mt-8">
            <Content components={components} />
          </div>
          {/* The source's caveats, said once, after the lead (as a methodology note), so the lead stays with the land. */}
          <SourceNote locale={locale} className="mt-8 border-t border-rule pt-4" />
        </div>
        <div className="mx-auto mt-16 max-w-6xl px-4 sm:px-6">
          <LocatorMap locale={locale} />
        </div>
      </StaticHtml>
      <TermCards />
      <LocatorMapDialog locale={locale} />
      <TitledSection titleId="before-after-title" title={ts('title')} className="mx-auto mt-20 max-w-[63rem] px-4 sm:px-6">
        <p className="mt-2 max-w-3xl text-muted">{ts('intro')}</p>
        <div className="mt-8">
          <BeforeAfter locale={locale} />
        </div>
      </TitledSection>

      <StaticHtml className="contents">
        <section aria-labelledby="figures-title" className="mt-20 bg-paper-2 py-14 sm:py-16">
          <div className="mx-auto max-w-7xl px-4 sm:px-6">
            <h2 id="figures-title" className="font-serif text-3xl font-bold">
              {t('figuresTitle')}
            </h2>
            <p className="mt-2 text-muted">{t('figuresNote')}</p>
            <KeyFigures figures={figures} locale={locale} />
            <div className="mt-10 grid items-start gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
              <div className="[&>section]:my-0 [&>section]:bg-paper">
                <Timeline locale={locale} wide={false} />
              </div>
              <ScaleDrawing locale={locale} />
            </div>
          </div>
        </section>

        <TitledSection
          id="articles"
          titleId="sections-title"
          title={t('sectionsTitle')}
          className="mx-auto mt-20 max-w-7xl scroll-mt-20 px-4 sm:px-6"
        >
          <ol className="mt-8 grid gap-10 md:grid-cols-3">
            {await Promise.all(
              articles.map(async (article, i) => {
                const photo = await getPhoto(article.hero);
                return (
                  <li key={article.section} className="group">
                    <a href={href.article(locale, article.section)} className="block">
                      {photo && (
                        <PhotoImage
                          photo={photo}
                          locale={locale}
                          sizes="(min-width: 768px) 33vw, 100vw"
                          className="aspect-[3/2] w-full rounded-sm object-cover"
                        />
                      )}
                      <p className="mt-4 text-sm font-semibold tracking-widest text-ochre">{String(i + 1).padStart(2, '0')}</p>
                      <h3 className="mt-1 font-serif text-2xl font-bold text-balance group-hover:text-accent">
                        <Phrases text={article.title} />
                      </h3>
                    </a>
                    <p className="mt-2 leading-relaxed text-muted">{article.standfirst}</p>
                  </li>
                );
              }),
            )}
          </ol>
        </TitledSection>

        {featured.length > 0 && (
          <section aria-labelledby="photos-title" className="mx-auto mt-20 max-w-7xl px-4 sm:px-6">
            <div className="flex flex-wrap items-baseline justify-between gap-4">
              <h2 id="photos-title" className="font-serif text-3xl font-bold">
                {t('photosTitle')}
              </h2>
              <a href={href.gallery(locale)} className="link">
                {t('allPhotos')} →
              </a>
            </div>
            <ul className="mt-8 grid grid-cols-2 gap-4 lg:grid-cols-5">
              {featured.map((photo, i) => (
                <li key={photo.id} className={i === 0 && featured.length % 2 === 1 ? 'col-span-2 lg:col-span-1' : undefined}>
                  <figure>
                    <a href={href.photo(locale, photo.id)} className="block">
                      <PhotoImage
                        photo={photo}
                        locale={locale}
                        sizes="(min-width: 1024px) 20vw, 50vw"
                        className={`${i === 0 && featured.length % 2 === 1 ? 'aspect-[2/1] lg:aspect-square' : 'aspect-square'} w-full rounded-sm object-cover`}
                      />
                    </a>
                    <figcaption className="mt-2 text-sm leading-snug text-muted">
                      <CaptionText text={photo.caption[locale]} />
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ul>
          </section>
        )}
      </StaticHtml>
    </>
  );
}
