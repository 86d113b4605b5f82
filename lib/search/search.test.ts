import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EN_DOCS, ZH_DOCS } from '../testing/fixtures/search-docs';
import { buildIndex, loadIndex, search, type SearchDoc, type SearchResult } from './index';

const zh = loadIndex(buildIndex('zh', ZH_DOCS));
const en = loadIndex(buildIndex('en', EN_DOCS));
const ids = (rs: SearchResult[]) => rs.map((r) => r.id);
const hits = (r: SearchResult | undefined) => (r ? r.snippet.filter((s) => s.hit).map((s) => s.text) : []);
const textOf = (r: SearchResult) => r.snippet.map((s) => s.text).join('');

describe('Chinese partial phrases (the Nextra/Fumadocs/Pagefind failures)', () => {
  const cases: Array<[string, string]> = [
    ['苜蓿', 'passage:industries#ruide'],
    ['中草药', 'passage:industries#shigetu'],
    ['整山整沟', 'passage:restoration#whole-hill'],
    ['13万亩', 'passage:targets#pv-belt'],
    ['草药', 'passage:industries#shigetu'],
    ['整沟', 'passage:restoration#whole-hill'],
    ['光伏', 'passage:industries#changxu'],
    ['坡改梯', 'passage:restoration#terraces'],
    ['沟筑坝', 'passage:restoration#terraces'],
    ['光伏制氢', 'passage:industries#green-chain'],
  ];
  for (const [q, id] of cases) {
    it(`${q} finds ${id}, with the query marked in the snippet`, () => {
      const rs = search(zh, q);
      expect(ids(rs)).toContain(id);
      const r = rs.find((x) => x.id === id);
      expect(hits(r).join('')).toContain(q);
      // every result actually contains the phrase or all its bigrams
      for (const x of rs) expect(x.match === 'phrase' || x.match === 'all').toBe(true);
    });
  }
  it('a one-character query works, in the middle or at the end of a word', () => {
    expect(ids(search(zh, '蓿'))).toEqual(['passage:industries#ruide']);
    expect(ids(search(zh, '苜'))).toEqual(['passage:industries#ruide']);
    expect(hits(search(zh, '氢')[0])).toEqual(['氢']);
  });
  it('13万亩 does not match text with only 13 or only 万亩', () => {
    const idx = loadIndex(
      buildIndex('zh', [
        { id: 'a', kind: 'passage', url: '/a', title: '甲', text: '共有13个矿。' },
        { id: 'b', kind: 'passage', url: '/b', title: '乙', text: '产业带共5万亩。' },
        { id: 'c', kind: 'passage', url: '/c', title: '丙', text: '产业带共13万亩。' },
      ]),
    );
    expect(ids(search(idx, '13万亩'))).toEqual(['c']);
  });
  it('requires all bigrams (AND): 光伏 does not return passages with only 光', () => {
    for (const r of search(zh, '光伏')) expect(textOf(r) + r.title).toContain('光伏');
  });
});

describe('ranking', () => {
  it('puts the exact phrase above scattered bigrams', () => {
    const rs = search(zh, '整山整沟', { kinds: ['passage'] });
    expect(ids(rs)).toEqual(['passage:restoration#whole-hill', 'passage:restoration#scattered']);
    expect(rs[0]!.match).toBe('phrase');
    expect(rs[1]!.match).toBe('all');
    expect(rs[0]!.score).toBeGreaterThan(rs[1]!.score);
  });
  it('scores are in descending order', () => {
    for (const q of ['光伏', '中草药', 'terraces', 'mine']) {
      const s = search(q.match(/\p{Script=Han}/u) ? zh : en, q).map((r) => r.score);
      expect(s).toEqual([...s].sort((a, b) => b - a));
    }
  });
  it('falls back to partial matches (marked) when nothing has every term', () => {
    // Two words typed together: 瑞德 and 苜蓿 are in the passage, the joining bigram 德苜 is not.
    const rs = search(zh, '瑞德苜蓿');
    expect(ids(rs)).toEqual(['passage:industries#ruide']);
    expect(rs[0]!.match).toBe('partial');
    expect(search(zh, '量子计算')).toEqual([]);
  });
  it('kinds filter and limit', () => {
    expect(search(zh, '中草药', { kinds: ['photo'] }).map((r) => r.kind)).toEqual(['photo']);
    expect(search(zh, '光伏', { limit: 1 })).toHaveLength(1);
    expect(search(zh, '光伏', { limit: -5 })).toHaveLength(1);
    expect(search(zh, '光伏', { limit: Number.NaN }).length).toBeGreaterThan(1);
  });
});

describe('English', () => {
  it('terraces finds terrace and terraced (stemming)', () => {
    const rs = search(en, 'terraces');
    expect(ids(rs)).toEqual(
      expect.arrayContaining(['passage:restoration#terraces', 'passage:restoration#terrace-history', 'photo:terraces-check-dams']),
    );
    expect(hits(rs.find((r) => r.id === 'passage:restoration#terrace-history'))).toEqual(['terrace']);
  });
  it('finds hydrogen and alfalfa; prefix and small typos work for long words', () => {
    expect(ids(search(en, 'hydrogen'))).toEqual(['passage:industries#green-chain']);
    expect(ids(search(en, 'alfalfa'))).toEqual(['passage:industries#ruide', 'photo:ruide-alfalfa'].sort());
    expect(ids(search(en, 'hydro'))).toContain('passage:industries#green-chain');
    expect(ids(search(en, 'alfalfo'))).toEqual(expect.arrayContaining(['passage:industries#ruide']));
  });
  it('multi-word queries need every word; the exact phrase ranks first', () => {
    const rs = search(en, 'check dams');
    expect(rs[0]!.id).toBe('passage:restoration#terraces');
    expect(hits(rs[0])).toContain('check dams');
  });
  it('stop-word-only query returns nothing', () => {
    expect(search(en, 'the of and')).toEqual([]);
  });
  it('numbers match with or without thousands separators', () => {
    expect(ids(search(en, '130,000'))).toEqual(['passage:targets#pv-belt']);
    expect(ids(search(en, '130000'))).toEqual(['passage:targets#pv-belt']);
  });
});

describe('glossary terms', () => {
  it('an alias (Jungar Banner, Juungar Banner) surfaces the term first', () => {
    for (const q of ['Jungar Banner', 'juungar banner', 'Zhungeer Banner']) {
      expect(search(en, q)[0]!.id).toBe('term:zhungeer-banner');
    }
    expect(search(zh, 'Jungar Banner')[0]!.id).toBe('term:zhungeer-banner');
  });
  it('pinyin without tones (spaced or joined) finds the term', () => {
    expect(search(en, 'zheng shan zheng gou')[0]!.id).toBe('term:whole-hill-whole-gully');
    expect(search(en, 'zhengshanzhenggou')[0]!.id).toBe('term:whole-hill-whole-gully');
    expect(search(zh, 'caikongqu')[0]!.id).toBe('term:goaf');
    expect(search(zh, 'zhungeer qi')[0]!.id).toBe('term:zhungeer-banner');
  });
  it('pinyin with tones finds it too', () => {
    expect(search(en, 'zhěng shān')[0]!.id).toBe('term:whole-hill-whole-gully');
  });
  it('an English keyword finds the term in the zh index', () => {
    expect(search(zh, 'goaf')[0]!.id).toBe('term:goaf');
    expect(search(en, 'gob')[0]!.id).toBe('term:goaf');
  });
  it('the Chinese term surfaces in the English index', () => {
    expect(search(en, '准格尔旗')[0]!.id).toBe('term:zhungeer-banner');
  });
  it('title segments mark the hit', () => {
    const r = search(zh, '整山整沟').find((x) => x.id === 'term:whole-hill-whole-gully')!;
    expect(r.titleSegments).toEqual([{ text: '整山整沟', hit: true }]);
  });
});

describe('snippets in results', () => {
  it('windows a long passage around the hit, with a leading ellipsis', () => {
    const r = search(zh, '中草药').find((x) => x.id === 'passage:targets#long')!;
    const t = textOf(r);
    expect(t.startsWith('…')).toBe(true);
    expect(hits(r)).toContain('中草药');
    expect(Array.from(t).length).toBeLessThanOrEqual(90);
  });
  it('segments are plain text, never HTML', () => {
    const idx = loadIndex(
      buildIndex('en', [{ id: 'x', kind: 'passage', url: '/x', title: '<b>t</b>', text: 'alfalfa <script>alert(1)</script>' }]),
    );
    const r = search(idx, 'alfalfa')[0]!;
    expect(r.snippet).toEqual([
      { text: 'alfalfa', hit: true },
      { text: ' <script>alert(1)</script>', hit: false },
    ]);
  });
});

describe('hostile input', () => {
  const nasty: unknown[] = [
    '',
    '   ',
    '<script>alert(1)</script>',
    '%',
    '%%%25',
    '*',
    '"',
    '"光伏"',
    '.*+?^${}()|[]\\/',
    '(?<x>a)\\1',
    'a'.repeat(10_000),
    '草'.repeat(10_000),
    '😀'.repeat(5_000),
    '\u0000\u202e\uD800',
    ['光伏', '苜蓿'],
    undefined,
    null,
    42,
    { q: 'x' },
  ];
  it('never throws, and empty input gives no results', () => {
    for (const q of nasty) {
      for (const idx of [zh, en]) expect(() => search(idx, q)).not.toThrow();
    }
    expect(search(zh, '')).toEqual([]);
    expect(search(zh, '   ')).toEqual([]);
    expect(search(zh, undefined)).toEqual([]);
    expect(search(zh, '*')).toEqual([]);
    expect(search(zh, '%')).toEqual([]);
  });
  it('gives sensible results for quoted or bracketed real queries', () => {
    expect(ids(search(zh, '"光伏制氢"'))).toContain('passage:industries#green-chain');
    expect(ids(search(zh, '(苜蓿)*'))).toEqual(['passage:industries#ruide']);
    expect(search(zh, '<script>alert(1)</script>')).toEqual([]);
  });
  it('a 10,000-character query is cut and answered quickly', () => {
    const t = performance.now();
    search(zh, '光伏'.repeat(5_000));
    search(en, 'terraces '.repeat(2_000));
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe('build / serialize / load', () => {
  it('JSON round trip gives the same results', () => {
    const built = buildIndex('zh', ZH_DOCS);
    const fresh = loadIndex(JSON.parse(JSON.stringify(built)));
    const direct = loadIndex(built);
    for (const q of ['苜蓿', '整山整沟', '13万亩', '光伏', 'goaf', 'Jungar Banner', '药']) {
      expect(search(fresh, q)).toEqual(search(direct, q));
    }
    const enFresh = loadIndex(JSON.parse(JSON.stringify(buildIndex('en', EN_DOCS))));
    for (const q of ['terraces', 'alfalfa', 'zheng shan']) expect(search(enFresh, q)).toEqual(search(en, q));
  });
  it('loadIndex is cached per serialized object', () => {
    const built = buildIndex('en', EN_DOCS);
    expect(loadIndex(built)).toBe(loadIndex(built));
    expect(loadIndex(built).locale).toBe('en');
    expect(loadIndex(built).size).toBe(EN_DOCS.length);
  });
  it('rejects bad input at build time with a message naming the doc', () => {
    const d: SearchDoc = { id: 'a', kind: 'passage', url: '/a', title: 't', text: 'x' };
    expect(() => buildIndex('zh', [d, d])).toThrow(/doc #1 \(a\): duplicate id/);
    expect(() => buildIndex('zh', [{ ...d, kind: 'video' as never }])).toThrow(/kind/);
    expect(() => buildIndex('fr' as never, [d])).toThrow(/locale/);
    expect(() => loadIndex({} as never)).toThrow(/version/);
  });
  it('reports size and query time for the fixture', () => {
    const zj = JSON.stringify(buildIndex('zh', ZH_DOCS));
    const ej = JSON.stringify(buildIndex('en', EN_DOCS));
    const size = (s: string) => `${Buffer.byteLength(s)} B (${gzipSync(s).length} B gzip)`;
    const qs = ['苜蓿', '中草药', '整山整沟', '13万亩', '草药', '整沟', '光伏', '药', 'terraces', 'alfalfa', 'Jungar Banner', 'zheng shan'];
    const times: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const q = qs[i % qs.length]!;
      const t = performance.now();
      search(/\p{Script=Han}/u.test(q) ? zh : en, q);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = times[500]!;
    console.log(
      `[search] fixture zh ${ZH_DOCS.length} docs: ${size(zj)}; en ${EN_DOCS.length} docs: ${size(ej)}; ` +
        `median query ${median.toFixed(3)} ms, p99 ${times[990]!.toFixed(3)} ms over 1000 queries`,
    );
    expect(median).toBeLessThan(20);
  });
});
