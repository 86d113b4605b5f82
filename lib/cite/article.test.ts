import { describe, expect, it } from 'vitest';
import { articleSource, passageLabels, type CitedArticle } from './article';
import { apa, chicago, gbt7714, mla, quoteWithCitation } from './index';
import { romanizer } from './romanize';

const article: CitedArticle = {
  locale: 'zh',
  section: 'restoration',
  title: '煤海之上',
  published: '2026-11-29',
  updated: '2026-11-29',
  passages: [
    { id: 'lead', kind: 'paragraph', text: '导语' },
    { id: 'ambitions', kind: 'heading', text: '两个目标', heading: 'ambitions' },
    { id: 'demo-banner', kind: 'paragraph', text: '正文', heading: 'ambitions' },
  ],
};

describe('articleSource', () => {
  it('cites the article at its public URL without an access date', () => {
    const s = articleSource(article);
    expect(s.url).toMatch(/^https?:\/\/[^/]+\/zh\/restoration$/);
    expect(s.accessed).toBeUndefined();
    expect(gbt7714(s)).toContain('煤海之上[EB/OL]. （2026-11-29）[引用日期]');
  });
  it('cites a paragraph under its heading, and a lead paragraph by the title alone', () => {
    expect(articleSource(article, 'demo-banner')).toMatchObject({
      passageLabel: '两个目标',
      url: expect.stringMatching(/\/zh\/restoration#demo-banner$/),
    });
    expect(articleSource(article, 'lead').passageLabel).toBeUndefined();
    expect(passageLabels(article)).toEqual({ ambitions: { text: '两个目标' }, 'demo-banner': { text: '两个目标' } });
  });
});

const english: CitedArticle = {
  locale: 'en',
  section: 'restoration',
  title: 'Above the coal: how a banner mends its land',
  titleSentenceCase: 'Above the coal: How a banner mends its land',
  titleHeadlineCase: 'Above the Coal: How a Banner Mends Its Land',
  published: '2026-11-29',
  updated: '2026-11-29',
  passages: [
    { id: 'lead', kind: 'paragraph', text: 'Lead' },
    { id: 'ambitions', kind: 'heading', text: 'Herbs and alfalfa: a first harvest on mined land', heading: 'ambitions' },
    { id: 'demo-banner', kind: 'paragraph', text: 'Body', heading: 'ambitions' },
  ],
};
const roman = romanizer([{ zh: '准格尔旗', pinyin: "Zhǔngé'ěr Qí" }]);

describe('a Chinese passage in the English-language styles', () => {
  const s = articleSource({ ...article, title: '准格尔旗修好矿山' }, 'demo-banner', english, roman);
  it('translates the heading with the title, cased per style', () => {
    expect(apa(s)).toContain('[Above the coal: How a banner mends its land: Herbs and alfalfa: A first harvest on mined land]');
    expect(chicago(s)).toContain('[Above the coal: How a banner mends its land: Herbs and alfalfa: A first harvest on mined land]');
    expect(mla(s)).toContain('[Above the Coal: How a Banner Mends Its Land: Herbs and Alfalfa: A First Harvest on Mined Land]');
  });
  it('APA gives author and title in Pinyin (no characters); Chicago gives the Pinyin, then the characters', () => {
    // Pinyin by word (GB/T 16159—2012), the measure word apart from its numeral: liang ge mubiao.
    expect(apa(s)).toMatch(/^Zhunge'er Qi lüse kuangshan\. \(2026, November 29\)\. Zhunge'er Qi xiuhao kuangshan: Liang ge mubiao \[/);
    expect(apa(s)).not.toMatch(/\p{Script=Han}/u);
    expect(chicago(s)).toContain(
      "Zhunge'er Qi lüse kuangshan 准格尔旗绿色矿山. “Zhunge'er Qi xiuhao kuangshan: Liang ge mubiao 准格尔旗修好矿山：两个目标”",
    );
  });
  it('MLA keeps the characters and an English blank for the access date', () => {
    expect(mla(s)).toContain('“准格尔旗修好矿山：两个目标” [');
    expect(mla(s)).toContain('Accessed [date accessed].');
    expect(gbt7714(s)).toContain('[引用日期]');
  });
  it('without the English article there is no translation (negative control)', () => {
    expect(apa(articleSource(article, 'demo-banner'))).not.toContain('[');
  });
});

describe('an English passage heading', () => {
  const s = articleSource(english, 'demo-banner');
  it('is set in headline case after a headline-case title, and capitalised after its colon in APA', () => {
    expect(chicago(s)).toContain('“Above the Coal: How a Banner Mends Its Land: Herbs and Alfalfa: A First Harvest on Mined Land.”');
    expect(mla(s)).toContain('Herbs and Alfalfa: A First Harvest on Mined Land');
    expect(quoteWithCitation('Body', s)).toContain('Herbs and Alfalfa: A First Harvest on Mined Land,”');
    expect(apa(s)).toContain('Above the coal: How a banner mends its land: Herbs and alfalfa: A first harvest on mined land');
    expect(gbt7714(s)).toContain(
      'Above the coal: How a banner mends its land: Herbs and alfalfa: a first harvest on mined land[EB/OL]. （2026-11-29）',
    );
  });
});
