import { describe, expect, it } from 'vitest';
import {
  accessedPlaceholder,
  apa,
  apaHtml,
  bibtex,
  chicago,
  chicagoHtml,
  citationKey,
  formats,
  gbt7714,
  gbt7714Html,
  mla,
  mlaHtml,
  ris,
  formatsFor,
  quoteWithCitation,
  type CiteSource,
} from './index';

const ORIGIN = 'https://green-mines.test';

const enArticle: CiteSource = {
  locale: 'en',
  siteName: 'Green Mines of Zhungeer',
  title: 'Restoring the Land Above the Coal',
  url: `${ORIGIN}/en/restoration`,
  published: '2026-11-29',
  updated: '2026-12-01',
  accessed: '2026-12-05',
};

const enPassage: CiteSource = {
  ...enArticle,
  passageLabel: 'Standards First, Then Earthworks',
  url: `${ORIGIN}/en/restoration#standards-first`,
};

const zhArticle: CiteSource = {
  locale: 'zh',
  siteName: '准格尔旗绿色矿山',
  title: '煤海之上的生态修复',
  url: `${ORIGIN}/zh/restoration`,
  published: '2026-11-29',
  accessed: '2026-12-05',
};

const zhPassage: CiteSource = {
  ...zhArticle,
  passageLabel: '先定标准，再动土方',
  url: `${ORIGIN}/zh/restoration#standards-first`,
};

describe('GB/T 7714—2025', () => {
  it('cites an article with its update date', () => {
    expect(gbt7714(enArticle)).toBe(
      'Green Mines of Zhungeer. Restoring the Land Above the Coal[EB/OL]. （2026-12-01）[2026-12-05]. ' +
        'https://green-mines.test/en/restoration.',
    );
  });
  it('cites a Chinese article without an update date', () => {
    expect(gbt7714(zhArticle)).toBe(
      '准格尔旗绿色矿山. 煤海之上的生态修复[EB/OL]. （2026-11-29）[2026-12-05]. ' + 'https://green-mines.test/zh/restoration.',
    );
  });
  it('cites a passage as other title information', () => {
    expect(gbt7714(zhPassage)).toBe(
      '准格尔旗绿色矿山. 煤海之上的生态修复：先定标准，再动土方[EB/OL]. （2026-11-29）[2026-12-05]. ' +
        'https://green-mines.test/zh/restoration#standards-first.',
    );
    expect(gbt7714(enPassage)).toBe(
      'Green Mines of Zhungeer. Restoring the Land Above the Coal: Standards First, Then Earthworks[EB/OL]. ' +
        '（2026-12-01）[2026-12-05]. https://green-mines.test/en/restoration#standards-first.',
    );
  });
});

describe('APA 7', () => {
  it('drops the site name that repeats the group author', () => {
    expect(apa(enArticle)).toBe(
      'Green Mines of Zhungeer. (2026, December 1). Restoring the Land Above the Coal. ' + 'https://green-mines.test/en/restoration',
    );
    expect(apaHtml(enArticle)).toBe(
      'Green Mines of Zhungeer. (2026, December 1). <i>Restoring the Land Above the Coal</i>. ' + 'https://green-mines.test/en/restoration',
    );
  });
  it('cites passages in both languages', () => {
    expect(apa(enPassage)).toBe(
      'Green Mines of Zhungeer. (2026, December 1). Restoring the Land Above the Coal: Standards First, Then Earthworks. ' +
        'https://green-mines.test/en/restoration#standards-first',
    );
    expect(apa(zhPassage)).toBe(
      '准格尔旗绿色矿山. (2026, November 29). 煤海之上的生态修复：先定标准，再动土方. ' +
        'https://green-mines.test/zh/restoration#standards-first',
    );
    expect(apaHtml(zhArticle)).toBe(
      '准格尔旗绿色矿山. (2026, November 29). <i>煤海之上的生态修复</i>. ' + 'https://green-mines.test/zh/restoration',
    );
  });
});

describe('Chicago 18 (bibliography)', () => {
  it('marks a revision date as “Last modified”', () => {
    expect(chicago(enArticle)).toBe(
      'Green Mines of Zhungeer. “Restoring the Land Above the Coal.” Last modified December 1, 2026. ' +
        'https://green-mines.test/en/restoration.',
    );
  });
  it('uses the publication date when there is no revision', () => {
    expect(chicago(zhArticle)).toBe('准格尔旗绿色矿山. “煤海之上的生态修复.” November 29, 2026. https://green-mines.test/zh/restoration.');
  });
  it('cites passages', () => {
    expect(chicago(enPassage)).toBe(
      'Green Mines of Zhungeer. “Restoring the Land Above the Coal: Standards First, Then Earthworks.” ' +
        'Last modified December 1, 2026. https://green-mines.test/en/restoration#standards-first.',
    );
    expect(chicago(zhPassage)).toBe(
      '准格尔旗绿色矿山. “煤海之上的生态修复：先定标准，再动土方.” November 29, 2026. ' +
        'https://green-mines.test/zh/restoration#standards-first.',
    );
    expect(chicagoHtml(enPassage)).toBe(chicago(enPassage));
  });
});

describe('MLA 9', () => {
  it('puts the site in the italic container and adds the access date', () => {
    expect(mla(enArticle)).toBe(
      '“Restoring the Land Above the Coal.” Green Mines of Zhungeer, 1 Dec. 2026, ' +
        'https://green-mines.test/en/restoration. Accessed 5 Dec. 2026.',
    );
    expect(mlaHtml(enArticle)).toBe(
      '“Restoring the Land Above the Coal.” <i>Green Mines of Zhungeer</i>, 1 Dec. 2026, ' +
        'https://green-mines.test/en/restoration. Accessed 5 Dec. 2026.',
    );
  });
  it('cites passages', () => {
    expect(mla(enPassage)).toBe(
      '“Restoring the Land Above the Coal: Standards First, Then Earthworks.” Green Mines of Zhungeer, 1 Dec. 2026, ' +
        'https://green-mines.test/en/restoration#standards-first. Accessed 5 Dec. 2026.',
    );
    expect(mla(zhPassage)).toBe(
      '“煤海之上的生态修复：先定标准，再动土方.” 准格尔旗绿色矿山, 29 Nov. 2026, ' +
        'https://green-mines.test/zh/restoration#standards-first. Accessed 5 Dec. 2026.',
    );
  });
  it('uses MLA month abbreviations', () => {
    expect(mla({ ...zhArticle, published: '2026-09-03', accessed: '2026-06-30' })).toBe(
      '“煤海之上的生态修复.” 准格尔旗绿色矿山, 3 Sept. 2026, ' + 'https://green-mines.test/zh/restoration. Accessed 30 June 2026.',
    );
  });
});

describe('citationKey', () => {
  it('is built from year, path, passage and locale', () => {
    expect(citationKey(enArticle)).toBe('zhungeer2026-restoration-en');
    expect(citationKey(zhPassage)).toBe('zhungeer2026-restoration-standards-first-zh');
    expect(citationKey({ ...zhArticle, url: `${ORIGIN}/zh` })).toBe('zhungeer2026-zh');
  });
});

describe('BibTeX (biblatex @online)', () => {
  it('writes an English passage entry', () => {
    expect(bibtex(enPassage)).toBe(
      [
        '@online{zhungeer2026-restoration-standards-first-en,',
        '  author = {{Green Mines of Zhungeer}},',
        '  title = {Restoring the Land Above the Coal: Standards First, Then Earthworks},',
        '  organization = {{Green Mines of Zhungeer}},',
        '  date = {2026-12-01},',
        '  urldate = {2026-12-05},',
        '  url = {https://green-mines.test/en/restoration#standards-first},',
        '  langid = {english}',
        '}',
      ].join('\n'),
    );
  });
  it('keeps Chinese as UTF-8 and honours a custom key', () => {
    expect(bibtex(zhArticle, 'zgq-restoration')).toBe(
      [
        '@online{zgq-restoration,',
        '  author = {{准格尔旗绿色矿山}},',
        '  title = {煤海之上的生态修复},',
        '  organization = {{准格尔旗绿色矿山}},',
        '  date = {2026-11-29},',
        '  urldate = {2026-12-05},',
        '  url = {https://green-mines.test/zh/restoration},',
        '  langid = {chinese}',
        '}',
      ].join('\n'),
    );
  });
  it('escapes LaTeX specials in text but leaves # and % raw in url', () => {
    const s: CiteSource = {
      ...enArticle,
      title: 'Mines & Farms: 100% {green} #1 my_site $5 ~ ^ \\',
      url: `${ORIGIN}/en/restoration?q=a%20b#x_{y}`,
    };
    expect(bibtex(s, 'k')).toBe(
      [
        '@online{k,',
        '  author = {{Green Mines of Zhungeer}},',
        '  title = {Mines \\& Farms: 100\\% \\textbraceleft{}green\\textbraceright{} \\#1 my\\_site \\$5 ' +
          '\\textasciitilde{} \\textasciicircum{} \\textbackslash{}},',
        '  organization = {{Green Mines of Zhungeer}},',
        '  date = {2026-12-01},',
        '  urldate = {2026-12-05},',
        '  url = {https://green-mines.test/en/restoration?q=a%20b#x_%7By%7D},',
        '  langid = {english}',
        '}',
      ].join('\n'),
    );
  });
});

describe('RIS', () => {
  it('writes an English passage record', () => {
    expect(ris(enPassage)).toBe(
      [
        'TY  - ELEC',
        'AU  - Green Mines of Zhungeer',
        'TI  - Restoring the Land Above the Coal: Standards First, Then Earthworks',
        'T2  - Green Mines of Zhungeer',
        'PY  - 2026',
        'DA  - 2026/12/01',
        'Y2  - 2026/12/05',
        'UR  - https://green-mines.test/en/restoration#standards-first',
        'LA  - en',
        'ER  - ',
      ].join('\n'),
    );
  });
  it('writes a Chinese article record with \\n line ends only', () => {
    const out = ris(zhArticle);
    expect(out).toBe(
      [
        'TY  - ELEC',
        'AU  - 准格尔旗绿色矿山',
        'TI  - 煤海之上的生态修复',
        'T2  - 准格尔旗绿色矿山',
        'PY  - 2026',
        'DA  - 2026/11/29',
        'Y2  - 2026/12/05',
        'UR  - https://green-mines.test/zh/restoration',
        'LA  - zh',
        'ER  - ',
      ].join('\n'),
    );
    expect(out).not.toContain('\r');
    expect(out.endsWith('ER  - ')).toBe(true);
  });
});

describe('edge cases', () => {
  const tricky: CiteSource = { ...enArticle, title: 'Coal & Green: 100% {Renewed}', updated: '2026-11-29' };

  it('treats updated == published as unrevised', () => {
    expect(chicago(tricky)).toBe(
      'Green Mines of Zhungeer. “Coal & Green: 100% {Renewed}.” November 29, 2026. ' + 'https://green-mines.test/en/restoration.',
    );
    expect(gbt7714(tricky)).toBe(
      'Green Mines of Zhungeer. Coal & Green: 100% {Renewed}[EB/OL]. （2026-11-29）[2026-12-05]. ' +
        'https://green-mines.test/en/restoration.',
    );
    expect(apa(tricky)).toBe(
      'Green Mines of Zhungeer. (2026, November 29). Coal & Green: 100% {Renewed}. ' + 'https://green-mines.test/en/restoration',
    );
    expect(mla(tricky)).toBe(
      '“Coal & Green: 100% {Renewed}.” Green Mines of Zhungeer, 29 Nov. 2026, ' +
        'https://green-mines.test/en/restoration. Accessed 5 Dec. 2026.',
    );
  });

  it('escapes HTML in the html variants', () => {
    expect(apaHtml(tricky)).toBe(
      'Green Mines of Zhungeer. (2026, November 29). <i>Coal &amp; Green: 100% {Renewed}</i>. ' + 'https://green-mines.test/en/restoration',
    );
    expect(gbt7714Html({ ...tricky, title: '<script>' })).toContain('&lt;script&gt;[EB/OL]');
  });

  it('uses the publication date when updated is missing', () => {
    const noUpdate: CiteSource = { ...enArticle };
    delete noUpdate.updated;
    expect(apa(noUpdate)).toBe(
      'Green Mines of Zhungeer. (2026, November 29). Restoring the Land Above the Coal. ' + 'https://green-mines.test/en/restoration',
    );
    expect(ris(noUpdate)).toContain('DA  - 2026/11/29');
  });

  it('does not double a title’s own question mark', () => {
    const q = { ...zhArticle, locale: 'en' as const, siteName: 'Green Mines of Zhungeer', title: 'Why Trees First?' };
    expect(apa(q)).toBe('Green Mines of Zhungeer. (2026, November 29). Why Trees First? https://green-mines.test/zh/restoration');
    expect(chicago(q)).toBe('Green Mines of Zhungeer. “Why Trees First?” November 29, 2026. https://green-mines.test/zh/restoration.');
  });

  it('collapses stray line breaks so RIS stays one field per line', () => {
    expect(ris({ ...zhArticle, title: '煤海之上\n的生态修复' })).toContain('TI  - 煤海之上 的生态修复\n');
  });

  it('rejects malformed or impossible dates', () => {
    expect(() => apa({ ...enArticle, updated: '2026-02-30' })).toThrow(/ISO date/);
    expect(() => gbt7714({ ...enArticle, accessed: '5 Dec 2026' })).toThrow(/ISO date/);
  });
});

describe('formats', () => {
  it('lists every format once, in order, with labels in both languages', () => {
    expect(formats.map((f) => f.id)).toEqual(['gbt7714', 'apa', 'chicago', 'mla', 'bibtex', 'ris']);
    for (const f of formats) {
      expect(f.label.zh).not.toBe('');
      expect(f.label.en).not.toBe('');
      expect(f.fn(zhPassage)).toContain('#standards-first');
    }
  });
  it('keeps plain and html variants in sync', () => {
    for (const f of formats) {
      if (!f.html) continue;
      const stripped = f.html(enPassage).replace(/<\/?i>/g, '');
      expect(stripped).toBe(f.fn(enPassage));
    }
  });
});

describe('unknown access date', () => {
  const noDate = { ...enArticle, accessed: undefined };
  const zhNoDate = { ...zhArticle, accessed: undefined };
  it('shows a bracketed placeholder in GB/T 7714 and MLA', () => {
    expect(gbt7714(zhNoDate)).toBe(
      '准格尔旗绿色矿山. 煤海之上的生态修复[EB/OL]. （2026-11-29）[引用日期]. https://green-mines.test/zh/restoration.',
    );
    expect(mla(noDate)).toBe(
      '“Restoring the Land Above the Coal.” Green Mines of Zhungeer, 1 Dec. 2026, https://green-mines.test/en/restoration. Accessed [date accessed].',
    );
    expect(accessedPlaceholder.en).toBe('date accessed');
  });
  it('leaves the field out of BibTeX and RIS', () => {
    expect(bibtex(noDate)).not.toContain('urldate');
    expect(ris(noDate)).not.toMatch(/^Y2/m);
    expect(ris(noDate)).toMatch(/^UR {2}- https:/m);
  });
  it('does not change APA or Chicago, which carry no access date', () => {
    expect(apa(noDate)).toBe(apa(enArticle));
    expect(chicago(noDate)).toBe(chicago(enArticle));
  });
});

describe('quoteWithCitation', () => {
  it('quotes in English with an attribution, the publication date, the update date apart and the passage URL', () => {
    expect(quoteWithCitation('The colour has changed; the “ambition” has not.', enPassage)).toBe(
      '“The colour has changed; the ‘ambition’ has not.” (Green Mines of Zhungeer, “Restoring the Land Above the Coal: Standards First, Then Earthworks,” ' +
        'November 29, 2026, updated December 1, 2026, https://green-mines.test/en/restoration#standards-first)',
    );
    // unrevised: the publication date alone
    expect(quoteWithCitation('x', { ...enPassage, updated: enPassage.published })).toContain('Earthworks,” November 29, 2026, https://');
  });
  it('a revised Chinese page: published and updated, each named', () => {
    expect(quoteWithCitation('绿水青山', { ...zhPassage, updated: '2026-12-07' })).toContain(
      '》，2026年11月29日发布，2026年12月7日更新，https://',
    );
  });
  it('quotes in Chinese with full-width punctuation and book-title marks', () => {
    expect(quoteWithCitation('绿水青山\n就是“金山银山”', zhPassage)).toBe(
      '“绿水青山 就是‘金山银山’”（准格尔旗绿色矿山《煤海之上的生态修复：先定标准，再动土方》，2026年11月29日，' +
        'https://green-mines.test/zh/restoration#standards-first）',
    );
  });
});

describe('formatsFor', () => {
  it('puts the locale’s own styles first and keeps every format', () => {
    expect(formatsFor('zh').map((f) => f.id)).toEqual(['gbt7714', 'apa', 'chicago', 'mla', 'bibtex', 'ris']);
    expect(formatsFor('en').map((f) => f.id)).toEqual(['apa', 'chicago', 'mla', 'gbt7714', 'bibtex', 'ris']);
  });
});
