import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
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

/** Message keys, at any depth, that come as a `…One`/`…Other` pair: a plural picked by hand instead of by ICU. */
function handPlurals(messages: unknown, at = ''): string[] {
  if (!messages || typeof messages !== 'object') return [];
  const entries = Object.entries(messages as Record<string, unknown>);
  const keys = new Set(entries.map(([k]) => k));
  const here = [...keys].filter((k) => k.endsWith('One') && keys.has(`${k.slice(0, -3)}Other`)).map((k) => `${at}${k.slice(0, -3)}`);
  return [...here, ...entries.flatMap(([k, v]) => handPlurals(v, `${at}${k}.`))];
}

describe('plurals in the messages (content/messages)', () => {
  const dir = path.join(import.meta.dirname, '../../content/messages');
  const read = (locale: string, file: string) => JSON.parse(readFileSync(path.join(dir, locale, file), 'utf8')) as Record<string, string>;

  it('come as one ICU message each, never as a One/Other pair of keys', () => {
    const found = ['en', 'zh'].flatMap((locale) =>
      readdirSync(path.join(dir, locale)).flatMap((file) => handPlurals(read(locale, file), `${locale}/${file}: `)),
    );
    expect(found).toEqual([]);
  });
  it('control: a One/Other pair is reported, a lone …Other is not', () => {
    expect(handPlurals({ a: { moreOne: '1', moreOther: 'n' }, definitionOther: 'x' })).toEqual(['a.more']);
  });
  it('the search counts read right for one and many, in both languages', () => {
    const [en, zh] = [read('en', 'search.json'), read('zh', 'search.json')];
    expect(formatAround('en', en.count!, { count: 1 }, 'query')).toEqual(['1 result for “', '”']);
    expect(formatAround('en', en.count!, { count: 2 }, 'query')).toEqual(['2 results for “', '”']);
    expect(formatAround('zh', zh.count!, { count: 1 }, 'query')).toEqual(['“', '”共有 1 条结果']);
    expect(formatMessage('en', en.more!, { count: 1 })).toBe('1 more passage in this section');
    expect(formatMessage('en', en.more!, { count: 3 })).toBe('3 more passages in this section');
    expect(formatMessage('zh', zh.more!, { count: 1 })).toBe('本节还有 1 段');
  });
});
