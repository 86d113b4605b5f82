import { describe, expect, it } from 'vitest';
import { foldChars, MAX_QUERY_LENGTH, normalizeQuery, phraseKey } from './normalize';

describe('normalizeQuery', () => {
  it('trims and collapses whitespace (tabs, newlines, ideographic space)', () => {
    expect(normalizeQuery('  整山\t\n整沟 \u3000 terraces  ')).toBe('整山 整沟 terraces');
  });
  it('applies NFKC: full-width digits and letters become ASCII', () => {
    expect(normalizeQuery('１３万亩 ＰＶ')).toBe('13万亩 PV');
  });
  it('accepts string[] (repeated ?q=) and ignores non-strings', () => {
    expect(normalizeQuery(['苜蓿', 'x'])).toBe('苜蓿');
    expect(normalizeQuery([1, ' alfalfa '])).toBe('alfalfa');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(null)).toBe('');
    expect(normalizeQuery(42)).toBe('');
    expect(normalizeQuery({ toString: () => 'x' })).toBe('');
    expect(normalizeQuery([])).toBe('');
  });
  it('cuts to MAX_QUERY_LENGTH code points', () => {
    expect(MAX_QUERY_LENGTH).toBe(100);
    expect(Array.from(normalizeQuery('草'.repeat(150)))).toHaveLength(100);
    expect(normalizeQuery('a'.repeat(10_000))).toBe('a'.repeat(100));
  });
  it('never leaves half a surrogate pair when cutting astral characters', () => {
    const q = normalizeQuery('𠀀'.repeat(120)); // U+20000, two UTF-16 units each
    expect(Array.from(q)).toHaveLength(100);
    expect(q.length).toBe(200);
    // A cut that lands between two code units of the same character.
    const odd = normalizeQuery('a' + '😀'.repeat(300));
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(odd)).toBe(false);
  });
  it('drops control/format characters and lone surrogates', () => {
    expect(normalizeQuery('苜\u0000蓿\u200b \u202e')).toBe('苜蓿');
    expect(normalizeQuery('a\uD800b')).toBe('ab');
  });
  it('does not trail a space after cutting', () => {
    expect(normalizeQuery('a'.repeat(99) + ' bcd')).toBe('a'.repeat(99));
  });
});

describe('foldChars / phraseKey', () => {
  it('lowercases and strips tone marks so pinyin matches without tones', () => {
    expect(foldChars('Zhěng Shān Zhěng Gōu')).toBe('zheng shan zheng gou');
    expect(foldChars('Zhǔngéěr')).toBe('zhungeer');
  });
  it('turns punctuation runs into single spaces', () => {
    expect(phraseKey('整山整沟、联排连治')).toBe('整山整沟 联排连治');
    expect(phraseKey('Check-dams!')).toBe('check dams');
  });
});
