import { describe, expect, it } from 'vitest';
import { foldChars } from './normalize';
import { stem } from './stem';
import { analyzeFolded, indexTerms, keywordTerms, planQuery } from './tokenize';

describe('Chinese tokenization', () => {
  it('indexes overlapping bigrams of every Han run, so words the Segmenter splits still match', () => {
    // Intl.Segmenter cuts 光伏 into 光|伏 and 整山整沟 into four characters.
    const seg = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment('光伏制氢')].map((s) => s.segment);
    expect(seg).not.toContain('光伏');
    const terms = indexTerms('光伏制氢项目');
    expect(terms).toEqual(expect.arrayContaining(['光伏', '伏制', '制氢', '氢项', '项目', '目']));
  });
  it('keeps Segmenter words of 3+ characters as extra terms', () => {
    expect(indexTerms('种植中草药')).toContain('中草药');
  });
  it('does not make bigrams across punctuation', () => {
    const terms = indexTerms('林（草）光');
    expect(terms).not.toContain('林草');
    expect(terms).toEqual(expect.arrayContaining(['林', '草', '光']));
  });
  it('joins a number with the following Han character (13万亩)', () => {
    const terms = indexTerms('打造13万亩林');
    expect(terms).toEqual(expect.arrayContaining(['13', '13万', '万亩', '亩林']));
  });
  it('full-width digits foldChars to ASCII', () => {
    expect(indexTerms('１３万亩')).toContain('13万');
  });
  it('plans a CJK query as AND of its bigrams, a one-character query as itself', () => {
    expect(planQuery('整山整沟').required).toEqual(['整山', '山整', '整沟']);
    expect(planQuery('药').required).toEqual(['药']);
    expect(planQuery('13万亩').required.sort()).toEqual(['13', '13万', '万亩'].sort());
    expect(planQuery('中草药').optional).toEqual(['中草药']);
  });
});

describe('English tokenization', () => {
  it('drops stop words, folds case and diacritics, keeps numbers whole', () => {
    const a = analyzeFolded(foldChars('The Terraces of Zhǔngéěr: 130,000 mu'));
    expect(a.words).toEqual(['terrac', 'zhungeer', '130000', 'mu']);
  });
  it('stems inflections of one word to one stem', () => {
    for (const w of ['terrace', 'terraces', 'terraced', 'terracing']) expect(stem(w)).toBe('terrac');
    expect(stem('mines')).toBe(stem('mining'));
    expect(stem('planning')).toBe('plan');
    expect(stem('restoration')).toBe(stem('restored'));
    expect(stem('alfalfa')).toBe('alfalfa');
    expect(stem('hydrogen')).toBe('hydrogen');
  });
  it('leaves pinyin syllables alone', () => {
    for (const w of ['ping', 'jing', 'xing', 'qi', 'gou', 'zheng']) expect(stem(w)).toBe(w);
  });
  it('keywords also index multi-word pinyin joined, so it can be typed without spaces', () => {
    expect(keywordTerms(['zhěng shān zhěng gōu'])).toContain('zhengshanzhenggou');
  });
});
