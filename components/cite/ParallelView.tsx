import type { MDXComponents } from 'mdx/types';
import { getTranslations } from 'next-intl/server';
import { isValidElement, type ComponentProps, type ReactElement, type ReactNode } from 'react';
import type { Article } from '@/lib/content';
import { langTag } from '@/lib/i18n/routing';
import { Breadcrumbs } from '../Breadcrumbs';
import { Phrases } from '../text/Phrases';
import { href } from '@/lib/routes';
import { PARALLEL_ATTR, PARALLEL_CHOICE, choicesFor } from './parallel-keys';

/**
 * Passages for the side-by-side view, rendered from the compiled MDX so inline markup survives (above all the
 * `lang` spans around Chinese in English and back). Photos and graphics are left out; glossary terms are
 * plain text. Ids move to the row, so each element here carries none.
 */
const parallelComponents: MDXComponents = {
  h2: ({ children }: ComponentProps<'h2'>) => <h2 className="font-serif text-2xl leading-tight font-bold">{children}</h2>,
  h3: ({ children }: ComponentProps<'h3'>) => <h3 className="text-lg leading-snug font-bold">{children}</h3>,
  p: ({ children }: ComponentProps<'p'>) => <p>{children}</p>,
  Figure: () => null,
  Gallery: () => null,
  Timeline: () => null,
  Diagram: () => null,
  Locator: () => null,
  Scale: () => null,
  Term: ({ children }: { children: ReactNode }) => <>{children}</>,
  // The box's paragraphs are passages; each is paired in its own row (passagesOf looks inside the box).
  SourceGaps: ({ children }: { children: ReactNode }) => <>{children}</>,
};

/**
 * The MDX content function returns a fragment whose children are the article's blocks; each passage block has
 * its `id` prop (lib/content/mdx.ts puts it there). Calling it directly, on the server, lets the view pair
 * the two languages' passages by id instead of reflowing two whole articles.
 */
function passagesOf(article: Article): Map<string, ReactElement> {
  const root = article.Content({ components: parallelComponents }) as ReactElement<{ children?: ReactNode }>;
  const blocks = isValidElement(root) ? [root.props.children].flat(3) : [];
  const out = new Map<string, ReactElement>();
  const take = (block: ReactNode) => {
    if (!isValidElement<{ id?: string; children?: ReactNode }>(block)) return;
    if (typeof block.props.id === 'string') out.set(block.props.id, block);
    else if (block.type === parallelComponents.SourceGaps) [block.props.children].flat(3).forEach(take);
  };
  blocks.forEach(take);
  return out;
}

export async function ParallelView({ article, other }: { article: Article; other: Article }) {
  const { locale, section } = article;
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: 'cite' }), getTranslations({ locale, namespace: 'common' })]);
  // The page's own language on the left (first in reading order), its translation or original on the right.
  const sides = [article, other];
  const rendered = new Map(sides.map((a) => [a.locale, passagesOf(a)]));
  return (
    <article className="parallel-view mx-auto max-w-6xl px-4 pt-6 pb-16 sm:px-6">
      <Breadcrumbs
        locale={locale}
        items={[
          { href: href.article(locale, section), name: tc(`sections.${section}`) },
          { href: href.parallel(locale, section), name: t('parallelLink') },
        ]}
      />
      <header className="max-w-3xl pt-10 pb-10">
        <p className="text-sm font-semibold tracking-widest text-ochre uppercase">{t('parallelLink')}</p>
        <h1 className="mt-3 font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl lg:text-5xl">
          <Phrases text={article.title} />
        </h1>
        <p className="mt-5 text-lg leading-relaxed text-muted">{t('parallelIntro')}</p>
        <p className="mt-5 text-sm">
          <a href={href.article(locale, section)} className="link">
            ← {t('parallelBack')}
          </a>
        </p>
      </header>
      {/* One language or both. Radio buttons and CSS :has() (app/styles/parallel.css) hide the other column's
          passages: no script, so it works before and without JavaScript, and the arrow keys move between the options
          as in any radio group. Each language is named in itself, as the column heads are. Print follows the choice.
          The values are the locales and "both" (parallel-keys.ts), which the stylesheet spells out. */}
      <fieldset className="parallel-choice" data-print="hide" data-testid="parallel-choice">
        <legend className="parallel-choice-legend">{t('view.legend')}</legend>
        {choicesFor(locale).map((value) => {
          const both = value === PARALLEL_CHOICE.both;
          return (
            <label key={value} lang={langTag[both ? locale : value]}>
              <input type="radio" name={PARALLEL_CHOICE.name} value={value} defaultChecked={both} />
              <span>{both ? t('view.both') : t(`columns.${value}`)}</span>
            </label>
          );
        })}
      </fieldset>
      <div className="parallel-heads sticky top-14 z-10 hidden border-b border-rule bg-paper py-3 md:grid" aria-hidden="true">
        {sides.map((a) => (
          <p
            key={a.locale}
            lang={langTag[a.locale]}
            {...{ [PARALLEL_ATTR.side]: a.locale }}
            className="text-xs font-semibold tracking-widest text-ochre uppercase"
          >
            {t(`columns.${a.locale}`)}
          </p>
        ))}
      </div>
      <ol aria-label={t('parallelTable')} className="parallel" data-parallel>
        {article.passages.map((p) => (
          <li key={p.id} id={p.id} className="parallel-row" {...{ [PARALLEL_ATTR.kind]: p.kind }}>
            {sides.map((a) => (
              <div key={a.locale} lang={langTag[a.locale]} className="parallel-side" {...{ [PARALLEL_ATTR.side]: a.locale }}>
                <span className="parallel-lang md:sr-only">{t(`columns.${a.locale}`)}</span>
                {rendered.get(a.locale)?.get(p.id)}
                <a
                  href={href.passage(a.locale, section, p.id)}
                  hrefLang={langTag[a.locale]}
                  className="passage-link parallel-open"
                  data-mark="¶"
                  aria-label={t('openPassage', { language: t(`languages.${a.locale}`) })}
                  lang={langTag[locale]}
                />
              </div>
            ))}
          </li>
        ))}
      </ol>
    </article>
  );
}
