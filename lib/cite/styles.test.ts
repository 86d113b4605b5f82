import { describe, expect, it } from 'vitest';
import { articleFrontmatter } from '../content/schema';
import { apa, apaHtml, bibtex, chicago, gbt7714, mla, mlaHtml, quoteWithCitation, ris, type CiteSource } from './index';

/**
 * Each style pinned for one real article in each language (the titles and casings of content/articles/restoration),
 * as shared/reviews/citations-review.md says they must read. U is any public origin.
 */
const U = 'https://green-mines.test';
const forms = {
  sentence: 'From grey-black to green: How Zhungeer Banner is mending its mining land',
  headline: 'From Grey-Black to Green: How Zhungeer Banner Is Mending Its Mining Land',
};
/** The restoration article in one language, at its address and on the dates every expected string below reads. */
const restoration = (fields: Pick<CiteSource, 'locale' | 'siteName' | 'title' | 'titleForms' | 'translatedTitle'>): CiteSource => ({
  ...fields,
  url: `${U}/${fields.locale}/restoration`,
  published: '2026-11-29',
  updated: '2026-11-29',
  accessed: '2026-11-30',
});
const en = restoration({
  locale: 'en',
  siteName: 'Green Mines of Zhungeer',
  title: 'From grey-black to green: how Zhungeer Banner is mending its mining land',
  titleForms: forms,
});
const zh = restoration({ locale: 'zh', siteName: '准格尔旗绿色矿山', title: '从灰黑到碧绿：准格尔旗怎样修好矿山', translatedTitle: forms });

describe('English article, every style', () => {
  it('GB/T 7714—2025 copies the sentence-case title, full-width （date） as the standard and the official CSL set it', () => {
    expect(gbt7714(en)).toBe(
      'Green Mines of Zhungeer. From grey-black to green: How Zhungeer Banner is mending its mining land[EB/OL]. （2026-11-29）[2026-11-30]. ' +
        `${U}/en/restoration.`,
    );
  });
  it('APA 7 in sentence case, capital after the colon', () => {
    expect(apaHtml(en)).toBe(
      `Green Mines of Zhungeer. (2026, November 29). <i>From grey-black to green: How Zhungeer Banner is mending its mining land</i>. ${U}/en/restoration`,
    );
  });
  it('Chicago in headline case', () => {
    expect(chicago(en)).toBe(
      `Green Mines of Zhungeer. “From Grey-Black to Green: How Zhungeer Banner Is Mending Its Mining Land.” November 29, 2026. ${U}/en/restoration.`,
    );
  });
  it('MLA 9 in headline case', () => {
    expect(mla(en)).toBe(
      `“From Grey-Black to Green: How Zhungeer Banner Is Mending Its Mining Land.” Green Mines of Zhungeer, 29 Nov. 2026, ${U}/en/restoration. Accessed 30 Nov. 2026.`,
    );
  });
  it('BibLaTeX gives the sentence-case title with its proper nouns protected, the website and the language', () => {
    expect(bibtex(en)).toContain('title = {From grey-black to green: How {Zhungeer Banner} is mending its mining land}');
    expect(bibtex(en)).toContain('organization = {{Green Mines of Zhungeer}}');
    expect(bibtex(en)).toContain('langid = {english}');
    expect(bibtex(en)).toContain('urldate = {2026-11-30}');
  });
  it('RIS names the website in T2 and carries no PB', () => {
    const r = ris(en);
    expect(r).toContain('T2  - Green Mines of Zhungeer');
    expect(r).not.toContain('PB  -');
    expect(r).toContain('Y2  - 2026/11/30');
    expect(r).toContain('TI  - From grey-black to green: How Zhungeer Banner is mending its mining land');
  });
  it('without editor forms the title is used as given (negative control)', () => {
    expect(apa({ ...en, titleForms: undefined })).toContain('From grey-black to green: how Zhungeer');
  });
});

describe('Chinese article, every style', () => {
  it('GB/T 7714—2025 with full-width （date）', () => {
    expect(gbt7714(zh)).toBe(
      `准格尔旗绿色矿山. 从灰黑到碧绿：准格尔旗怎样修好矿山[EB/OL]. （2026-11-29）[2026-11-30]. ${U}/zh/restoration.`,
    );
  });
  it('APA adds the English title in brackets, sentence case', () => {
    expect(apaHtml(zh)).toBe(
      `准格尔旗绿色矿山. (2026, November 29). <i>从灰黑到碧绿：准格尔旗怎样修好矿山</i> [From grey-black to green: How Zhungeer Banner is mending its mining land]. ${U}/zh/restoration`,
    );
    expect(apa(zh)).not.toContain('</i>');
  });
  it('Chicago adds the bracketed translation after the quoted title', () => {
    expect(chicago(zh)).toBe(
      `准格尔旗绿色矿山. “从灰黑到碧绿：准格尔旗怎样修好矿山” [From grey-black to green: How Zhungeer Banner is mending its mining land]. November 29, 2026. ${U}/zh/restoration.`,
    );
  });
  it('MLA adds the translation in headline case', () => {
    expect(mlaHtml(zh)).toBe(
      `“从灰黑到碧绿：准格尔旗怎样修好矿山” [From Grey-Black to Green: How Zhungeer Banner Is Mending Its Mining Land]. <i>准格尔旗绿色矿山</i>, 29 Nov. 2026, ${U}/zh/restoration. Accessed 30 Nov. 2026.`,
    );
  });
  it('RIS keeps the Chinese title and the site in T2', () => {
    expect(ris(zh)).toContain('TI  - 从灰黑到碧绿：准格尔旗怎样修好矿山\nT2  - 准格尔旗绿色矿山');
  });
});

describe('passage citations: nested quotes and punctuation', () => {
  const passage = { ...en, passageLabel: 'A “Saihanba of the coal sea”', url: `${U}/en/restoration#saihanba` };
  it('Chicago and MLA turn the heading’s quotes to single ones, period inside both', () => {
    expect(chicago(passage)).toContain(
      '“From Grey-Black to Green: How Zhungeer Banner Is Mending Its Mining Land: A ‘Saihanba of the Coal Sea.’” November',
    );
    expect(mla(passage)).toMatch(/^“From Grey-Black .*: A ‘Saihanba of the Coal Sea\.’” Green Mines/);
  });
  it('APA: the period goes inside the heading’s closing quotation mark, and a title without one keeps it outside', () => {
    expect(apa(passage)).toContain('mending its mining land: A “Saihanba of the coal sea.” https://');
    expect(apa(passage)).not.toContain('sea”.');
    expect(apa({ ...passage, passageLabel: 'Where the coal was' })).toContain('land: Where the coal was. https://');
  });
  it('English quote with citation: comma inside the closing quotes, no nested double quotes', () => {
    const q = quoteWithCitation('Green again.', passage);
    expect(q).toContain('Land: A ‘Saihanba of the Coal Sea,’” November 29, 2026');
    expect(q.match(/“/g)).toHaveLength(2);
  });
  it('Chinese passage titles join with a full-width colon', () => {
    expect(gbt7714({ ...zh, passageLabel: '“煤海塞罕坝”' })).toContain('准格尔旗怎样修好矿山：“煤海塞罕坝”[EB/OL]');
  });
});

describe('frontmatter title casings', () => {
  const base = {
    title: 'After the Coal, a Living From the Land',
    standfirst: 's',
    summary: 's',
    published: '2026-11-29',
    updated: '2026-11-29',
    hero: 'x',
  };
  const headline = 'After the Coal, a Living from the Land';
  it.each([
    [
      'accepts both casings of the same words',
      { titleSentenceCase: 'After the coal, a living from the land', titleHeadlineCase: headline },
      undefined,
    ],
    [
      'refuses a casing with other words, naming the field',
      { titleSentenceCase: 'After coal, a living from land', titleHeadlineCase: headline },
      'titleSentenceCase',
    ],
    ['refuses one casing without the other', { titleHeadlineCase: headline }, 'titleSentenceCase'],
  ])('%s', (_, casings, refused) => {
    const result = articleFrontmatter.safeParse({ ...base, ...casings });
    expect(result.success).toBe(refused === undefined);
    expect(result.error?.issues[0]?.path).toEqual(refused === undefined ? undefined : [refused]);
  });
});
