import { describe, expect, it } from 'vitest';
import { byEnglish, byInitial, byPinyin, filterSeparator, filterText, foldLoose } from './text';

describe('foldLoose: what a reader types matches what the glossary says', () => {
  it.each([
    ['Zhǔngé’ěr Qí', 'zhungeerqi'],
    ["Zhǔngé'ěr Qí", 'zhungeerqi'],
    ['lǜsè kuàngshān', 'lusekuangshan'],
    ['“Ji”-shaped bend', 'jishapedbend'],
    ['绿色矿山（二十条）', '绿色矿山二十条'],
  ])('%s → %s', (input, folded) => expect(foldLoose(input)).toBe(folded));

  it('finds a term by an alias, by pinyin without tones and by Chinese', () => {
    const text = filterText({
      zh: '准格尔旗',
      pinyin: 'Zhǔngé’ěr Qí',
      en: 'Zhungeer Banner',
      aliases: { zh: ['准旗'], en: ['Jungar Banner'] },
    });
    for (const q of ['Jungar', 'zhungeer qi', '准格尔', '准旗', 'banner']) expect(text).toContain(foldLoose(q));
    expect(text).not.toContain(foldLoose('Ordos'));
  });

  it('keeps fields apart with a separator a query cannot contain and HTML allows in an attribute', () => {
    const text = filterText({ zh: '准旗', pinyin: 'Zhǔn Qí', en: 'Banner', aliases: { zh: [], en: [] } });
    expect(text).toBe(['准旗', 'zhunqi', 'banner'].join(filterSeparator));
    expect(foldLoose(`qi${filterSeparator}banner`)).toBe('qibanner');
    expect(text).not.toContain('qibanner');
    // HTML forbids C0 controls other than whitespace in attribute values (the Nu checker reports them).
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/);
  });
});

describe('orders', () => {
  const terms = [
    { pinyin: 'Zhǔngé’ěr Qí', en: 'Zhungeer Banner' },
    { pinyin: 'Èěrduōsī', en: 'Ordos' },
    { pinyin: 'bǎn shàng', en: 'the “Ji”-shaped bend' },
  ];
  it('pinyin ignores tones and case', () =>
    expect(byPinyin(terms).map((t) => t.en)).toEqual(['the “Ji”-shaped bend', 'Ordos', 'Zhungeer Banner']));
  it('English ignores a leading article and quotes', () => {
    const sorted = byEnglish(terms);
    expect(sorted.map((t) => t.en)).toEqual(['the “Ji”-shaped bend', 'Ordos', 'Zhungeer Banner']);
    expect(byInitial(sorted, (t) => t.en.replace(/^the /, '')).map((g) => g.letter)).toEqual(['J', 'O', 'Z']);
  });
});
