import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { placeNames, remarkKeepNames, splitNames } from './keep-names';

describe('keep-names', () => {
  it('lists the glossary’s place names, longest first, without one-character names', () => {
    expect(placeNames).toEqual(expect.arrayContaining(['准格尔旗', '鄂尔多斯', '鄂尔多斯市', '几字弯']));
    expect(placeNames).not.toContain('旗');
    expect(placeNames.indexOf('鄂尔多斯市')).toBeLessThan(placeNames.indexOf('鄂尔多斯'));
  });
  it('cuts a title into parts, the place names marked', () => {
    expect(splitNames('从灰黑到碧绿：准格尔旗怎样修好矿山')).toEqual([
      { text: '从灰黑到碧绿：', keep: false },
      { text: '准格尔旗', keep: true },
      { text: '怎样修好矿山', keep: false },
    ]);
    expect(splitNames('鄂尔多斯市')).toEqual([{ text: '鄂尔多斯市', keep: true }]);
    // Negative control: text without a place name comes back whole and unmarked.
    expect(splitNames('时间表已经排定')).toEqual([{ text: '时间表已经排定', keep: false }]);
  });
  it('wraps place names in headings (not paragraphs) in keep-together spans', async () => {
    const code = String(await compile('## 准格尔旗的新路\n\n准格尔旗的段落', { remarkPlugins: [remarkKeepNames] }));
    expect(code).toMatch(/className: "keep-together",\s*children: "准格尔旗"/);
    expect(code.match(/keep-together/g)).toHaveLength(1);
  });
});
