import { describe, expect, it } from 'vitest';
import { formatAround, formatMessage } from './message';

describe('formatMessage (next-intl, for client leaves)', () => {
  it('fills arguments and formats numbers and plurals per locale, as the server’s t() does', () => {
    expect(formatMessage('en', 'Showing {shown} of {total} terms', { shown: 3, total: 58 })).toBe('Showing 3 of 58 terms');
    expect(formatMessage('en', '{total, number} terms', { total: 1200 })).toBe('1,200 terms');
    expect(formatMessage('en', '{n, plural, one {# result} other {# results}}', { n: 1 })).toBe('1 result');
    expect(formatMessage('zh', '显示{shown}条，共{total}条', { shown: 3, total: 58 })).toBe('显示3条，共58条');
  });

  it('splits around a value the page renders as an element', () => {
    expect(formatAround('en', '{count} results for “{query}”', { count: 2 }, 'query')).toEqual(['2 results for “', '”']);
    expect(formatAround('zh', '“{query}”共有 {count} 条结果', { count: 2 }, 'query')).toEqual(['“', '”共有 2 条结果']);
  });

  it('throws on a value the message asks for and was not given, instead of printing a fallback (control)', () => {
    expect(() => formatMessage('en', 'The date is {date}.', {})).toThrow();
  });
});
