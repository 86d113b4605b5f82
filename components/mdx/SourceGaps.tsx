import { Children, isValidElement, type ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { langTag, type Locale } from '@/lib/i18n/routing';

/**
 * `<SourceGaps>`: "报道没有说的 / What the feature does not say", one short box per article section. It holds the
 * section's statements about the source's silences (which year, which place, whether two names are one site), so
 * the running text reads as a story and the gaps are still said, each a passage with its own id
 * (lib/content/mdx.ts). Plain server HTML: an `<aside>` (WAI-ARIA complementary landmark) named by its visible
 * label and its section's title, so it reads the same without JavaScript, to a screen reader and on paper.
 */
export async function SourceGaps({
  locale,
  section,
  children,
}: {
  locale: Locale;
  /** The title of the section the box closes (lib/content/mdx.ts adds it): the rest of the box's name. */
  section?: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'article' });
  // The label's id comes from the first passage in the box, so two boxes on one page never share one.
  const first = Children.toArray(children).find((c) => isValidElement<{ id?: string }>(c) && typeof c.props.id === 'string');
  const labelId = `${isValidElement<{ id: string }>(first) ? first.props.id : 'source-gaps'}-label`;
  return (
    <aside className="source-gaps" aria-labelledby={labelId} lang={langTag[locale]} data-source-gaps="">
      <p id={labelId} className="source-gaps-label">
        {t('sourceGaps')}
        {/* Landmarks on one page need distinct names (WAI-ARIA landmark uniqueness): screen readers hear the section too. */}
        {section && <span className="sr-only">{locale === 'zh' ? `（${section}）` : ` (${section})`}</span>}
      </p>
      {children}
    </aside>
  );
}
