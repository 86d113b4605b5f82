import { PNG } from 'pngjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSite } from '../content/site';
import { balanceHan, renderOgCard, titleSize } from './card';
import { ogFonts } from './fonts';

/** A picture the cards carry in these tests (the site's own cards name theirs in content). */
const photo = 'photos/pine-capped-hills.jpg';

async function png(card: Parameters<typeof renderOgCard>[0]) {
  const res = await renderOgCard(card);
  return PNG.sync.read(Buffer.from(await res.arrayBuffer()));
}

/** Pixels that differ between two renders inside the title area of the card. */
function titleDiff(a: PNG, b: PNG): number {
  let n = 0;
  for (let y = 230; y < 560; y++)
    for (let x = 64; x < 700; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs(a.data[i]! - b.data[i]!) > 64) n++;
    }
  return n;
}

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Blocks requests to other hosts and records them. next/og fetches from a font host when no listed font has a
 * glyph; its own WebAssembly is loaded from data: URLs, which pass through.
 */
function blockNetwork() {
  const real = globalThis.fetch;
  const hosts: string[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith('data:')) return real(input, init);
    hosts.push(url);
    return Promise.reject(new Error('no network in a build'));
  });
  return hosts;
}

describe('link-preview cards', () => {
  it('draw Chinese from the bundled font, not boxes: two different titles give different glyphs', async () => {
    // A missing glyph is drawn as the same empty box for every character, so two titles of the same length
    // would look alike; real glyphs differ almost everywhere in the title area.
    const fetched = blockNetwork();
    const base = { locale: 'zh' as const, kicker: '第1篇 · 生态修复', photo };
    const a = await png({ ...base, title: '从灰黑到碧绿：准格尔旗怎样修好矿山' });
    const b = await png({ ...base, title: '时间表已经排定：鄂尔多斯绿色矿山下一程' });
    expect(a.width).toBe(1200);
    expect(a.height).toBe(630);
    expect(titleDiff(a, b)).toBeGreaterThan(15_000);
    expect(fetched).toEqual([]);
  });

  it('render every real title and kicker without fetching a font from another host', async () => {
    const fetched = blockNetwork();
    const site = await loadSite();
    const titles = [...Object.values(site.articles).flatMap((pair) => [pair.zh, pair.en]), site.home.zh, site.home.en].map((d) => ({
      locale: d.locale,
      title: d.title,
    }));
    for (const { locale, title } of titles)
      await png({ locale, title, photo, kicker: locale === 'zh' ? '第1篇 · 绿色产业' : 'Part 1 · Green industries' });
    expect(fetched).toEqual([]);
  }, 120_000);
});

/** Pixels inside the label's corner of the picture that differ between two renders. */
function labelDiff(a: PNG, b: PNG): number {
  let n = 0;
  for (let y = 540; y < 600; y++)
    for (let x = 1000; x < 1185; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs(a.data[i]! - b.data[i]!) > 64) n++;
    }
  return n;
}

describe('illustration label', () => {
  it('is drawn on the picture unless the card says it is a photograph (negative control)', async () => {
    const fetched = blockNetwork();
    const base = { locale: 'zh' as const, kicker: '第1篇 · 生态修复', title: '从灰黑到碧绿', photo };
    const labelled = await png(base);
    const bare = await png({ ...base, photoKind: 'photograph' });
    expect(labelDiff(labelled, bare)).toBeGreaterThan(500);
    const en = await png({ ...base, locale: 'en', title: 'From grey-black to green' });
    const enBare = await png({ ...base, locale: 'en', title: 'From grey-black to green', photoKind: 'photograph' });
    expect(labelDiff(en, enBare)).toBeGreaterThan(500);
    expect(fetched).toEqual([]);
  }, 60_000);
});

describe('ogFonts', () => {
  it('gives the same five fonts however often it is called (it once added the punctuation face each time)', () => {
    const first = ogFonts().length;
    ogFonts();
    expect(ogFonts()).toHaveLength(first);
    expect(first).toBe(5);
  });
});

describe('titleSize and balanceHan', () => {
  it('fits a long English title in at most four lines at a smaller size than a short one', () => {
    const long = titleSize('Green Mines of Zhungeer: how a coal-mining banner grew forests, farms and solar parks', 'en');
    const short = titleSize('Press kit', 'en');
    expect(long.lines).toBeLessThanOrEqual(4);
    expect(long.size).toBeLessThan(short.size);
  });
  it('splits Chinese into even lines that fit, only between phrases (no place name or word split)', () => {
    const title = '从灰黑到碧绿：准格尔旗怎样修好矿山';
    const { lines, perLine } = titleSize(title, 'zh');
    const out = balanceHan(title, lines, perLine);
    expect(out.join('')).toBe(title);
    expect(out).toHaveLength(lines);
    expect(out[0]).toBe('从灰黑到碧绿：');
    for (const line of out) {
      expect([...line].length).toBeLessThanOrEqual(perLine);
      expect(line).not.toMatch(/^[，。、：；！？）》”]/);
    }
    expect(out.join('|')).toContain('准格尔旗');
    for (const t of ['煤海之上长出绿色：准格尔旗的绿色矿山', '时间表已经排定：准格尔旗绿色矿山的下一程']) {
      const size = titleSize(t, 'zh');
      const set = balanceHan(t, size.lines, size.perLine);
      expect(set.join('')).toBe(t);
      for (const line of set) expect([...line].length).toBeLessThanOrEqual(size.perLine);
      expect(set.some((l) => /准格尔?$|绿色矿$/u.test(l))).toBe(false);
    }
  });
  it('negative control: a title cut at every character fails the same check', () => {
    expect(['准格', '尔旗'].some((l) => /准格尔?$|绿色矿$/u.test(l))).toBe(true);
  });
});
