import { describe, expect, it } from 'vitest';
import { colon, formatDate, formatList, formatNumber, joinList, parenthetical } from './format';

describe('format', () => {
  it('writes a date in the reader language', () => {
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDate('2026-12-01', 'zh')).toBe('2026年12月1日');
  });
  it('groups and rounds numbers', () => {
    expect(formatNumber(8666.67, 'en')).toBe('8,667');
    // Chinese sets its numbers solid, as the articles do (8667公顷), not 8,667.
    expect(formatNumber(8666.67, 'zh')).toBe('8667');
    expect(formatNumber(1.25, 'zh', 1)).toBe('1.3');
  });
});

describe('lists', () => {
  const three = ['a', 'b', 'c'];
  it('join things with "and" before the last: no serial comma in English, 、 and 和 in Chinese', () => {
    expect(formatList(three, 'en')).toBe('a, b and c');
    expect(formatList(three, 'zh')).toBe('a、b和c');
    expect(formatList(['a', 'b'], 'en')).toBe('a and b');
    expect(formatList(['a', 'b'], 'zh')).toBe('a和b');
    expect(formatList(['a'], 'zh')).toBe('a');
    expect(formatList([], 'en')).toBe('');
  });
  it('set an enumeration side by side, without "and"', () => {
    expect(formatList(three, 'en', 'enumeration')).toBe('a, b, c');
    expect(formatList(three, 'zh', 'enumeration')).toBe('a、b、c');
  });
  it('separate Chinese clauses with "，", never 、 or 和; English clauses take "and"', () => {
    const clauses = ['3处更正事实错误', '1处调整措辞'];
    expect(formatList(clauses, 'zh', 'clauses')).toBe('3处更正事实错误，1处调整措辞');
    expect(formatList(three, 'zh', 'clauses')).toBe('a，b，c');
    expect(formatList(three, 'en', 'clauses')).toBe('a, b and c');
  });
  it('keep elements as they are, in order, with string separators between them', () => {
    const items = [{ k: 1 }, { k: 2 }, { k: 3 }];
    const joined = joinList(items, 'en');
    expect(joined).toEqual([items[0], ', ', items[1], ' and ', items[2]]);
    expect(joined[0]).toBe(items[0]);
    expect(joinList(items, 'zh', 'clauses')).toEqual([items[0], '，', items[1], '，', items[2]]);
  });
  it('control: a list joined with the wrong rule is told apart (、 is not the clause comma, "and" is not an enumeration)', () => {
    expect(formatList(three, 'zh', 'clauses')).not.toBe(formatList(three, 'zh'));
    expect(formatList(three, 'en', 'enumeration')).not.toBe(formatList(three, 'en'));
    expect(formatList(three, 'zh', 'enumeration')).not.toBe(formatList(three, 'en', 'enumeration'));
  });
});

describe('colon and parenthetical', () => {
  it('write the full-width forms in Chinese and the spaced ASCII forms in English', () => {
    expect(colon('来源', 'zh')).toBe('来源：');
    expect(colon('Source', 'en')).toBe('Source: ');
    expect(`标题${parenthetical('恢复', 'zh')}`).toBe('标题（恢复）');
    expect(`Title${parenthetical('Restoration', 'en')}`).toBe('Title (Restoration)');
  });
  it('control: the two locales never share a form (a half-width mark in Chinese would be reported)', () => {
    expect(colon('x', 'zh')).not.toMatch(/[:(]/);
    expect(parenthetical('x', 'zh')).not.toMatch(/[ ()]/);
    expect(colon('x', 'en')).not.toMatch(/[：（]/);
    expect(parenthetical('x', 'en')).not.toMatch(/[（）]/);
  });
});
