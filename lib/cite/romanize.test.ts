import { describe, expect, it } from 'vitest';
import { romanizer, toneless } from './romanize';

const r = romanizer([{ zh: '准格尔旗', pinyin: "Zhǔngé'ěr Qí" }]);

describe('romanizer (Pinyin by word, GB/T 16159—2012)', () => {
  it('joins the syllables of a word, writes names as given, no tones but ü, sentence case after a colon', () => {
    expect(r.title('从灰黑到碧绿：准格尔旗怎样修好矿山')).toBe("Cong huihei dao bilü: Zhunge'er Qi zenyang xiuhao kuangshan");
    expect(r.name('准格尔旗绿色矿山')).toBe("Zhunge'er Qi lüse kuangshan");
  });
  it('writes a numeral apart from its measure word (liang ge, yi tiao, san nian)', () => {
    expect(r.title('两个目标')).toBe('Liang ge mubiao');
    expect(r.title('三年工作计划')).toBe('San nian gongzuo jihua');
  });
  it('puts an apostrophe before a syllable inside a word that starts with a, o or e, and only there', () => {
    expect(r.title('西安')).toBe("Xi'an");
    expect(r.title('安全')).toBe('Anquan');
  });
  it('turns full-width punctuation into Latin punctuation with Latin spacing', () => {
    expect(r.title('两块“招牌”，一条新路')).toBe('Liang kuai “zhaopai”, yi tiao xin lu');
  });
  it('reads the polyphones the site uses as the dictionary does (长出 zhangchu, not changchu)', () => {
    expect(r.title('矿区新土地，长出新生计')).toBe('Kuangqu xin tudi, zhangchu xin shengji');
  });
  it('strips tone marks but keeps the diaeresis', () => {
    expect(toneless('lǜsè Zhǔngé’ěr')).toBe('lüse Zhunge’er');
  });
});
