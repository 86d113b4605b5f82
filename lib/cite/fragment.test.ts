import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, textDirective, textFragmentUrl } from './fragment';

const page = 'https://green-mines.test/zh/restoration';

describe('encodeFragmentTerm', () => {
  it('encodes the directive syntax characters - , & as well as spaces', () => {
    expect(encodeFragmentTerm('win-win, greener & better')).toBe('win%2Dwin%2C%20greener%20%26%20better');
  });
  it('encodes Chinese as UTF-8 percent escapes', () => {
    expect(encodeFragmentTerm('绿色矿山')).toBe('%E7%BB%BF%E8%89%B2%E7%9F%BF%E5%B1%B1');
    expect(encodeFragmentTerm('2021—2025')).toBe('2021%E2%80%942025');
  });
});

describe('textDirective', () => {
  it('keeps a short English quote whole', () => {
    expect(textDirective('a “win-win goal”, greener land')).toBe('text=a%20%E2%80%9Cwin%2Dwin%20goal%E2%80%9D%2C%20greener%20land');
  });
  it('links a long English quote by its first and last four words', () => {
    const quote = 'It aims for a win-win goal, greener land and better livelihoods at the same time.';
    expect(textDirective(quote)).toBe('text=It%20aims%20for%20a,at%20the%20same%20time.');
  });
  it('collapses whitespace and ignores empty quotes', () => {
    expect(textDirective('  green \n  mines ')).toBe('text=green%20mines');
    expect(textDirective(' \n ')).toBe('');
  });
  it('keeps a short Chinese quote whole', () => {
    expect(textDirective('向绿而行、依绿而兴')).toBe(`text=${encodeURIComponent('向绿而行、依绿而兴')}`);
  });
  it('cuts a long Chinese quote at punctuation near its edges', () => {
    const quote = '准格尔旗地处黄河几字弯腹地，煤炭资源丰富，但沟壑纵横、生态脆弱，修复任务艰巨繁重。';
    const [start, end] = textDirective(quote).slice(5).split(',').map(decodeURIComponent);
    expect(start).toBe('准格尔旗地处黄河几字');
    expect(end).toBe('修复任务艰巨繁重。');
    expect(quote.startsWith(start!)).toBe(true);
    expect(quote.endsWith(end!)).toBe(true);
  });
});

describe('textFragmentUrl', () => {
  it('puts the passage id before the directive and replaces an existing fragment', () => {
    expect(textFragmentUrl(`${page}#old`, '绿色矿山', 'setting')).toBe(`${page}#setting:~:text=%E7%BB%BF%E8%89%B2%E7%9F%BF%E5%B1%B1`);
  });
  it('works without a passage id, and falls back to the passage link for an empty quote', () => {
    expect(textFragmentUrl(page, 'green')).toBe(`${page}#:~:text=green`);
    expect(textFragmentUrl(page, '', 'setting')).toBe(`${page}#setting`);
  });
});
