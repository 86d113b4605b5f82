import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Mixed } from '@/components/Mixed';
import type { Locale } from '@/lib/i18n/routing';
import { href } from '@/lib/routes';

/**
 * "About the source / 关于信息来源": what the site's one source is (an undated newspaper feature from a publicity
 * campaign, newspaper not named, photos from the bureau it describes). One text for the about page, the press
 * page and the brief, so the three never drift apart. `children` adds page-specific paragraphs at the end.
 */
export async function AboutSource({
  locale,
  id = 'source',
  className = '',
  headingClassName = 'font-serif text-3xl font-bold',
  bodyClassName = 'mt-3 max-w-3xl space-y-4 leading-relaxed',
  compact = false,
  children,
}: {
  locale: Locale;
  id?: string;
  className?: string;
  headingClassName?: string;
  bodyClassName?: string;
  /** The brief: one short paragraph (what the feature is, undated, whose photos), so the sheet stays one A4 page. */
  compact?: boolean;
  children?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'about.source' });
  const keys = compact ? (['brief'] as const) : (['what', 'campaign', 'undated', 'photos', 'cite'] as const);
  return (
    <section aria-labelledby={`${id}-title`} id={id} className={className} data-testid="about-source">
      <h2 id={`${id}-title`} className={headingClassName}>
        {t('title')}
      </h2>
      <div className={bodyClassName}>
        {keys.map((key) => (
          <p key={key}>
            <Mixed text={t(key)} locale={locale} />
          </p>
        ))}
        {children}
      </div>
    </section>
  );
}

/**
 * The one-line source note (under an article's dateline, after the home page's lead), linking to the full account
 * on the about page. On an article it is also the article's one attribution line: the facts, figures and
 * descriptions below are the feature's, so the body credits to the feature only its claims and judgements.
 */
export async function SourceNote({ locale, className = '', article = false }: { locale: Locale; className?: string; article?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'about.source' });
  return (
    <p className={`text-sm text-muted ${className}`} data-testid="source-note">
      {t(article ? 'articleNote' : 'note')}{' '}
      <a href={href.about(locale, 'source')} className="link">
        {t('noteLink')}
      </a>
    </p>
  );
}
