import type { Metadata } from 'next';
import { after } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { SearchLive } from '@/components/search/SearchLive.client';
import type { ResultItem, SearchLabels } from '@/components/search/SearchResults';
import { sectionIds, href } from '@/lib/routes';
import { clientMessage } from '@/lib/i18n/message';
import { pageLocale } from '@/lib/i18n/page';
import { isLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { MAX_QUERY_LENGTH, normalizeQuery, queryTooLong, search } from '@/lib/search';
import { collapseSections } from '@/lib/search/collapse';
import { searchGate } from '@/lib/search/gate';
import { getSiteSearch } from '@/lib/search/site-index';
import { hasHan } from '@/lib/text/han';

/**
 * The one page rendered per request: it reads ?q=. It answers a plain GET form (no JavaScript needed) from the
 * prebuilt index, loaded once per process; the client leaf adds instant results on top.
 */
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const LIMIT = 40;

/**
 * One render slot per request (lib/search/gate.ts), taken by the page (the metadata is cheap and resolves in a scope
 * of its own: a second slot per request could deadlock the gate), given back once the response has been sent.
 */
const renderSlot = cache(async () => {
  const gate = searchGate();
  after(await gate.enter());
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'search' });
  const q = normalizeQuery((await searchParams).q);
  return {
    ...pageMetadata({
      locale,
      page: href.search,
      title: q ? t('metaTitleQuery', { query: q }) : t('metaTitle'),
      description: t('metaDescription'),
    }),
    // Result pages are endless and thin: keep them out of search engines, but let crawlers follow the links.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await renderSlot();
  const [raw, t, tc, { data, index }] = await Promise.all([
    searchParams.then((sp) => sp.q),
    getTranslations({ locale, namespace: 'search' }),
    getTranslations({ locale, namespace: 'common' }),
    getSiteSearch(locale),
  ]);
  // A query asked again is answered by proxy.ts from the page cache (lib/search/page-cache.ts), not rendered again.
  const query = normalizeQuery(raw);
  const found = search(index, query, { limit: LIMIT });
  // One result per section heading (the other passages under it folded into its "more"), as the client does.
  const results: ResultItem[] = collapseSections(
    found.map(({ id, kind, url, section, match, titleSegments, snippet, image }) => ({
      id,
      kind,
      url,
      section,
      match,
      titleSegments,
      snippet,
      image,
    })),
  );
  const labels: SearchLabels & { label: string; placeholder: string; submit: string; loadFailed: string } = {
    count: await clientMessage(locale, 'search.count'),
    noHits: await clientMessage(locale, 'search.noHits'),
    noHitsHint: t('noHitsHint'),
    suggestTerms: t('suggestTerms'),
    suggestSections: t('suggestSections'),
    partial: t('partial'),
    more: await clientMessage(locale, 'search.more'),
    groups: { passage: t('groups.passage'), term: t('groups.term'), photo: t('groups.photo') },
    kinds: { term: t('kinds.term'), photo: t('kinds.photo') },
    sections: Object.fromEntries(sectionIds.map((id) => [id, tc(`sections.${id}`)])),
    label: t('label'),
    placeholder: t('placeholder'),
    submit: t('submit'),
    loadFailed: t('loadFailed'),
  };
  const crumbs = [{ href: href.search(locale), name: tc('nav.search') }];
  const examples = t.raw('exampleQueries') as string[];
  return (
    <div className="mx-auto max-w-3xl px-4 pt-6 pb-8 sm:px-6">
      <Breadcrumbs locale={locale} items={crumbs} jsonLd />
      <header className="pt-10 sm:pt-14">
        <p className="text-sm font-semibold tracking-widest text-ochre uppercase">{t('kicker')}</p>
        <h1 className="mt-3 font-serif text-4xl leading-tight font-bold text-balance sm:text-5xl">{t('title')}</h1>
        <p className="mt-4 text-lg leading-relaxed text-pretty text-muted">
          {t.rich('intro', { zh: (chunks) => <span lang="zh-Hans">{chunks}</span> })}
        </p>
      </header>
      <SearchLive
        locale={locale}
        action={href.search(locale)}
        indexUrl={href.searchIndex(locale, data.hash)}
        initialQuery={query}
        initialResults={results}
        limit={LIMIT}
        labels={labels}
        suggestions={{ terms: data.suggestions, sections: data.sections }}
        notice={queryTooLong(raw) ? t('truncated', { max: MAX_QUERY_LENGTH }) : undefined}
      />
      <p className="mt-12 text-sm text-muted">
        {t('examples')}
        {tc('colon')}
        {examples.map((q, i) => (
          <span key={q}>
            {i > 0 && ' · '}
            <a href={href.search(locale, q)} className="link" lang={hasHan(q) ? 'zh-Hans' : 'en'}>
              {q}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
