import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate';

describe('negotiateLocale', () => {
  it.each([
    ['en-US,en;q=0.9', 'en'],
    ['en', 'en'],
    ['EN-gb', 'en'],
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['zh-Hant-HK,zh;q=0.9', 'zh'],
    ['fr, en;q=0.1', 'en'],
    ['fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7', 'en'],
    ['en;q=0, zh;q=0.5', 'zh'],
    ['zh;q=0.3, en;q=0.8', 'en'],
    ['en;q=0.5, zh;q=0.8', 'zh'],
    ['en , zh', 'en'], // equal q: the first listed wins
    ['en;q=0.8, zh;q=0.8', 'en'],
    ['en ; q = 0.9 , zh ; q=0.2', 'en'],
    ['*', 'zh'],
    ['*;q=0.9, en;q=0.5', 'zh'],
    ['fr', 'zh'],
    ['en;q=0', 'zh'],
    ['en;q=0.000', 'zh'],
  ])('%j → %s', (header, want) => {
    expect(negotiateLocale(header)).toBe(want);
  });

  it.each([undefined, null, '', '   ', ',,,;;;', ';q=0.9', '\u0000\uFFFF', 'q=1', '<script>', 'zh;q=-1'])(
    'falls back to zh for empty or garbage header %j',
    (header) => {
      expect(negotiateLocale(header)).toBe('zh');
    },
  );

  // RFC 9110: a qvalue is 0–1 with at most three decimals; a range with anything else is invalid and skipped.
  it('skips a range with an unparseable q', () => {
    expect(negotiateLocale('en;q=abc')).toBe('zh');
    expect(negotiateLocale('zh;q=0.5, en;q=high')).toBe('zh');
    expect(negotiateLocale('zh;q=abc, en;q=0.5')).toBe('en');
    expect(negotiateLocale('zh;q=1.5, en;q=0.1')).toBe('en');
    expect(negotiateLocale('zh;q=0.5001, en;q=0.5')).toBe('en'); // more than three decimals
    expect(negotiateLocale('zh;q=0.001, en;q=1.000')).toBe('en');
  });

  it('falls back to zh for a 10,000-character header without scanning it', () => {
    expect(negotiateLocale(`en,${'x'.repeat(10_000)}`)).toBe('zh');
    expect(negotiateLocale('en-US,'.repeat(2000))).toBe('zh');
  });

  it('only looks at the first 50 ranges', () => {
    const header = `${Array.from({ length: 50 }, () => 'fr').join(',')},en`;
    expect(header.length).toBeLessThan(1000);
    expect(negotiateLocale(header)).toBe('zh');
  });
});
