import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixtureSite } from '../testing/fixtures/content/site-fixture';
import { displayTexts, sliceGlyphs, unicodeRange } from './build';

const root = mkdtempSync(path.join(os.tmpdir(), 'font-text-'));
afterAll(() => {
  cleanFixtures();
  rmSync(root, { recursive: true, force: true });
});

describe('displayTexts', () => {
  it('takes the titles of every message namespace there is, and the site’s data from the site it is given', async () => {
    const site = await (await fixtureSite()).load();
    const dir = path.join(root, 'content/messages/zh');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'common.json'), JSON.stringify({ siteName: '甲站' }));
    // A namespace no list names: its titles must still be in the subset, its other strings must not.
    writeFileSync(path.join(dir, 'newpart.json'), JSON.stringify({ part: { title: '鑫标题', body: '鬣正文' } }));
    const text = Object.values(displayTexts(site, root)).flat().join('');
    expect(text).toContain('甲站');
    expect(text).toContain('鑫标题');
    expect(text).not.toContain('鬣正文');
    expect(text).toContain('山→田'); // the fixture's before/after pair title
    expect(text).toContain('标题terraces'); // the fixture's diagram title
  });
});

describe('the slices of the Chinese display face', () => {
  it('put each character in one slice only, the first that uses it, with ASCII and title punctuation in the first', () => {
    const [first, articles, rest] = sliceGlyphs({ first: ['绿色矿山'], articles: ['矿山修复'], rest: ['修复术语'] });
    expect([...first!].filter((c) => /\p{Script=Han}/u.test(c)).join('')).toBe('山矿绿色'.split('').sort().join(''));
    expect(first).toContain('A');
    expect(first).toContain('，');
    expect(articles).toBe([...'修复'].sort().join(''));
    expect(rest).toBe([...'术语'].sort().join(''));
  });

  it('keep the home page’s titles in the first slice and glossary terms out of it', async () => {
    const site = await (await fixtureSite()).load();
    const dir = path.join(root, 'content/messages/zh');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'common.json'), JSON.stringify({ siteName: '甲站' }));
    const slices = displayTexts(site, root);
    expect(slices.first.join('')).toContain('甲站');
    expect(slices.first.join('')).toContain(site.home.zh.title);
    expect(slices.first).not.toContain(site.terms[0]!.pinyin);
    expect(slices.rest).toContain(site.terms[0]!.pinyin);
  });

  it('put the glossary index’s headings (its title and category headings) in the first slice, its other strings not', async () => {
    const site = await (await fixtureSite()).load();
    const dir = path.join(root, 'content/messages/zh');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'glossary.json'),
      JSON.stringify({ title: '词表', categories: { policy: '政策类' }, sort: { category: '按主题排' }, standfirst: '导语鬃' }),
    );
    const first = displayTexts(site, root).first.join('');
    expect(first).toContain('词表');
    expect(first).toContain('政策类');
    // Control: a string outside a heading group and not under a title key stays out of the subset.
    expect(first).not.toContain('按主题排');
    expect(first).not.toContain('导语鬃');
  });

  it('name their characters as a CSS unicode-range, runs as ranges', () => {
    expect(unicodeRange('abcz一')).toBe('U+61-63, U+7A, U+4E00');
    expect(unicodeRange('')).toBe('');
  });
});
