import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { clientMessageKeys, openMessage } from './message';
import type { Locale } from './routing';
import { fill, fillAround } from './template';

/** next-intl's own output for the message: what the server's `t()` prints, and what the client must print too. */
const intl = (locale: Locale, message: string, values: Record<string, string | number>) =>
  createTranslator({
    locale,
    messages: { message },
    onError: (e) => {
      throw e;
    },
  })('message', values);

describe('openMessage (server) and fill (client leaves)', () => {
  it('fills arguments and picks plurals per locale exactly as next-intl does', () => {
    const cases: [Locale, string][] = [
      ['en', 'Showing {shown} of {total} terms'],
      ['zh', '显示{shown}条，共{total}条'],
      ['en', '{n, plural, one {# result} other {# results}} for “{q}”'],
      ['zh', '“{q}”共有 {n, plural, other {# 条结果}}'],
      ['en', 'It’s {n, plural, one {one passage} other {# passages}}, isn’t it'],
    ];
    for (const [locale, message] of cases)
      for (const n of [0, 1, 2, 3, 11, 21, 101, 1200, 12345]) {
        const values = { n, q: 'solar', shown: n, total: 58 };
        expect(fill(locale, openMessage(locale, message), values)).toBe(intl(locale, message, values));
      }
  });

  it('gives one form per plural category of the locale (Chinese: only other)', () => {
    expect(openMessage('en', '{n, plural, one {# term} other {# terms}}')).toEqual({
      plural: 'n',
      forms: { one: '{#n} term', other: '{#n} terms' },
    });
    expect(openMessage('zh', '{n, plural, other {#个}}')).toEqual({ plural: 'n', forms: { other: '{#n}个' } });
    expect(openMessage('en', 'Today ({date})')).toEqual({ forms: { other: 'Today ({date})' } });
  });

  it('splits around a value the page renders as an element', () => {
    expect(fillAround('en', openMessage('en', '{count} results for “{query}”'), { count: 2 }, 'query')).toEqual(['2 results for “', '”']);
    expect(fillAround('zh', openMessage('zh', '“{query}”共有 {count} 条结果'), { count: 2 }, 'query')).toEqual(['“', '”共有 2 条结果']);
  });

  it('control: a missing value throws instead of printing a fallback', () => {
    expect(() => fill('en', openMessage('en', 'The date is {date}.'), {})).toThrow(/date/);
    expect(() => fill('en', openMessage('en', '{n, plural, one {#} other {#}}'), { n: '1' })).toThrow(/number/);
  });

  it('control: what it cannot hand over unchanged throws on the server', () => {
    expect(() => openMessage('en', '{n, plural, =0 {none} one {#} other {#}}')).toThrow(/exact/);
    expect(() => openMessage('en', '{g, select, a {A} other {B}}')).toThrow(/unsupported/);
    expect(() => openMessage('en', '{n, number, percent}')).toThrow(/unsupported/);
    expect(() => openMessage('en', "a '{'brace'}'")).toThrow(/brace/);
    expect(() => openMessage('en', '{a, plural, other {#}} {b, plural, other {#}}')).toThrow(/more than one/);
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
  const read = (locale: string, file: string) => JSON.parse(readFileSync(path.join(dir, locale, file), 'utf8')) as Record<string, unknown>;

  it('come as one ICU message each, never as a One/Other pair of keys', () => {
    const found = ['en', 'zh'].flatMap((locale) =>
      readdirSync(path.join(dir, locale)).flatMap((file) => handPlurals(read(locale, file), `${locale}/${file}: `)),
    );
    expect(found).toEqual([]);
  });
  it('control: a One/Other pair is reported, a lone …Other is not', () => {
    expect(handPlurals({ a: { moreOne: '1', moreOther: 'n' }, definitionOther: 'x' })).toEqual(['a.more']);
  });

  /** The message at a full key (`namespace.path.to.it`), as `t.raw` would return it. */
  const at = (locale: string, key: string): string => {
    const [namespace, ...rest] = key.split('.');
    const message = rest.reduce<unknown>((m, k) => (m as Record<string, unknown> | undefined)?.[k], read(locale, `${namespace}.json`));
    if (typeof message !== 'string') throw new Error(`${locale}/${namespace}.json: no single message at ${rest.join('.')}`);
    return message;
  };

  it('the messages client leaves fill in (clientMessageKeys) read the same as next-intl prints them, for every count, in both languages', () => {
    for (const locale of ['en', 'zh'] as const)
      for (const key of clientMessageKeys) {
        const message = at(locale, key);
        for (let n = 0; n <= 130; n++) {
          const values = { count: n, shown: n, total: 58, query: '复垦 <b>', date: '2026-12-07' };
          expect(fill(locale, openMessage(locale, message), values), `${locale} ${key} ${n}`).toBe(intl(locale, message, values));
        }
      }
  });
  it('the search counts read right for one and many', () => {
    const [en, zh] = [read('en', 'search.json') as Record<string, string>, read('zh', 'search.json') as Record<string, string>];
    expect(fillAround('en', openMessage('en', en.count!), { count: 1 }, 'query')).toEqual(['1 result for “', '”']);
    expect(fillAround('en', openMessage('en', en.count!), { count: 2 }, 'query')).toEqual(['2 results for “', '”']);
    expect(fillAround('zh', openMessage('zh', zh.count!), { count: 1 }, 'query')).toEqual(['“', '”共有 1 条结果']);
    expect(fill('en', openMessage('en', en.more!), { count: 1 })).toBe('1 more passage in this section');
    expect(fill('en', openMessage('en', en.more!), { count: 3 })).toBe('3 more passages in this section');
    expect(fill('zh', openMessage('zh', zh.more!), { count: 1 })).toBe('本节还有 1 段');
  });
});

const root = path.resolve(import.meta.dirname, '../..');

/** Every `clientMessage(…)` call in a source file: the key it names, or `?` when the key is not a string literal. */
function clientMessageCalls(name: string, text: string): string[] {
  if (!text.includes('clientMessage')) return [];
  const keys: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'clientMessage') {
      const key = node.arguments[1];
      keys.push(key && ts.isStringLiteralLike(key) ? key.text : '?');
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
  return keys;
}

/** Calls whose key is missing from `registry` (so no parity test reads it), and registry keys no call uses. */
function unlistedMessages(files: { name: string; text: string }[], registry: readonly string[]): string[] {
  const used = files.flatMap(({ name, text }) => clientMessageCalls(name, text).map((key) => ({ name, key })));
  return [
    ...used
      .filter(({ key }) => !registry.includes(key))
      .map(({ name, key }) => `${name}: clientMessage(…, ${key}) is not in clientMessageKeys`),
    ...registry
      .filter((key) => !used.some((u) => u.key === key))
      .map((key) => `clientMessageKeys: ${key} is used by no clientMessage call`),
  ];
}

/** The site's source files (app, components, lib; tests and test code left out). */
function sourceFiles(): { name: string; text: string }[] {
  return ['app', 'components', 'lib']
    .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith(path.join('lib', 'testing')))
    .map((name) => ({ name, text: readFileSync(path.join(root, name), 'utf8') }));
}

describe('clientMessageKeys (lib/i18n/message.ts), the messages the parity test reads', () => {
  it('lists exactly the keys the code passes to clientMessage', () => {
    expect(unlistedMessages(sourceFiles(), clientMessageKeys)).toEqual([]);
  });
  it('control: a message used through clientMessage but not listed is reported, as are a computed key and a listed key nobody uses', () => {
    const page =
      "const a = await clientMessage(locale, 'search.count');\nconst b = <p>{await clientMessage(locale, 'search.placeholder')}</p>;";
    expect(unlistedMessages([{ name: 'app/x.tsx', text: page }], ['search.count'])).toEqual([
      'app/x.tsx: clientMessage(…, search.placeholder) is not in clientMessageKeys',
    ]);
    expect(unlistedMessages([{ name: 'lib/y.ts', text: 'clientMessage(locale, key);' }], ['search.count'])).toEqual([
      'lib/y.ts: clientMessage(…, ?) is not in clientMessageKeys',
      'clientMessageKeys: search.count is used by no clientMessage call',
    ]);
  });
});
