import { describe, expect, it } from 'vitest';
import { romanizer, toneless } from './romanize';

const r = romanizer([{ zh: '准格尔旗', pinyin: "Zhǔngé'ěr Qí" }]);

describe('romanizer (ALA-LC Pinyin)', () => {
  it('writes syllables apart, names as words, no tones but ü, sentence case after a colon', () => {
    expect(r.title('从灰黑到碧绿：准格尔旗怎样修好矿山')).toBe("Cong hui hei dao bi lü: Zhunge'er Qi zen yang xiu hao kuang shan");
    expect(r.name('准格尔旗绿色矿山')).toBe("Zhunge'er Qi lü se kuang shan");
  });
  it('turns full-width punctuation into Latin punctuation with Latin spacing', () => {
    expect(r.title('两块“招牌”，一条新路')).toBe('Liang kuai “zhao pai”, yi tiao xin lu');
  });
  it('reads the polyphones the site uses as the dictionary does (长出 zhang chu, not chang chu)', () => {
    expect(r.title('矿区新土地，长出新生计')).toBe('Kuang qu xin tu di, zhang chu xin sheng ji');
  });
  it('strips tone marks but keeps the diaeresis', () => {
    expect(toneless('lǜsè Zhǔngé’ěr')).toBe('lüse Zhunge’er');
  });
});
