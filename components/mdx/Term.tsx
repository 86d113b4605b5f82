import { getTerm } from '@/lib/content';
import { langTag, type Locale } from '@/lib/i18n/routing';

/**
 * A glossary term's first use in an article: an ordinary link to the term page, so it works without
 * JavaScript. The card beside it is rendered here on the server (no client data fetch) and starts `hidden`
 * (display: none, so the paragraph reads and flows as if it were not there). TermCards.client.tsx, one
 * delegated listener for the whole page, shows it on hover, focus or a first tap.
 *
 * The card is `aria-hidden` and reaches assistive technology only as the link's description
 * (`aria-describedby` may point at hidden content): once, on the link, and never a second time in the reading
 * order when it is open. The id carries the locale because the parallel view shows both languages on one page.
 */
export async function Term({ id, locale, children }: { id: string; locale: Locale; children: React.ReactNode }) {
  const term = await getTerm(id);
  if (!term) throw new Error(`Term: unknown glossary term "${id}"`);
  const cardId = `term-card-${locale}-${term.id}`;
  const zhLang = locale === 'zh' ? undefined : langTag.zh;
  const enLang = locale === 'en' ? undefined : langTag.en;
  return (
    <>
      <a
        href={`/${locale}/glossary/${term.id}`}
        className="underline decoration-accent/30 decoration-1 underline-offset-[0.28em] hover:decoration-accent hover:decoration-2 focus-visible:decoration-accent"
        data-term={cardId}
        aria-describedby={cardId}
      >
        {children}
      </a>
      <span
        id={cardId}
        hidden
        aria-hidden="true"
        data-term-card=""
        className="term-card fixed top-0 left-0 z-40 block w-[min(21rem,calc(100vw-1.5rem))] rounded-lg border border-rule bg-paper p-4 text-left font-sans text-[0.95rem] leading-normal tracking-normal text-ink shadow-[0_12px_32px_-12px_rgb(0_0_0/0.35)]"
      >
        <span className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
          <span lang={zhLang} className="font-serif text-2xl leading-tight font-bold">
            {term.zh}
          </span>
          <span lang="zh-Latn" className="text-muted italic">
            {term.pinyin}
          </span>
        </span>
        <span lang={enLang} className="mt-1 block font-semibold">
          {term.en}
        </span>
        <span className="mt-3 block border-t border-rule pt-3 text-muted">{term.short[locale]}</span>
      </span>
    </>
  );
}
