import { getTranslations } from 'next-intl/server';
import type { DefinedTerm } from 'schema-dts';
import { findPassage, getArticle, passageLinkText, type Term } from '@/lib/content';
import { absoluteUrl } from '@/lib/config';
import { joinList } from '@/lib/i18n/format';
import { langTag, otherLocale, type Locale } from '@/lib/i18n/routing';
import { Breadcrumbs } from '../Breadcrumbs';
import { JsonLd } from '../JsonLd';
import { SiteCoins } from '@/components/cite/Coins';
import { TitledSection } from '@/components/TitledSection';
import { TermName } from './TermName';
import { MixedEnglish } from '../Mixed';
import { Diagram } from '../diagrams/Diagram';
import { href } from '@/lib/routes';

/** Each passage once, in article order, with its section, address and link text (the heading, or the first words). */
async function usesOf(term: Term, locale: Locale) {
  const seen = new Set<string>();
  const out: { section: Term['uses'][Locale][number]['section']; passage: string; href: string; text: string; heading: boolean }[] = [];
  for (const use of term.uses[locale]) {
    const url = href.passage(locale, use.section, use.passage);
    if (seen.has(url)) continue;
    seen.add(url);
    const passage = findPassage(await getArticle(locale, use.section), use.passage);
    if (!passage) continue;
    out.push({ ...use, href: url, text: passageLinkText(passage, locale), heading: passage.kind === 'heading' });
  }
  return out;
}

export async function TermView({ term, locale, related }: { term: Term; locale: Locale; related: Term[] }) {
  const other = otherLocale(locale);
  const [t, tc, uses] = await Promise.all([
    getTranslations({ locale, namespace: 'glossary' }),
    getTranslations({ locale, namespace: 'common' }),
    usesOf(term, locale),
  ]);
  const zhLang = locale === 'zh' ? undefined : langTag.zh;
  const enLang = locale === 'en' ? undefined : langTag.en;
  const otherLang = langTag[other];
  const sections = [...new Set(uses.map((u) => u.section))];
  const articles = new Map(await Promise.all(sections.map(async (s) => [s, await getArticle(locale, s)] as const)));
  const aliases = [...term.aliases.zh.map((a) => ({ text: a, lang: zhLang })), ...term.aliases.en.map((a) => ({ text: a, lang: enLang }))];
  // A site rendering without its own note gets the standard one, in the reader's language.
  const note = term.rendering.source?.[locale];

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': absoluteUrl(href.term(locale, term.id)),
    name: locale === 'zh' ? term.zh : term.en,
    alternateName: [locale === 'zh' ? term.en : term.zh, term.pinyin, ...term.aliases.zh, ...term.aliases.en],
    description: term.definition[locale],
    termCode: term.id,
    url: absoluteUrl(href.term(locale, term.id)),
    inDefinedTermSet: {
      '@type': 'DefinedTermSet',
      '@id': absoluteUrl(href.glossary(locale)),
      name: t('title'),
      url: absoluteUrl(href.glossary(locale)),
    },
  } satisfies DefinedTerm & { '@context': 'https://schema.org' };

  return (
    <article className="mx-auto max-w-7xl px-4 pt-6 pb-24 sm:px-6">
      <JsonLd<DefinedTerm> data={jsonLd} />
      <SiteCoins locale={locale} title={term[locale]} url={href.term(locale, term.id)} description={term.short[locale]} />
      <Breadcrumbs
        locale={locale}
        items={[
          { href: href.glossary(locale), name: t('title') },
          { href: href.term(locale, term.id), name: term[locale] },
        ]}
      />
      <header className="max-w-4xl border-b border-rule pt-10 pb-10 sm:pt-16">
        <p className="text-sm font-semibold tracking-widest text-ochre uppercase">
          <a href={`${href.glossary(locale)}#${term.category}`} className="hover:underline hover:underline-offset-4">
            {t(`categories.${term.category}`)}
          </a>
        </p>
        <h1 className="mt-4 font-serif font-bold">
          <TermName term={term} name="zh" locale={locale} className="block text-display tracking-wide" />
          <TermName
            term={term}
            name="pinyin"
            locale={locale}
            className="mt-3 block font-sans text-xl font-normal text-muted italic sm:text-2xl"
          />
          {/* The English line in the system serifs: in the display face it was one more font file before the first paint. */}
          <TermName
            term={term}
            name="en"
            locale={locale}
            className="mt-2 block font-plain-serif text-2xl leading-snug text-balance sm:text-3xl"
          />
        </h1>
      </header>

      {/* On phones the facts (aliases, rendering, related) come before the list of uses; on wide screens they sit beside both. */}
      <div className="grid gap-12 pt-10 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr] lg:gap-x-20 lg:gap-y-14">
        <div className="max-w-[40rem] lg:col-start-1 lg:row-start-1">
          <h2 className="sr-only">{t('term.definition')}</h2>
          <p className="prose-body text-[1.2rem] text-pretty">{term.definition[locale]}</p>
          <div className="mt-8 border-l-2 border-accent/40 pl-5">
            <h2 className="text-xs font-semibold tracking-widest text-muted uppercase">{t('term.definitionOther')}</h2>
            <p lang={otherLang} className="mt-2 leading-relaxed text-pretty text-muted">
              {term.definition[other]}
            </p>
          </div>
          {/* The diagram an article draws of this term (content/diagrams.json `term`), linked to the passage it follows. */}
          {term.diagrams.map((d) => (
            <Diagram
              key={d.diagram}
              id={d.diagram}
              locale={locale}
              still={{
                link: (
                  <a href={href.passage(locale, d.section, d.passage)} className="link mt-2 block text-sm" data-diagram-passage="">
                    {t('term.diagramPassage', { title: articles.get(d.section)?.title ?? tc(`sections.${d.section}`) })}
                  </a>
                ),
              }}
            />
          ))}
        </div>

        <aside className="lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:border-l lg:border-rule lg:pl-10">
          <dl className="space-y-6 text-[0.95rem]">
            <div>
              <dt className="text-xs font-semibold tracking-widest text-muted uppercase">{t('term.category')}</dt>
              <dd className="mt-1">{t(`categories.${term.category}`)}</dd>
            </div>
            {aliases.length > 0 && (
              <div>
                <dt className="text-xs font-semibold tracking-widest text-muted uppercase">{t('term.alsoWritten')}</dt>
                <dd className="mt-1 leading-relaxed">
                  {joinList(
                    aliases.map((a) => (
                      <span key={a.text} lang={a.lang}>
                        {a.text}
                      </span>
                    )),
                    locale,
                    'enumeration',
                  )}
                </dd>
              </div>
            )}
            <div>
              <dt className="text-xs font-semibold tracking-widest text-muted uppercase">{t('term.rendering')}</dt>
              <dd className="mt-1 leading-relaxed">
                <span className="font-semibold">{term.rendering.status === 'official' ? t('term.official') : t('term.site')}</span>
                {/* The note in the page's language; on a Chinese page the English forms it quotes carry lang="en". */}
                <span className="mt-1 block text-muted" data-rendering-note="">
                  {note ? <MixedEnglish text={note} locale={locale} /> : t('term.siteNote')}
                </span>
              </dd>
            </div>
            {related.length > 0 && (
              <div>
                <dt className="text-xs font-semibold tracking-widest text-muted uppercase">{t('term.related')}</dt>
                <dd className="mt-2">
                  <ul className="flex flex-wrap gap-2">
                    {related.map((r) => (
                      <li key={r.id}>
                        <a
                          href={href.term(locale, r.id)}
                          className="inline-flex min-h-11 items-center rounded-2xl border border-rule px-4 py-2 text-sm leading-snug hover:border-accent hover:text-accent"
                        >
                          {r[locale]}
                        </a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
          <p className="mt-10">
            <a href={href.glossary(locale)} className="link">
              ← {t('term.back')}
            </a>
          </p>
        </aside>
        <TitledSection
          titleId="uses"
          title={t('term.uses')}
          headingClassName="font-serif text-2xl font-bold"
          className="max-w-[40rem] lg:col-start-1 lg:row-start-2"
        >
          <p className="mt-1 text-sm text-muted">{t('term.usesCount', { count: uses.length })}</p>
          {sections.map((s) => (
            <div key={s} className="mt-6">
              <h3 className="text-sm font-semibold">
                <a href={href.article(locale, s)} className="hover:text-accent">
                  {articles.get(s)?.title ?? tc(`sections.${s}`)}
                </a>
              </h3>
              <ul className="mt-2 divide-y divide-[var(--rule)] border-y border-rule">
                {uses
                  .filter((u) => u.section === s)
                  .map((u) => (
                    <li key={u.passage}>
                      <a href={u.href} className="group flex min-h-11 items-start gap-3 py-3 hover:bg-paper-2">
                        <span aria-hidden="true" className="mt-0.5 shrink-0 text-accent">
                          {u.heading ? '§' : '¶'}
                        </span>
                        <span className={`leading-relaxed group-hover:text-accent ${u.heading ? 'font-semibold' : ''}`}>{u.text}</span>
                      </a>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </TitledSection>
      </div>
    </article>
  );
}
