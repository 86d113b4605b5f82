import { getImageProps } from 'next/image';
import type { DocKind, SearchImage, Segment } from '@/lib/search';
import { Mixed } from '@/components/Mixed';
import { langOf } from '@/lib/text/han';
import { TitledSection } from '@/components/TitledSection';
import { href, type SectionId } from '@/lib/routes';
import type { Locale } from '@/lib/i18n/routing';
import { fill, fillAround, type ClientMessage } from '@/lib/i18n/template';

/**
 * Search results, grouped by kind. Props only (no server APIs), so the server page renders it for the plain
 * GET form and the client leaf re-renders it while the reader types. Hits come as Segment[] data and become
 * <mark> elements: no HTML string is ever inserted, so a query like <img onerror=…> stays text.
 */
export interface ResultItem {
  id: string;
  kind: DocKind;
  url: string;
  section?: string;
  match: 'phrase' | 'all' | 'partial';
  titleSegments: Segment[];
  snippet: Segment[];
  /** Illustrations: the file, shown as a small thumbnail. */
  image?: SearchImage;
  /** Passages under the same section heading, ranked lower (lib/search/collapse.ts). */
  more?: ResultItem[];
}

export interface SearchLabels {
  /** `{count, plural, …}` around "{query}", one form per plural category (lib/i18n/message.ts `clientMessage`). */
  count: ClientMessage;
  noHits: ClientMessage;
  noHitsHint: string;
  suggestTerms: string;
  suggestSections: string;
  partial: string;
  /** "{count} more passages in this section", a plural like `count`. */
  more: ClientMessage;
  groups: Record<DocKind, string>;
  kinds: Record<'term' | 'photo', string>;
  sections: Record<string, string>;
}

export interface Suggestions {
  terms: { id: string; title: string; short: string }[];
  sections: { id: SectionId; title: string; standfirst: string }[];
}

const ORDER: DocKind[] = ['passage', 'term', 'photo'];

/** Thumbnail width in CSS pixels; the optimizer serves its smallest width (240), enough for 2× and 3× screens. */
const THUMB = 64;

/**
 * An illustration's thumbnail: the site's own file through next/image's optimizer (getImageProps: URLs only, no
 * client component), lazy, with width and height so the row does not move when it loads. Empty alt: the caption
 * beside it is the result's title and link, and the alt text would say the same picture again (WCAG 2.2 H67).
 */
function Thumb({ image }: { image: SearchImage }) {
  const { props } = getImageProps({
    src: image.src,
    alt: '',
    width: THUMB,
    height: Math.round((THUMB * image.height) / image.width),
    quality: 60,
    loading: 'lazy',
    className: 'mt-1 shrink-0 self-start rounded-sm bg-paper-2 object-cover',
  });
  // eslint-disable-next-line @next/next/no-img-element -- getImageProps: next/image's URLs without its client JS
  return <img {...props} alt="" data-testid="result-thumb" />;
}

/**
 * The other passages under the same heading: a native <details>, so it opens without JavaScript, and each passage
 * is a plain link to its own place in the article.
 */
function MorePassages({ items, labels, locale }: { items: ResultItem[]; labels: SearchLabels; locale: Locale }) {
  const label = fill(locale, labels.more, { count: items.length });
  return (
    <details className="mt-3" data-testid="more-passages">
      <summary className="min-h-6 cursor-pointer py-0.5 text-sm font-semibold text-accent">{label}</summary>
      <ol className="mt-2 space-y-3 border-l-2 border-rule pl-4">
        {items.map((m) => (
          <li key={m.id} className="leading-relaxed text-muted">
            <a href={m.url} className="link">
              <Marked segments={m.snippet} locale={locale} />
            </a>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Fills the message in around "{query}", so the query is a separate (escaped, emphasised) text node. */
export function Template({ template, count, query, locale }: { template: ClientMessage; count?: number; query: string; locale: Locale }) {
  const [before, after] = fillAround(locale, template, count === undefined ? {} : { count }, 'query');
  return (
    <>
      {before}
      <strong className="font-semibold break-all text-ink" lang={langOf(query, locale)}>
        {query}
      </strong>
      {after}
    </>
  );
}

export function Marked({ segments, locale }: { segments: Segment[]; locale: string }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark
            key={i}
            className="rounded-[2px] bg-highlight [box-decoration-break:clone] px-0.5 text-ink shadow-[inset_0_-2px_0_var(--color-ochre)]"
          >
            <Mixed text={s.text} locale={locale} />
          </mark>
        ) : (
          <Mixed key={i} text={s.text} locale={locale} />
        ),
      )}
    </>
  );
}

/** The live status line: how many results, or that there were none (announced by screen readers). */
export function ResultCount({ labels, count, query, locale }: { labels: SearchLabels; count: number; query: string; locale: Locale }) {
  if (count === 0)
    return (
      <span className="block font-serif text-2xl leading-snug font-bold text-balance text-ink">
        <Template template={labels.noHits} query={query} locale={locale} />
      </span>
    );
  return <Template template={labels.count} count={count} query={query} locale={locale} />;
}

export function SearchResults({
  locale,
  query,
  results,
  labels,
  suggestions,
}: {
  locale: Locale;
  query: string;
  results: ResultItem[];
  labels: SearchLabels;
  suggestions: Suggestions;
}) {
  if (!query) return <SuggestionList locale={locale} labels={labels} suggestions={suggestions} />;
  if (results.length === 0)
    return (
      <div data-testid="no-hits">
        <p className="text-muted">{labels.noHitsHint}</p>
        <SuggestionList locale={locale} labels={labels} suggestions={suggestions} />
      </div>
    );
  const groups = ORDER.map((kind) => ({ kind, items: results.filter((r) => r.kind === kind) })).filter((g) => g.items.length > 0);
  return (
    <div className="space-y-14">
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`results-${g.kind}`}>
          <h2
            id={`results-${g.kind}`}
            className="flex items-baseline justify-between border-b border-rule pb-2 text-sm font-semibold tracking-widest text-muted uppercase"
          >
            {labels.groups[g.kind]}
            <span className="font-normal tabular-nums">{g.items.length}</span>
          </h2>
          <ol className="divide-y divide-rule">
            {g.items.map((r) => (
              <li key={r.id} className={r.image ? 'flex gap-4 py-6' : 'py-6'} data-kind={r.kind}>
                {r.image && <Thumb image={r.image} />}
                <div className="min-w-0">
                  <p className="text-xs font-semibold tracking-widest text-ochre uppercase">
                    {r.kind === 'passage' ? (r.section ? labels.sections[r.section] : '') : labels.kinds[r.kind]}
                    {r.kind === 'photo' && r.section && labels.sections[r.section] ? ` · ${labels.sections[r.section]}` : ''}
                    {r.match === 'partial' && (
                      <span className="font-normal tracking-normal text-muted normal-case"> · {labels.partial}</span>
                    )}
                  </p>
                  <h3 className="mt-1.5 font-serif text-xl leading-snug font-bold text-balance sm:text-[1.35rem]">
                    <a href={r.url} className="decoration-accent underline-offset-4 hover:underline">
                      <Marked segments={r.titleSegments} locale={locale} />
                    </a>
                  </h3>
                  <p className="mt-2 leading-relaxed text-muted">
                    <Marked segments={r.snippet} locale={locale} />
                  </p>
                  {r.more && r.more.length > 0 && <MorePassages items={r.more} labels={labels} locale={locale} />}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function SuggestionList({ locale, labels, suggestions }: { locale: Locale; labels: SearchLabels; suggestions: Suggestions }) {
  return (
    <div className="mt-8 grid gap-12" data-testid="suggestions">
      <TitledSection
        titleId="suggest-terms"
        title={labels.suggestTerms}
        headingClassName="text-sm font-semibold tracking-widest text-muted uppercase"
      >
        <ul className="mt-4 flex flex-wrap gap-2">
          {suggestions.terms.map((t) => (
            <li key={t.id}>
              <a
                href={href.term(locale, t.id)}
                title={t.short}
                className="inline-flex min-h-11 items-center rounded-full border border-rule px-4 transition-colors hover:border-accent hover:text-accent"
              >
                {t.title}
              </a>
            </li>
          ))}
        </ul>
      </TitledSection>
      <TitledSection
        titleId="suggest-sections"
        title={labels.suggestSections}
        headingClassName="text-sm font-semibold tracking-widest text-muted uppercase"
      >
        <ol className="mt-4 grid gap-4 md:grid-cols-3">
          {suggestions.sections.map((s, i) => (
            <li key={s.id}>
              <a
                href={href.article(locale, s.id)}
                className="group block h-full rounded-md border border-rule bg-paper-2 p-5 transition-colors hover:border-accent"
              >
                <span className="text-sm font-semibold text-ochre tabular-nums">{String(i + 1).padStart(2, '0')}</span>
                <span className="mt-1 block font-serif text-lg leading-snug font-bold text-balance group-hover:text-accent">{s.title}</span>
                <span className="mt-2 line-clamp-3 block text-sm leading-relaxed text-muted">{s.standfirst}</span>
              </a>
            </li>
          ))}
        </ol>
      </TitledSection>
    </div>
  );
}
