import { getTranslations } from 'next-intl/server';
import { getPhoto, listArticles, type Article } from '@/lib/content';
import { sectionIds, href } from '@/lib/routes';
import type { Locale } from '@/lib/i18n/routing';
import { Phrases } from '../text/Phrases';
import { PhotoImage } from '../photo/PhotoImage';

/** End of an article: the other two sections as picture-led cards (the picture is decorative: the title says where it goes). */
export async function ReadNext({ article }: { article: Article }) {
  const locale: Locale = article.locale;
  const [articles, t, tc] = await Promise.all([
    listArticles(locale),
    getTranslations({ locale, namespace: 'story.readNext' }),
    getTranslations({ locale, namespace: 'common' }),
  ]);
  const others = articles.filter((a) => a.section !== article.section);
  const cards = await Promise.all(others.map(async (a) => ({ article: a, photo: await getPhoto(a.hero) })));
  return (
    <nav aria-labelledby="read-next-title" className="mx-auto mt-16 max-w-5xl px-4 sm:px-6" data-print="hide">
      <h2 id="read-next-title" className="font-serif text-2xl font-bold">
        {t('title')}
      </h2>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2">
        {cards.map(({ article: a, photo }) => (
          <li key={a.section}>
            <a
              href={href.article(locale, a.section)}
              className="group block overflow-hidden rounded-md border border-rule bg-paper-2 hover:border-accent"
            >
              {photo && (
                <PhotoImage
                  photo={photo}
                  locale={locale}
                  decorative
                  sizes="(min-width: 1024px) 480px, (min-width: 640px) 50vw, 100vw"
                  className="aspect-[16/9] h-auto w-full object-cover transition-transform duration-500 group-hover:scale-[1.02] motion-reduce:transition-none dark:brightness-90"
                />
              )}
              <span className="block p-4 sm:p-5">
                <span className="block text-sm font-semibold tracking-widest text-ochre uppercase">
                  {t('part', { n: sectionIds.indexOf(a.section) + 1 })} · {tc(`sections.${a.section}`)}
                </span>
                <span className="mt-1 block font-serif text-xl leading-snug font-bold text-balance group-hover:text-accent">
                  <Phrases text={a.title} />
                </span>
                <span className="mt-2 line-clamp-3 block text-[0.95rem] leading-relaxed text-muted">{a.standfirst}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
