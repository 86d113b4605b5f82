import { describe, expect, it } from 'vitest';
import { hanRuns } from '../text/han';
import { formatBytes } from './index';

describe('formatBytes', () => {
  it.each([
    [0, 'en', '0 B'],
    [999, 'en', '999 B'],
    [173_891, 'en', '174 KB'],
    [1_447_088, 'en', '1.4 MB'],
    [173_891, 'zh', '174 KB'],
  ] as const)('%d bytes (%s) → %s', (bytes, locale, text) => {
    expect(formatBytes(bytes, locale)).toBe(text);
  });
  it('rejects nonsense instead of printing NaN', () => {
    expect(() => formatBytes(Number.NaN, 'en')).toThrow(/bytes/);
    expect(() => formatBytes(-1, 'en')).toThrow(/bytes/);
  });
});

describe('hanRuns', () => {
  it('separates a Chinese title quoted in English text', () => {
    const runs = hanRuns('“How the green mines were built” (绿色矿山是这样建成的), feature');
    expect(runs).toEqual([
      { text: '“How the green mines were built” (', han: false },
      { text: '绿色矿山是这样建成的', han: true },
      { text: '), feature', han: false },
    ]);
  });
  it('keeps plain English as one run and Chinese with its punctuation as one', () => {
    expect(hanRuns('Zhungeer Banner')).toEqual([{ text: 'Zhungeer Banner', han: false }]);
    expect(hanRuns('《绿色矿山》')).toEqual([{ text: '《绿色矿山》', han: true }]);
  });
});
