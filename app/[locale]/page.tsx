import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { KeyFigures } from '@/components/home/KeyFigures';
import { mdxComponents } from '@/components/mdx/registry';
import { PhotoCaption } from '@/components/photo/PhotoCaption';
import { PhotoImage } from '@/components/photo/PhotoImage';
import { getHome, getPhoto, listArticles, listFigures, listPhotos } from '@/lib/content';
import { isLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const home = await getHome(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  return { ...pageMetadata({ locale, path: '', title: home.title, description: home.summary }), title: { absolute: `${home.title} · ${t('siteName')}` } };
}

export default async function HomePage({ params }: Params) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [home, articles, figures, photos, t, ta] = await Promise.all([
    getHome(locale),
    listArticles(locale),
    listFigures(),
    listPhotos(),
    getTranslations({ locale, namespace: 'home' }),
    getTranslations({ locale, namespace: 'article' }),
  ]);
  const hero = (await getPhoto('pine-capped-hills')) ?? photos[0]!;
  const featured = photos.filter((p) => p.featured);
  const Content = home.Content;
  const components = mdxComponents(locale, (title) => ta('anchor', { title }));
  return (
    <>
      <section className="relative">
        <div className="mx-auto max-w-3xl px-4 pt-10 sm:px-6 sm:pt-14">
          <p className="text-ochre text-sm font-semibold tracking-widest uppercase">{t('kicker')}</p>
          <h1 className="text-display mt-3 font-serif font-bold text-balance">{home.title}</h1>
          <p className="text-muted mt-5 text-xl leading-relaxed text-pretty sm:text-2xl">{home.standfirst}</p>
        </div>
        <figure className="mx-auto mt-10 max-w-[1600px]">
          <PhotoImage photo={hero} locale={locale} sizes="(min-width: 1600px) 1600px, 100vw" priority className="max-h-[72vh] w-full object-cover" />
          <PhotoCaption photo={hero} locale={locale} className="mx-auto max-w-7xl px-4 pt-3 sm:px-6" />
        </figure>
        <div className="mx-auto max-w-3xl px-4 sm:px-6">
          <div className="prose-body mt-8">
            <Content components={components} />
          </div>
        </div>
      </section>

      <section aria-labelledby="figures-title" className="bg-paper-2 mt-20 py-16">
        <div className="mx-auto max-w-7xl px-4 sm:px-6">
          <h2 id="figures-title" className="font-serif text-3xl font-bold">
            {t('figuresTitle')}
          </h2>
          <p className="text-muted mt-2">{t('figuresNote')}</p>
          <KeyFigures figures={figures} locale={locale} />
        </div>
      </section>

      <section aria-labelledby="sections-title" className="mx-auto mt-20 max-w-7xl px-4 sm:px-6">
        <h2 id="sections-title" className="font-serif text-3xl font-bold">
          {t('sectionsTitle')}
        </h2>
        <ol className="mt-8 grid gap-10 md:grid-cols-3">
          {await Promise.all(
            articles.map(async (article, i) => {
              const photo = await getPhoto(article.hero);
              return (
                <li key={article.section} className="group">
                  <a href={`/${locale}/${article.section}`} className="block">
                    {photo && <PhotoImage photo={photo} locale={locale} sizes="(min-width: 768px) 33vw, 100vw" className="aspect-[3/2] w-full rounded-sm object-cover" />}
                    <p className="text-ochre mt-4 text-sm font-semibold tracking-widest">{String(i + 1).padStart(2, '0')}</p>
                    <h3 className="group-hover:text-accent mt-1 font-serif text-2xl font-bold text-balance">{article.title}</h3>
                  </a>
                  <p className="text-muted mt-2 leading-relaxed">{article.standfirst}</p>
                </li>
              );
            }),
          )}
        </ol>
      </section>

      {featured.length > 0 && (
        <section aria-labelledby="photos-title" className="mx-auto mt-20 max-w-7xl px-4 sm:px-6">
          <div className="flex flex-wrap items-baseline justify-between gap-4">
            <h2 id="photos-title" className="font-serif text-3xl font-bold">
              {t('photosTitle')}
            </h2>
            <a href={`/${locale}/gallery`} className="link">
              {t('allPhotos')} →
            </a>
          </div>
          <ul className="mt-8 grid grid-cols-2 gap-4 lg:grid-cols-5">
            {featured.map((photo) => (
              <li key={photo.id}>
                <figure>
                  <a href={`/${locale}/gallery/${photo.id}`} className="block">
                    <PhotoImage photo={photo} locale={locale} sizes="(min-width: 1024px) 20vw, 50vw" className="aspect-square w-full rounded-sm object-cover" />
                  </a>
                  <figcaption className="text-muted mt-2 text-sm leading-snug">{photo.caption[locale]}</figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
