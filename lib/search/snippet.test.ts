import { describe, expect, it } from 'vitest';
import { makeSnippet, needlesFor, type Segment } from './snippet';

const plain = (s: Segment[]) => s.map((x) => (x.hit ? `[${x.text}]` : x.text)).join('');
const needles = (phrase: string, terms: string[] = [], runs: string[] = []) => needlesFor(phrase, runs, terms);

describe('snippets', () => {
  it('returns short text whole with hits marked, no ellipsis', () => {
    const s = makeSnippet('瑞德牧草产业示范区以苜蓿为主。', needles('苜蓿', ['苜蓿'], ['苜蓿']));
    expect(plain(s)).toBe('瑞德牧草产业示范区以[苜蓿]为主。');
  });
  it('cuts a long Chinese text to a window of about 80 characters around the hit, with ellipses', () => {
    const text = '甲'.repeat(200) + '整山整沟' + '乙'.repeat(200);
    const s = makeSnippet(text, needles('整山整沟', ['整山', '山整', '整沟'], ['整山整沟']));
    const p = plain(s);
    expect(p.startsWith('…')).toBe(true);
    expect(p.endsWith('…')).toBe(true);
    expect(p).toContain('[整山整沟]');
    const len = Array.from(s.map((x) => x.text).join('')).length;
    expect(len).toBeGreaterThanOrEqual(80);
    expect(len).toBeLessThanOrEqual(84);
  });
  it('cuts a long English text to about 30 words', () => {
    const text = Array.from({ length: 100 }, (_, i) => (i === 70 ? 'alfalfa' : `word${i}`)).join(' ');
    const s = makeSnippet(text, needles('alfalfa', ['alfalfa']));
    const body = s
      .map((x) => x.text)
      .join('')
      .replace(/…/g, ' ')
      .trim();
    expect(body.split(/\s+/)).toHaveLength(30);
    expect(s.filter((x) => x.hit).map((x) => x.text)).toEqual(['alfalfa']);
    expect(plain(s).startsWith('…')).toBe(true);
  });
  it('marks every matched word form (stems) and merges adjacent grams', () => {
    const s = makeSnippet('Terraced slopes; a terrace.', needles('terraces', ['terrac']));
    expect(s.filter((x) => x.hit).map((x) => x.text)).toEqual(['Terraced', 'terrace']);
    const z = makeSnippet('只整山不管沟，整山整沟。', needles('整山整沟', ['整山', '山整', '整沟'], ['整山整沟']));
    expect(plain(z)).toBe('只[整山]不管沟，[整山整沟]。');
  });
  it('does not mark a Latin phrase inside a longer word', () => {
    const s = makeSnippet('mined-out mine', needles('mine', ['min']));
    // "mined" is marked as a word form of the stem, but the phrase test respects word edges
    expect(s.filter((x) => x.hit).map((x) => x.text)).toEqual(['mined', 'mine']);
  });
  it('never splits a surrogate pair at a cut', () => {
    const text = '𠀀'.repeat(150) + '苜蓿' + '𠀁'.repeat(150);
    const s = makeSnippet(text, needles('苜蓿', ['苜蓿'], ['苜蓿']));
    for (const seg of s) expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(seg.text)).toBe(false);
    expect(plain(s)).toContain('[苜蓿]');
  });
  it('maps hits back to the original characters (full-width, tone marks)', () => {
    const s = makeSnippet('规划１３万亩林带；Zhěng Shān', needles('13万亩', ['13', '13万', '万亩'], ['万亩']));
    expect(s.filter((x) => x.hit).map((x) => x.text)).toEqual(['１３万亩']);
    const p = makeSnippet('Zhěng Shān zhěng', needles('zheng shan', ['zheng', 'shan']));
    expect(p.filter((x) => x.hit).map((x) => x.text)).toEqual(['Zhěng Shān', 'zhěng']);
  });
  it('without hits returns the start of the text', () => {
    const s = makeSnippet('甲'.repeat(200), needles('无'));
    expect(s).toEqual([{ text: '甲'.repeat(80) + '…', hit: false }]);
  });
});
