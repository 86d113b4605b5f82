import { getTerm } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';

/**
 * A glossary term's first use in an article: an ordinary link to the term page, so it works without
 * JavaScript. The short definition rides along in `title`-free data attributes for the popover leaf.
 */
export async function Term({ id, locale, children }: { id: string; locale: Locale; children: React.ReactNode }) {
  const term = await getTerm(id);
  if (!term) throw new Error(`Term: unknown glossary term "${id}"`);
  return (
    <a
      href={`/${locale}/glossary/${term.id}`}
      className="underline decoration-accent decoration-dotted decoration-2 underline-offset-4"
      data-term={term.id}
    >
      {children}
    </a>
  );
}
