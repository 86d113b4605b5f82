import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixtureSite } from '../testing/fixtures/content/site-fixture';
import { readingMinutes } from './load-articles';
import type { Site } from './site-types';
import type { Passage } from './mdx';

let site: Site;
beforeAll(async () => {
  site = await (await fixtureSite()).load();
});
afterAll(cleanFixtures);

describe('loadSite: the valid fixture', () => {
  it('reads every article in both locales with its frontmatter', () => {
    expect(Object.keys(site.articles)).toEqual(['restoration', 'industries', 'targets']);
    const zh = site.articles.restoration.zh;
    expect(zh).toMatchObject({
      section: 'restoration',
      locale: 'zh',
      file: 'content/articles/restoration/zh.mdx',
      title: '生态修复',
      published: '2026-11-29', // YAML reads a Date; the schema turns it back into YYYY-MM-DD
      updated: '2026-11-29',
      hero: 'hill',
    });
    expect(site.articles.targets.en.file).toBe('content/articles/targets/en.mdx');
  });

  it('returns passages with id, kind, depth, text, line and the heading they stand under', () => {
    const ps = site.articles.restoration.zh.passages;
    expect(ps.map((p) => p.id)).toEqual(['standards', 'plan', 'land', 'terraces', 'reclaim', 'ahead', 'next']);
    expect(ps[0]).toEqual({ id: 'standards', kind: 'heading', depth: 2, text: '先定标准', line: 10, heading: 'standards' });
    expect(ps[1]).toEqual({
      id: 'plan',
      kind: 'paragraph',
      depth: undefined,
      text: '绿色矿山从规划开始。',
      line: 12,
      heading: 'standards',
    });
    expect(ps[3]).toMatchObject({ id: 'terraces', kind: 'heading', depth: 3, line: 18 });
    expect(ps[4]).toMatchObject({ id: 'reclaim', line: 20, heading: 'terraces' });
    // zh and en carry the same ids in the same order
    expect(site.articles.restoration.en.passages.map((p) => p.id)).toEqual(ps.map((p) => p.id));
    // the " {#id}" marker is not part of the text
    expect(site.articles.restoration.en.passages[1]!.text).toBe('A green mine starts with a plan.');
  });

  it('gives a multi-line paragraph the line it starts on', () => {
    expect(site.articles.industries.zh.passages.find((p) => p.id === 'shigetu')).toMatchObject({
      line: 12,
      text: expect.stringContaining('光伏+也在推进'),
    });
  });

  it('records every term use per passage, and per term and locale', () => {
    expect(site.articles.restoration.zh.terms).toEqual([
      { term: 'green-mine', passage: 'plan' },
      { term: 'reclamation', passage: 'reclaim' },
      { term: 'green-mine', passage: 'reclaim' },
    ]);
    const green = site.terms.find((t) => t.id === 'green-mine')!;
    expect(green.uses.en).toEqual([
      { section: 'restoration', passage: 'plan' },
      { section: 'restoration', passage: 'reclaim' },
      { section: 'industries', passage: 'zhungeerzhao' },
      { section: 'targets', passage: 'all-mines' },
    ]);
    expect(green.uses.zh).toEqual(green.uses.en);
    expect(site.terms.find((t) => t.id === 'pv-plus')!.uses.zh).toEqual([{ section: 'industries', passage: 'shigetu' }]);
    // glossary defaults are filled in
    expect(site.terms.find((t) => t.id === 'reclamation')).toMatchObject({ related: [], aliases: { zh: [], en: [] } });
  });

  it('records photo placements: hero first, then in-text uses in reading order with the passage they follow', () => {
    const hill = site.photos.find((p) => p.id === 'hill')!;
    const field = site.photos.find((p) => p.id === 'field')!;
    expect(hill.usedIn).toEqual([
      { section: 'restoration', hero: true },
      { section: 'industries', after: 'shigetu' },
      { section: 'targets', hero: true },
      { section: 'targets', after: 'national-models' },
    ]);
    expect(field.usedIn).toEqual([
      { section: 'restoration', after: 'plan' },
      { section: 'industries', hero: true },
      { section: 'industries', after: 'shigetu' },
      { section: 'industries', after: 'changxu' },
    ]);
    expect(site.articles.industries.en.photos).toEqual([
      { photo: 'hill', after: 'shigetu' },
      { photo: 'field', after: 'shigetu' },
      { photo: 'field', after: 'changxu' },
    ]);
  });

  it('measures photos and gives them a src and a blur placeholder', () => {
    const hill = site.photos.find((p) => p.id === 'hill')!;
    expect(hill).toMatchObject({ src: '/photos/hill.png', width: 1600, height: 1000, featured: false, kind: 'illustration' });
    expect(hill.bytes).toBeGreaterThan(0);
    expect(hill.blurDataURL).toMatch(/^data:image\/webp;base64,/);
  });

  it('reads home, figures, timeline, and an empty redirects list', () => {
    expect(site.home.zh).toMatchObject({ locale: 'zh', title: '准格尔旗绿色矿山' });
    expect(site.home.en.passages.map((p) => [p.id, p.kind, p.line])).toEqual([
      ['place', 'paragraph', 8],
      ['about', 'heading', 10],
      ['source', 'paragraph', 12],
    ]);
    expect(site.figures.map((f) => f.id)).toEqual(['measures']);
    expect(site.timeline.map((e) => e.passage)).toEqual([{ section: 'targets', id: 'all-mines' }]);
    expect(site.redirects).toEqual([]);
  });

  it('reads redirects.json, and refuses a site without one (proxy.ts bundles it, so it is required for both)', async () => {
    const s = await fixtureSite();
    s.write('content/redirects.json', JSON.stringify({ redirects: [{ from: '/old', to: '/zh' }] }));
    expect((await s.load()).redirects).toEqual([{ from: '/old', to: '/zh' }]);
    s.remove('content/redirects.json');
    await expect(s.load()).rejects.toThrow(/content\/redirects\.json: \(file\) is missing|content\/redirects\.json.*is missing/);
  });

  it('gives short articles a reading time of one minute', () => {
    for (const pair of Object.values(site.articles)) {
      expect(pair.zh.readingMinutes).toBe(1);
      expect(pair.en.readingMinutes).toBe(1);
    }
  });
});

describe('readingMinutes', () => {
  const passage = (text: string): Passage => ({ id: 'p', kind: 'paragraph', text, line: 1 });
  it('counts Han characters at 400 a minute for zh (Latin words and punctuation do not count)', () => {
    expect(readingMinutes('zh', [passage('矿'.repeat(1000) + ' PV solar，。')])).toBe(3); // 2.5 rounds to 3
    expect(readingMinutes('zh', [passage('矿'.repeat(900)), passage('山'.repeat(300))])).toBe(3);
    expect(readingMinutes('zh', [passage('abc '.repeat(5000))])).toBe(1); // never 0
  });
  it('counts words at 220 a minute for en', () => {
    expect(readingMinutes('en', [passage('word '.repeat(660))])).toBe(3);
    expect(readingMinutes('en', [passage('word '.repeat(300)), passage('word '.repeat(360))])).toBe(3);
    expect(readingMinutes('en', [])).toBe(1);
  });
});
