import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { placeNames, titlePhrases as phrases } from './place-names';
import { remarkHeadingPhrases } from './heading-phrases';

describe('phrases', () => {
  it('lists the glossary’s place names, longest first, without one-character names', () => {
    expect(placeNames()).toEqual(expect.arrayContaining(['准格尔旗', '鄂尔多斯', '鄂尔多斯市', '几字弯']));
    expect(placeNames()).not.toContain('旗');
    expect(placeNames().indexOf('鄂尔多斯市')).toBeLessThan(placeNames().indexOf('鄂尔多斯'));
  });
  it('cuts a Chinese title between phrases, never inside a word, a place name or a number and its unit', () => {
    const cut = (t: string) => {
      const parts = phrases(t);
      expect(parts.join('')).toBe(t);
      return parts;
    };
    expect(cut('从灰黑到碧绿：准格尔旗怎样修好矿山')).toContain('碧绿：');
    expect(cut('时间表已经排定：准格尔旗绿色矿山的下一程').join('|')).toMatch(/排定：\|准格尔旗\|绿色矿山\|的\|下一程/);
    expect(cut('草药与苜蓿：矿区土地的头一茬收成')).toContain('土地');
    expect(cut('13万亩有多大？')[0]).toBe('13万亩');
    expect(cut('准格尔旗：黄河“几字弯”的东北角')).toContain('“几字弯”');
    expect(cut('煤海之上长出绿色：准格尔旗的绿色矿山')).toEqual(expect.arrayContaining(['准格尔旗', '绿色矿山']));
    // Every cut is also a word boundary of the ICU segmenter that browsers use.
    const words = new Intl.Segmenter('zh', { granularity: 'word' });
    for (const t of ['沉陷区整山整沟治理后：油松戴帽、经济林缠腰、良田垫底', '中草药、苜蓿、光伏板下的养殖'])
      for (let i = 0, parts = cut(t), at = 0; i < parts.length - 1; i++) {
        at += parts[i]!.length;
        expect([...words.segment(t)].some((s) => s.index === at)).toBe(true);
      }
  });
  it('returns text without Chinese whole (negative control: a Chinese title of several phrases is cut)', () => {
    expect(phrases('From grey-black to green')).toEqual(['From grey-black to green']);
    expect(phrases('从灰黑到碧绿').length).toBeGreaterThan(1);
  });
  it('puts <wbr> between the phrases of headings, not of paragraphs', async () => {
    const code = String(await compile('## 准格尔旗的新路怎样走\n\n准格尔旗的新路怎样走', { remarkPlugins: [remarkHeadingPhrases] }));
    expect(code).toMatch(/"准格尔旗", _jsx\(_components\.wbr, \{\}\), "的"/);
    expect(code).toContain('"准格尔旗的新路怎样走"');
  });
});
