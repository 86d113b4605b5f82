import type { Term } from '@/lib/content';
import { langTag, type Locale } from '@/lib/i18n/routing';
import { Phrases } from '../text/Phrases';

/**
 * One of a glossary term's three names (Chinese, pinyin, English) as a span in its own language: `lang` is set
 * only where the name's language differs from the page's, and pinyin is always `zh-Latn`. The term page's
 * heading, the index entries and the term cards in articles lay the three out differently, so the layout stays
 * with them; what a name is and which language it is in is said here once. The Chinese name breaks only between
 * its phrases (Phrases), as every Chinese title does.
 */
export function TermName({
  term,
  name,
  locale,
  className,
}: {
  term: Term;
  name: 'zh' | 'pinyin' | 'en';
  locale: Locale;
  className?: string;
}) {
  const lang = name === 'pinyin' ? 'zh-Latn' : name === locale ? undefined : langTag[name];
  return (
    <span lang={lang} className={className}>
      {name === 'zh' ? <Phrases text={term.zh} /> : term[name]}
    </span>
  );
}
