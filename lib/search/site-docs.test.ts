import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Site } from '../content/site';
import { loadIndex, search, type SearchIndex, type SearchResult } from './index';
import { searchIndexProblems, writeSearchIndex } from './build-cli';
import { buildSiteSearch, siteSearchDocs, type SiteSearchData } from './site-docs';

/** The real content, the real index: what readers will actually get. */
let site: Site;
const idx: Partial<Record<'zh' | 'en', SearchIndex>> = {};
beforeAll(async () => {
  site = await loadSite();
  idx.zh = loadIndex(buildSiteSearch(site, 'zh').index);
  idx.en = loadIndex(buildSiteSearch(site, 'en').index);
}, 60_000);

const sectionOf = (r: SearchResult | undefined) => r?.url.match(/^\/(?:zh|en)\/([a-z-]+)#/)?.[1];
const passages = (locale: 'zh' | 'en', q: string) => search(idx[locale]!, q, { kinds: ['passage'] });

describe('the built index files', () => {
  it('match the content', () => {
    expect(searchIndexProblems(site)).toEqual([]);
  });
  it('are reported when one is wrong or missing (negative control)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
    try {
      writeSearchIndex(site, dir);
      expect(searchIndexProblems(site, dir)).toEqual([]);
      const zh = JSON.parse(readFileSync(path.join(dir, 'zh.json'), 'utf8')) as SiteSearchData;
      zh.index.docs.pop();
      writeFileSync(path.join(dir, 'zh.json'), JSON.stringify(zh));
      rmSync(path.join(dir, 'en.json'));
      expect(searchIndexProblems(site, dir)).toEqual([
        expect.stringMatching(/zh\.json does not match content/),
        expect.stringMatching(/en\.json is missing/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('documents', () => {
  it('has every paragraph, photo and term of each locale, with urls into the right pages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const docs = siteSearchDocs(site, locale);
      const paragraphs = Object.values(site.articles).reduce(
        (n, a) => n + a[locale].passages.filter((p) => p.kind === 'paragraph').length,
        0,
      );
      expect(docs.filter((d) => d.kind === 'passage')).toHaveLength(paragraphs);
      expect(docs.filter((d) => d.kind === 'photo')).toHaveLength(site.photos.length);
      expect(docs.filter((d) => d.kind === 'term')).toHaveLength(site.terms.length);
      for (const d of docs)
        expect(d.url).toMatch(
          new RegExp(`^/${locale}/(restoration|industries|targets)#[a-z0-9-]+$|^/${locale}/(gallery|glossary)/[a-z0-9-]+$`),
        );
    }
  });
  it('titles a passage with the heading it sits under', () => {
    const doc = siteSearchDocs(site, 'en').find((d) => d.id === 'passage:industries#ruide')!;
    const article = site.articles.industries.en;
    const heading = article.passages.find((p) => p.id === article.passages.find((x) => x.id === 'ruide')!.heading)!;
    expect(doc.title).toBe(heading.text);
  });
});

describe('Chinese search on the real content', () => {
  it.each([
    ['苜蓿', 'industries'],
    ['中草药', 'industries'],
    ['整山整沟', 'restoration'],
    ['13万亩', 'targets'],
  ])('%s: first passage is in %s, with the query marked', (q, section) => {
    const rs = passages('zh', q);
    expect(sectionOf(rs[0])).toBe(section);
    expect(rs[0]!.match).toBe('phrase');
    expect(
      rs[0]!.snippet
        .filter((s) => s.hit)
        .map((s) => s.text)
        .join(''),
    ).toContain(q);
  });
  it('finds partial phrases that a word segmenter splits (草药, 整沟, 光伏)', () => {
    for (const q of ['草药', '整沟', '光伏']) {
      const rs = passages('zh', q);
      expect(rs.length).toBeGreaterThan(0);
      for (const r of rs) expect(r.snippet.map((s) => s.text).join('') + r.titleSegments.map((s) => s.text).join('')).toContain(q);
    }
  });
  it('ranks the exact phrase above scattered characters', () => {
    const rs = passages('zh', '整山整沟');
    const firstScattered = rs.findIndex((r) => r.match !== 'phrase');
    const lastPhrase = rs.map((r) => r.match).lastIndexOf('phrase');
    if (firstScattered !== -1) expect(lastPhrase).toBeLessThan(firstScattered);
  });
});

describe('English search on the real content', () => {
  it.each([
    ['alfalfa', ['industries']],
    ['terraces', ['restoration']],
    ['hydrogen', ['industries', 'targets']],
  ])('%s finds passages in %j', (q, sections) => {
    const rs = passages('en', q);
    expect(rs.length).toBeGreaterThan(0);
    expect(sections).toContain(sectionOf(rs[0]));
  });
  it('finds a term by its Chinese name, its pinyin without tones and an alias', () => {
    expect(search(idx.en!, '整山整沟', { kinds: ['term'] })[0]?.id).toBe('term:whole-hill-whole-gully');
    expect(search(idx.en!, 'zheng shan zheng gou', { kinds: ['term'] })[0]?.id).toBe('term:whole-hill-whole-gully');
    expect(search(idx.zh!, 'Jungar Banner', { kinds: ['term'] })[0]?.id).toBe('term:zhungeer-banner');
  });
  it('finds a photo by its caption and its alt text', () => {
    expect(search(idx.en!, 'alfalfa', { kinds: ['photo'] }).map((r) => r.id)).toContain('photo:ruide-alfalfa');
    expect(search(idx.zh!, '苜蓿', { kinds: ['photo'] }).map((r) => r.id)).toContain('photo:ruide-alfalfa');
  });
});
