import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { parenthetical } from '@/lib/i18n/format';
import { langTag, type Locale } from '@/lib/i18n/routing';

/**
 * `<SourceGaps>`: "报道没有说的 / What the feature does not say", one short box per article section. It holds the
 * section's statements about the source's silences (which year, which place, whether two names are one site), so
 * the running text reads as a story and the gaps are still said, each a passage with its own id
 * (lib/content/mdx.ts). Plain server HTML: an `<aside>` (WAI-ARIA complementary landmark), so it reads the same
 * without JavaScript, to a screen reader and on paper.
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
  const label = t('sourceGaps');
  // Landmarks on one page need distinct names, so the name adds the section. It is an attribute, not hidden text
  // in the label: the visible label must stand right before the first passage, because a text-fragment link to
  // that passage may use the label as its prefix (lib/cite).
  const name = section ? `${label}${parenthetical(section, locale)}` : label;
  return (
    <aside className="source-gaps" aria-label={name} lang={langTag[locale]} data-source-gaps="">
      <p className="source-gaps-label">{label}</p>
      {children}
    </aside>
  );
}
