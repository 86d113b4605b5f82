import { describe, expect, it } from 'vitest';
import { countHan, hanRuns, hasHan, isAllHan, isWide, langOf, stripTones } from './han';

describe('Chinese-text helpers', () => {
  it('tells Chinese from Latin text', () => {
    expect(hasHan('Zhungeer Banner 准格尔旗')).toBe(true);
    expect(hasHan('Zhungeer Banner')).toBe(false);
    expect(isAllHan('准格尔旗')).toBe(true);
    expect(isAllHan('准格尔旗 2025')).toBe(false);
    expect(countHan('两山 and 三个四')).toBe(5);
  });

  it('treats CJK punctuation as wide but not as Chinese on its own', () => {
    expect(isWide('，')).toBe(true);
    expect(isWide('准')).toBe(true);
    expect(isWide(',')).toBe(false);
    expect(hasHan('，。')).toBe(false);
  });

  it('cuts mixed text into runs, keeping spaces between Chinese runs inside the run', () => {
    expect(hanRuns('the “两山 理论” idea')).toEqual([
      { text: 'the “', han: false },
      { text: '两山 理论', han: true },
      { text: '” idea', han: false },
    ]);
    expect(hanRuns('plain')).toEqual([{ text: 'plain', han: false }]);
  });

  it('gives the lang a fragment needs on a page of the other language', () => {
    expect(langOf('准格尔旗', 'en')).toBe('zh-Hans');
    expect(langOf('Zhungeer', 'zh')).toBe('en');
    expect(langOf('准格尔旗', 'zh')).toBeUndefined();
    expect(langOf('2025', 'zh')).toBeUndefined();
  });

  it('strips tone marks from pinyin', () => {
    expect(stripTones('Zhǔngé’ěr Qí')).toBe('Zhunge’er Qi');
    expect(stripTones('zhěng shān zhěng gōu')).toBe('zheng shan zheng gou');
  });
});
