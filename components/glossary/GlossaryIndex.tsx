import { getTranslations } from 'next-intl/server';
import type { DefinedTermSet } from 'schema-dts';
import { termCategories, type Term } from '@/lib/content';
import { absoluteUrl } from '@/lib/config';
import { byEnglish, byInitial, byPinyin, filterText } from '@/lib/glossary/text';
import { clientMessage } from '@/lib/i18n/message';
import { langTag, otherLocale, type Locale } from '@/lib/i18n/routing';
import { Breadcrumbs } from '../Breadcrumbs';
import { JsonLd } from '../JsonLd';
import { GlossaryFilter } from './GlossaryFilter.client';
import { StaticHtml } from '../static/StaticHtml';
import { TermName } from './TermName';
import { FILTER, FILTER_ATTR } from './filter-keys';
import { SiteCoins } from '@/components/cite/Coins';
import { href, type GlossaryOrder } from '@/lib/routes';

/**
 * The glossary index. Every order is its own static page (`/glossary` by topic, then pinyin; `/glossary/by-pinyin`
 * and `/glossary/by-english` A to Z): a static page cannot read `?sort=`, and rendering every order into one page
 * and swapping with script would ship the list three times. The sort choices are plain links, and the filter is
 * a GET form to the site search that, with JavaScript, narrows this list instantly (GlossaryFilter.client.tsx).
 */
export async function GlossaryIndex({ locale, terms, order }: { locale: Locale; terms: Term[]; order: GlossaryOrder }) {
  const other = otherLocale(locale);
  const [t, tOther] = await Promise.all([
    getTranslations({ locale, namespace: 'glossary' }),
    getTranslations({ locale: other, namespace: 'glossary' }),
  ]);
  const groups =
    order === 'category'
      ? termCategories.map((c) => ({
          id: c,
          title: t(`categories.${c}`),
          otherTitle: tOther(`categories.${c}`),
          terms: byPinyin(terms.filter((term) => term.category === c)),
        }))
      : byInitial(order === 'pinyin' ? byPinyin(terms) : byEnglish(terms), (term) => (order === 'pinyin' ? term.pinyin : term.en)).map(
          (g) => ({
            id: `letter-${g.letter.toLowerCase()}`,
            title: g.letter,
            otherTitle: undefined,
            terms: g.terms,
          }),
        );
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': absoluteUrl(href.glossary(locale)),
    name: t('title'),
    // One set, shown in three orders: the same @id and url on each, the topic page being its home.
    url: absoluteUrl(href.glossary(locale)),
    inLanguage: [langTag.zh, langTag.en],
    hasDefinedTerm: terms.map((term) => ({
      '@type': 'DefinedTerm',
      name: locale === 'zh' ? term.zh : term.en,
      alternateName: locale === 'zh' ? term.en : term.zh,
      termCode: term.id,
      description: term.short[locale],
      url: absoluteUrl(href.term(locale, term.id)),
    })),
  } satisfies DefinedTermSet & { '@context': 'https://schema.org' };

  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 pb-24 sm:px-6">
      <StaticHtml>
        <JsonLd<DefinedTermSet> data={jsonLd} />
        <SiteCoins locale={locale} title={t('title')} url={href.glossary(locale, order)} />
        <Breadcrumbs
          locale={locale}
          items={[
            { href: href.glossary(locale), name: t('title') },
            ...(order === 'category' ? [] : [{ href: href.glossary(locale, order), name: t(`sort.${order}`) }]),
          ]}
        />
      </StaticHtml>
      <header className="grid gap-10 border-b border-rule pt-10 pb-10 sm:pt-14 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-end lg:gap-16">
        <div className="max-w-3xl">
          <p className="text-sm font-semibold tracking-widest text-ochre uppercase">{t('kicker')}</p>
          <h1 className="mt-3 font-serif text-display font-bold text-balance">
            {order === 'category' ? t('title') : t(`sortTitle.${order}`)}
          </h1>
          <p className="mt-5 text-lg leading-relaxed text-pretty text-muted sm:text-xl">{t('standfirst')}</p>
          <p className="mt-4 text-sm text-muted">{t('count', { count: terms.length })}</p>
        </div>
        <GlossaryFilter
          locale={locale}
          action={href.search(locale)}
          list={FILTER.listId}
          total={terms.length}
          strings={{
            label: t('filter.label'),
            placeholder: t('filter.placeholder'),
            hint: t('filter.hint'),
            submit: t('filter.submit'),
            shown: await clientMessage(locale, 'glossary.filter.shown'),
            none: await clientMessage(locale, 'glossary.filter.none'),
          }}
        />
      </header>

      <div className="flex flex-wrap items-center gap-x-6 gap-y-3 py-5" data-print="hide">
        <nav aria-label={t('sort.label')} className="flex items-center gap-3">
          <span className="text-sm text-muted">{t('sort.label')}</span>
          <ul className="flex rounded-full border border-rule p-1 text-sm">
            {(['category', 'pinyin', 'en'] as const).map((o) => (
              <li key={o}>
                <a
                  href={href.glossary(locale, o)}
                  aria-current={o === order ? 'page' : undefined}
                  className="inline-flex min-h-9 items-center rounded-full px-3.5 font-medium text-muted hover:text-ink aria-[current=page]:bg-ink aria-[current=page]:text-paper"
                >
                  {t(`sort.${o}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {order === 'category' && (
          <nav aria-label={t('jump')} className="text-sm">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {groups.map((g) => (
                <li key={g.id}>
                  <a
                    href={`#${g.id}`}
                    className="inline-flex min-h-9 items-center text-muted underline-offset-4 hover:text-ink hover:underline"
                  >
                    {g.title} <span className="ml-1 tabular-nums">{g.terms.length}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>

      {/* Static HTML (StaticHtml): React does not hydrate the list; the filter reaches it through the DOM. */}
      <StaticHtml id={FILTER.listId}>
        {groups.map((g) => (
          <section
            key={g.id}
            aria-labelledby={g.id}
            {...{ [FILTER_ATTR.group]: '' }}
            className="grid gap-6 border-t border-rule pt-8 pb-12 lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-16"
          >
            <h2 id={g.id} className="font-serif text-2xl font-bold lg:sticky lg:top-6 lg:self-start">
              {g.title}
              {g.otherTitle && (
                <span lang={langTag[other]} className="mt-1 block font-sans text-sm font-normal tracking-wide text-muted">
                  {g.otherTitle}
                </span>
              )}
            </h2>
            <ul className="grid gap-x-12 gap-y-10 md:grid-cols-2">
              {g.terms.map((term) => (
                <GlossaryEntry key={term.id} term={term} locale={locale} lead={order === 'en' ? 'en' : 'zh'} />
              ))}
            </ul>
          </section>
        ))}
      </StaticHtml>

      <aside aria-labelledby="downloads" className="mt-4 rounded-lg bg-paper-2 p-6 sm:p-8" data-print="hide">
        <h2 id="downloads" className="font-serif text-xl font-bold">
          {t('downloads.title')}
        </h2>
        <p className="mt-2 text-muted">{t('downloads.text')}</p>
        <ul className="mt-5 flex flex-wrap gap-x-8 gap-y-4">
          <li>
            <a href={href.glossaryFile('csv')} download className="link inline-flex min-h-11 items-center font-semibold">
              {t('downloads.csv')}
            </a>
            <span className="block text-sm text-muted">{t('downloads.csvNote')}</span>
          </li>
          <li>
            <a href={href.glossaryFile('json')} download className="link inline-flex min-h-11 items-center font-semibold">
              {t('downloads.json')}
            </a>
            <span className="block text-sm text-muted">{t('downloads.jsonNote')}</span>
          </li>
        </ul>
      </aside>
    </div>
  );
}

/**
 * One entry: Chinese, pinyin, English, the short definition, and a link to the term page. `lead` puts English
 * first on the A–Z-by-English page, where it is what the reader scans.
 */
function GlossaryEntry({ term, locale, lead }: { term: Term; locale: Locale; lead: 'zh' | 'en' }) {
  // The names are set in the system serifs (font-plain-serif), not the display face: 58 names would fetch every slice
  // of it (lib/fonts/build.ts) before the page's first paint on a phone. The page's own headings keep the display face.
  const zh = <TermName term={term} name="zh" locale={locale} className="font-plain-serif text-[1.65rem] leading-tight font-bold" />;
  const en = (
    <TermName
      term={term}
      name="en"
      locale={locale}
      className={
        lead === 'en' ? 'font-plain-serif text-[1.4rem] leading-tight font-bold' : 'font-plain-serif text-lg leading-snug font-semibold'
      }
    />
  );
  return (
    <li {...{ [FILTER_ATTR.item]: filterText(term) }}>
      <h3>
        <a href={href.term(locale, term.id)} className="flex flex-col gap-1 rounded-sm hover:text-accent">
          {lead === 'en' ? en : zh}
          <TermName term={term} name="pinyin" locale={locale} className="font-plain-serif text-base font-normal text-muted italic" />
          {lead === 'en' ? zh : en}
        </a>
      </h3>
      <p className="mt-2 leading-relaxed text-pretty text-muted">{term.short[locale]}</p>
    </li>
  );
}
