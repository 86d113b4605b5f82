import { getTranslations } from 'next-intl/server';
import { getArticles, type Photo } from '@/lib/content';
import { photoUses } from '@/lib/gallery';
import type { Locale } from '@/lib/i18n/routing';

/** "In the text": links to the passage(s) the photo illustrates, or the article top where it is the hero. */
export async function PhotoUses({ photo, locale, className = '' }: { photo: Photo; locale: Locale; className?: string }) {
  const [articles, t, tc] = await Promise.all([
    getArticles(locale),
    getTranslations({ locale, namespace: 'gallery' }),
    getTranslations({ locale, namespace: 'common' }),
  ]);
  const uses = photoUses(photo, locale, articles);
  if (uses.length === 0) return null;
  return (
    <div className={className}>
      <h2 className="text-sm font-semibold tracking-widest text-muted uppercase">{t('illustrates')}</h2>
      <ul className="mt-3 space-y-3">
        {uses.map((use) => (
          <li key={use.href}>
            <a href={use.href} className="group inline-block leading-snug">
              <span className="block text-sm text-muted">{tc(`sections.${use.section}`)}</span>
              <span className="link font-serif text-lg">
                {use.hero ? `${articles[use.section].title} · ${t('articleTop')}` : (use.heading ?? articles[use.section].title)}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
