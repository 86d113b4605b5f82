import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hydrated, phone, sharedBrowser } from './browser';
import { onePerType } from './site';

/**
 * The design promises a reader notices: the story starts on the first phone screens and the contents open where
 * the reader is; headings are set in the site's own display faces, fetched from its own origin within a budget;
 * Chinese titles break only between words; the before/after divider follows a drag on the picture; each article
 * has a full-bleed picture on wide screens. Each check is a function that returns what it found wrong, and a
 * negative control feeds it a known-bad case.
 */
const origin = inject('origin');
const pages = inject('pages');
const browser = sharedBrowser();

const locales = ['zh', 'en'] as const;
const articles = ['restoration', 'industries', 'targets'] as const;

async function load(options: BrowserContextOptions, path: string): Promise<Page> {
  const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const res = await page.goto(origin + path, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  await hydrated(page);
  return page;
}

/** The top of the article's first paragraph, in page coordinates. */
const firstPassageTop = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector('[data-article-body] > p[data-passage]');
    return p ? p.getBoundingClientRect().top + scrollY : Infinity;
  });

describe('the story starts within 1.5 screens on a 390 × 844 phone', () => {
  it('negative control: a first passage behind a tall opening is reported', async () => {
    const page = await (await browser.newContext(phone)).newPage();
    await page.setContent('<div style="height:1400px">map</div><div data-article-body><p data-passage>Story</p></div>');
    expect(await firstPassageTop(page)).toBeGreaterThan(1.5 * 844);
    await page.context().close();
  });
  for (const locale of locales)
    for (const section of articles)
      it(`/${locale}/${section}`, async () => {
        const page = await load(phone, `/${locale}/${section}`);
        const top = await firstPassageTop(page);
        expect(top, `first passage at ${Math.round(top)} px`).toBeLessThan(1.5 * 844);
        await page.context().close();
      });
});

describe('the phones’ contents drawer', () => {
  for (const locale of locales)
    it(`/${locale}/restoration: opens where the reader is, marks the current section, and a link in it closes it`, async () => {
      const page = await load(phone, `/${locale}/restoration`);
      const heading = await page.evaluate(() => {
        const hs = [...document.querySelectorAll<HTMLElement>('[data-article-body] > h2[id]')];
        const h = hs[Math.floor(hs.length / 2)]!;
        window.scrollTo({ top: h.getBoundingClientRect().top + scrollY - 100, behavior: 'instant' });
        return h.id;
      });
      await page.waitForTimeout(200);
      const before = await page.evaluate(() => scrollY);
      await page.locator('.header-contents').click();
      const drawer = page.locator('[data-toc-drawer]');
      await expect.poll(() => drawer.evaluate((d) => d.matches(':popover-open'))).toBe(true);
      expect(await page.evaluate(() => scrollY), 'opening the contents does not move the page').toBe(before);
      expect(await drawer.locator('a[aria-current="location"]').getAttribute('href')).toBe(`#${heading}`);
      // The in-page list is not shown on phones (the drawer replaces it), so the story is not pushed down.
      expect(await page.locator('aside[data-toc]').isVisible()).toBe(false);
      const target = await drawer.locator('a').first().getAttribute('href');
      await drawer.locator('a').first().click();
      await expect.poll(() => drawer.evaluate((d) => d.matches(':popover-open'))).toBe(false);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
      await page.context().close();
    });
});

/** Font files a page fetched that break the rules: from another host, or more than 150 KiB in all. */
export function fontProblems(fonts: { url: string; bytes: number }[], pageOrigin: string): string[] {
  const out = fonts.filter((f) => new URL(f.url).origin !== pageOrigin).map((f) => `font from another host: ${f.url}`);
  const total = fonts.reduce((n, f) => n + f.bytes, 0);
  if (total > 150 * 1024) out.push(`${(total / 1024).toFixed(1)} KiB of fonts (over 150 KiB)`);
  return out;
}

/** Characters of Chinese titles set in the display face that the build's subset does not have. */
async function missingGlyphs(page: Page, glyphs: string): Promise<string[]> {
  return page.evaluate((glyphs) => {
    const have = new Set([...glyphs]);
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('h1, h2, h3, .font-serif')) {
      if (!el.closest(':lang(zh)') || el.closest('[lang="en"]') || el.getClientRects().length === 0) continue;
      if (!/displayChinese|Display Chinese/i.test(getComputedStyle(el).fontFamily)) continue;
      const lost = [...new Set([...(el.textContent ?? '')].filter((c) => /\p{Script=Han}/u.test(c) && !have.has(c)))];
      if (lost.length) out.push(`"${(el.textContent ?? '').trim().slice(0, 30)}": ${lost.join('')}`);
    }
    return out;
  }, glyphs);
}

describe('display faces: from the site’s own origin, at most 150 KiB a page, covering every Chinese title', () => {
  const glyphs = readFileSync(path.join(process.cwd(), 'lib/fonts/generated/display-zh.txt'), 'utf8').trim();
  it('negative controls: a font from another host, too many bytes and a title character outside the subset are reported', async () => {
    expect(
      fontProblems(
        [
          { url: 'https://fonts.gstatic.com/s/x.woff2', bytes: 40 * 1024 },
          { url: `${origin}/_next/static/media/a.woff2`, bytes: 120 * 1024 },
        ],
        origin,
      ),
    ).toEqual(['font from another host: https://fonts.gstatic.com/s/x.woff2', '160.0 KiB of fonts (over 150 KiB)']);
    const page = await (await browser.newContext()).newPage();
    await page.setContent('<html lang="zh-Hans"><h1 style="font-family: \'Display Chinese Fallback\'">鑫</h1></html>');
    expect(await missingGlyphs(page, glyphs)).toEqual(['"鑫": 鑫']);
    await page.context().close();
  });
  for (const locale of locales)
    for (const p of ['', ...articles.map((a) => `/${a}`)])
      it(`/${locale}${p}`, async () => {
        const context = await browser.newContext(phone);
        const page = await context.newPage();
        const fonts: { url: string; bytes: number }[] = [];
        page.on('response', async (res) => {
          if (res.request().resourceType() === 'font') fonts.push({ url: res.url(), bytes: (await res.body()).length });
        });
        await page.goto(`${origin}/${locale}${p}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(300);
        // The headline's face loaded (else the budget check would pass on a page that fetched nothing).
        const face = locale === 'zh' ? /^"?Display Chinese"?$/ : /displayLatin/;
        expect(fonts.length, 'the page fetched its display face').toBeGreaterThan(0);
        expect(
          await page.evaluate(
            (source) => [...document.fonts].some((f) => new RegExp(source).test(f.family) && f.status === 'loaded'),
            face.source,
          ),
        ).toBe(true);
        expect(fontProblems(fonts, origin)).toEqual([]);
        if (locale === 'zh') expect(await missingGlyphs(page, glyphs)).toEqual([]);
        await context.close();
      });
});

/**
 * Titles broken inside a word: for each Chinese title (headings, card and photo titles, the site's name), the
 * offsets where a new line starts, from the Range rects of each character, each checked against the word
 * boundaries of Intl.Segmenter.
 */
async function wordSplits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seg = new Intl.Segmenter('zh', { granularity: 'word' });
    const out: string[] = [];
    for (const e of document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, [data-site-name], .phrases')) {
      if (!e.closest(':lang(zh)') || e.getClientRects().length === 0 || e.closest('[hidden], [popover]:not(:popover-open)')) continue;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const text = nodes.map((n) => n.data).join('');
      if (!/\p{Script=Han}/u.test(text)) continue;
      const bounds = new Set([...seg.segment(text)].map((s) => s.index));
      // Text of separate blocks (a glossary heading's name, pinyin and English) meets at a line start anyway.
      const block = (n: Node) => {
        let el = n.parentElement;
        while (el && el !== e && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
        return el;
      };
      let at = 0;
      let lastTop: number | undefined;
      nodes.forEach((node, k) => {
        if (k > 0 && block(node) !== block(nodes[k - 1]!)) bounds.add(at);
        at += node.data.length;
      });
      at = 0;
      for (const node of nodes) {
        for (let i = 0; i < node.data.length; i++, at++) {
          if (/\s/.test(node.data[i]!)) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (!rect) continue;
          if (lastTop !== undefined && rect.top > lastTop + rect.height / 2 && !bounds.has(at))
            out.push(
              `"${text.trim().slice(0, 40)}" breaks inside a word: ${text.slice(Math.max(0, at - 3), at)} / ${text.slice(at, at + 3)}`,
            );
          lastTop = rect.top;
        }
      }
    }
    return out;
  });
}

describe('Chinese titles break only between words', () => {
  const zh = onePerType(pages.filter((p) => p.startsWith('/zh') && !p.includes('?')));
  it('negative control: a title set with break-all in a narrow box is reported', async () => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.setContent(
      '<html lang="zh-Hans"><body><h1 style="width: 7.5em; font-size: 20px; word-break: break-all">从灰黑到碧绿：准格尔旗怎样修好矿山</h1></body></html>',
    );
    const found = await wordSplits(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/breaks inside a word/);
    await page.context().close();
  });
  for (const width of [360, 390, 768, 1024, 1440])
    it(`${zh.length} zh pages at ${width} px`, { timeout: 300_000 }, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const found: string[] = [];
      for (const p of zh) {
        await page.goto(origin + p, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        for (const f of await wordSplits(page)) found.push(`${p}: ${f}`);
      }
      await context.close();
      expect(found, found.join('\n')).toEqual([]);
    });
});

/** The before/after tags that a clip cuts: an ancestor below the pictures' box with a clip-path, or outside the box. */
async function clippedTags(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('[data-compare-pictures]')) {
      const outer = box.getBoundingClientRect();
      for (const tag of box.querySelectorAll<HTMLElement>('span.absolute')) {
        const r = tag.getBoundingClientRect();
        if (r.width === 0 || !tag.textContent?.trim()) continue;
        let clipped = r.left < outer.left - 0.5 || r.right > outer.right + 0.5;
        for (let el = tag.parentElement; el && el !== box; el = el.parentElement)
          if (getComputedStyle(el).clipPath !== 'none') clipped = true;
        if (clipped) out.push(tag.textContent.trim());
      }
    }
    return out;
  });
}

describe('before/after', () => {
  for (const [name, options] of [
    ['1440', { viewport: { width: 1440, height: 900 } }],
    ['390', phone],
  ] as const)
    for (const locale of locales)
      it(`/${locale} at ${name}: the divider follows a drag on the picture, the slider follows it, and no tag is cut`, async () => {
        const page = await load(options, `/${locale}`);
        const figure = page.locator('[data-compare][data-enhanced]').first();
        await figure.scrollIntoViewIfNeeded();
        const box = (await figure.locator('[data-compare-pictures]').boundingBox())!;
        const y = box.y + box.height / 2;
        await page.mouse.move(box.x + box.width * 0.5, y);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width * 0.35, y, { steps: 4 });
        await page.mouse.move(box.x + box.width * 0.2, y, { steps: 4 });
        await page.mouse.up();
        const compare = await figure.evaluate((f) => parseFloat(f.style.getPropertyValue('--compare')));
        expect(compare).toBeGreaterThanOrEqual(18);
        expect(compare).toBeLessThanOrEqual(22);
        expect(Number(await figure.locator('input[type=range]').inputValue())).toBe(compare);
        // The divider line is drawn where the value says.
        const line = (await figure.locator('[data-compare-pictures] > span[aria-hidden]').boundingBox())!;
        expect(Math.abs(line.x + line.width / 2 - (box.x + (box.width * compare) / 100))).toBeLessThan(3);
        // The keyboard still moves it, and the tags are whole at both ends.
        await figure.locator('input[type=range]').focus();
        await page.keyboard.press('End');
        expect(await figure.evaluate((f) => f.style.getPropertyValue('--compare'))).toBe('100%');
        expect(await clippedTags(page)).toEqual([]);
        await page.keyboard.press('Home');
        expect(await clippedTags(page)).toEqual([]);
        // Negative control: the "after" tag moved into the clipped picture is reported.
        await figure.evaluate((f) => {
          const tags = f.querySelectorAll('[data-compare-pictures] > span.absolute');
          f.querySelector('[data-compare-pictures] > div:nth-child(2)')!.append(tags[1]!);
        });
        expect((await clippedTags(page)).length).toBe(1);
        await page.context().close();
      });
});

/** Figures after the hero whose picture spans the whole window. */
const bleedFigures = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const hero = document.querySelector('[data-hero]')!.getBoundingClientRect().bottom + scrollY;
    return [...document.querySelectorAll<HTMLElement>(selector)].filter((f) => {
      const img = f.querySelector('img')?.getBoundingClientRect();
      return !!img && img.top + scrollY > hero && img.left <= 0.5 && img.right >= document.documentElement.clientWidth - 0.5;
    }).length;
  }, selector);

describe('pacing: a full-bleed figure after the hero in each article from 1024 px', () => {
  for (const width of [1024, 1440])
    for (const locale of locales)
      for (const section of articles)
        it(`/${locale}/${section} at ${width}`, async () => {
          const page = await load({ viewport: { width, height: 900 } }, `/${locale}/${section}`);
          expect(await bleedFigures(page, '[data-article-body] figure')).toBeGreaterThan(0);
          // Negative control: the column-width figures are not counted.
          expect(await bleedFigures(page, '[data-article-body] figure:not([data-bleed])')).toBe(0);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
          await page.context().close();
        });
});

/**
 * The elements matching `selector` in the article body, measured against the text column (the width of its
 * paragraphs) and the sticky contents list beside it: how many are wider than the column by 200 px or more, and
 * which of them cross the window's edge or the contents list.
 */
const wideFigures = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const column = document.querySelector('[data-article-body] > p[data-passage]')!.getBoundingClientRect();
    const aside = document.querySelector('aside[data-toc]')?.getBoundingClientRect();
    const out = { count: 0, wide: 0, column: Math.round(column.width), problems: [] as string[] };
    for (const f of document.querySelectorAll<HTMLElement>(selector)) {
      const box = f.getBoundingClientRect();
      const name = f.getAttribute('data-diagram') ?? f.querySelector('figure')?.getAttribute('data-graphic') ?? f.tagName;
      out.count++;
      if (box.width >= column.width + 200) out.wide++;
      if (box.left < -0.5 || box.right > document.documentElement.clientWidth + 0.5) out.problems.push(`${name}: past the window`);
      if (aside && aside.width > 0 && box.left < aside.right) out.problems.push(`${name}: over the contents list`);
    }
    return out;
  }, selector);

describe('wide graphics: from 1024 px the map and the diagrams run wider than the text column', () => {
  for (const locale of locales)
    for (const section of ['restoration', 'industries'] as const)
      it(`/${locale}/${section}: wider than the column at 1440, inside the window and clear of the contents; column width at 390`, async () => {
        const page = await load({ viewport: { width: 1440, height: 900 } }, `/${locale}/${section}`);
        const seen = await wideFigures(page, '[data-article-body] [data-wide]');
        expect(seen.count).toBeGreaterThan(section === 'restoration' ? 2 : 1);
        expect(seen.wide, `${seen.wide} of ${seen.count} wider than the ${seen.column} px column`).toBe(seen.count);
        expect(seen.problems).toEqual([]);
        // Negative control: the paragraphs, measured the same way, are not wide.
        expect((await wideFigures(page, '[data-article-body] > p[data-passage]')).wide).toBe(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
        await page.context().close();

        const small = await load(phone, `/${locale}/${section}`);
        const narrow = await wideFigures(small, '[data-article-body] [data-wide]');
        expect(narrow.wide, 'phones keep the column width').toBe(0);
        expect(narrow.problems).toEqual([]);
        await small.context().close();
      });
});

/** The before/after pairs on screen: each shown pair's title and picture box, and the scene buttons. */
const stage = (page: Page) =>
  page.evaluate(() => ({
    shown: [...document.querySelectorAll<HTMLElement>('[data-compare-pictures]')]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => {
        const b = e.getBoundingClientRect();
        return {
          title: e.closest('figure')!.querySelector('h3')!.textContent,
          left: Math.round(b.left),
          top: b.top + scrollY,
          width: b.width,
          // The pair with its title, slider and caption: it should fit a laptop window whole.
          height: e.closest('figure')!.getBoundingClientRect().height,
          window: innerHeight,
        };
      }),
    choices: [...document.querySelectorAll<HTMLButtonElement>('[data-scene-choice]')]
      .filter((e) => e.getClientRects().length > 0)
      .map((b) => ({ text: b.textContent!.trim(), pressed: b.getAttribute('aria-pressed'), focused: b === document.activeElement })),
  }));
/** What is wrong with a one-pair stage: not exactly one pair shown large and whole in the window, or not one pressed button naming it. */
const stageProblems = (s: Awaited<ReturnType<typeof stage>>) => [
  ...(s.shown.length === 1 ? [] : [`${s.shown.length} pairs shown`]),
  ...s.shown.filter((p) => p.width < 800).map((p) => `${p.title}: ${Math.round(p.width)} px wide`),
  ...s.shown.filter((p) => p.height > p.window).map((p) => `${p.title}: ${Math.round(p.height)} px tall in a ${p.window} px window`),
  ...(s.choices.length === 3 ? [] : [`${s.choices.length} scene buttons`]),
  ...(s.choices.filter((c) => c.pressed === 'true').length === 1 && s.choices.find((c) => c.pressed === 'true')?.text === s.shown[0]?.title
    ? []
    : ['the pressed button does not name the pair shown']),
];

describe('before/after at 1440: one stage with scene buttons', () => {
  for (const locale of locales)
    it(`/${locale}: one large pair; Tab, Enter, Space and the arrow keys switch scenes; the chosen pair's slider still works`, async () => {
      const page = await load({ viewport: { width: 1440, height: 900 } }, `/${locale}`);
      await page.locator('[data-scene-choice]').first().waitFor();
      const first = await stage(page);
      expect(stageProblems(first)).toEqual([]);
      const titles = first.choices.map((c) => c.text);
      // Keyboard: → moves along the row and picks; Tab reaches the next button, Enter and Space pick it.
      await page.locator('[data-scene-choice]').first().focus();
      await page.keyboard.press('ArrowRight');
      let now = await stage(page);
      expect(stageProblems(now)).toEqual([]);
      expect(now.shown[0]!.title).toBe(titles[1]);
      expect(now.choices[1]!.focused).toBe(true);
      await page.keyboard.press('Tab');
      expect((await stage(page)).choices[2]!.focused).toBe(true);
      await page.keyboard.press('Enter');
      now = await stage(page);
      expect(now.shown[0]!.title).toBe(titles[2]);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Space');
      now = await stage(page);
      expect(stageProblems(now)).toEqual([]);
      expect(now.shown[0]!.title).toBe(titles[0]);
      // The stage stays where it was: switching does not move the page.
      expect(Math.abs(now.shown[0]!.top - first.shown[0]!.top)).toBeLessThan(2);
      // The shown pair's slider moves by keyboard.
      const range = page.locator('[data-scene][data-on-stage] input[type=range]');
      await range.focus();
      await page.keyboard.press('End');
      expect(await range.inputValue()).toBe('100');
      await page.context().close();
    });

  it('without JavaScript every pair stays on the page, one per row, and no scene buttons appear (negative control)', async () => {
    const page = await browser.open('/en', {
      context: { viewport: { width: 1440, height: 900 }, javaScriptEnabled: false },
      beforeHydration: true,
    });
    const s = await stage(page);
    expect(s.shown.length).toBe(3);
    expect(s.choices.length).toBe(0);
    expect(new Set(s.shown.map((p) => p.left)).size, 'one column').toBe(1);
    expect(stageProblems(s)).toContain('3 pairs shown');
    expect(stageProblems(s)).toContain('0 scene buttons');
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`axe finds nothing on the scene buttons, the live sequence and the open map at 1440 (${colorScheme})`, async () => {
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
      const found = (r: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
        r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      const home = await load({ viewport: { width: 1440, height: 900 }, colorScheme }, '/zh');
      await home.locator('[data-scene-choice]').first().waitFor();
      await home.locator('[data-scene-choice]').nth(1).click();
      expect(found(await new AxeBuilder({ page: home }).include('[data-stage]').withTags(tags).analyze())).toEqual([]);
      await home.context().close();
      const article = await browser.open('/en/restoration', { context: { viewport: { width: 1440, height: 900 }, colorScheme } });
      await article.waitForFunction(() => document.querySelector('figure[data-seq]')?.hasAttribute('data-seq-live'));
      await article.locator('[data-seq-step="2"]').first().scrollIntoViewIfNeeded();
      expect(found(await new AxeBuilder({ page: article }).include('figure[data-seq]').withTags(tags).analyze())).toEqual([]);
      await article.locator('a[data-map-enlarge]').click();
      await article.locator('dialog[data-map-dialog] [data-map-unplaced]').waitFor();
      expect(found(await new AxeBuilder({ page: article }).include('dialog[data-map-dialog]').withTags(tags).analyze())).toEqual([]);
      await article.context().close();
    });

  it('a 390 phone keeps the stack: three pairs one under another, no scene buttons', async () => {
    const page = await load(phone, '/en');
    const s = await stage(page);
    expect(s.shown.length).toBe(3);
    expect(s.choices.length).toBe(0);
    expect(s.shown[1]!.top).toBeGreaterThan(s.shown[0]!.top);
    await page.context().close();
  });
});

/** Tags still showing (not faded out) that reach across the divider into the other picture. */
const tagsAcross = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('[data-compare][data-enhanced] [data-compare-pictures]')) {
      const outer = box.getBoundingClientRect();
      const divider =
        outer.left + (outer.width * parseFloat(box.closest<HTMLElement>('[data-compare]')!.style.getPropertyValue('--compare'))) / 100;
      for (const tag of box.querySelectorAll<HTMLElement>(':scope > [data-compare-tag]')) {
        const r = tag.getBoundingClientRect();
        if (Number(getComputedStyle(tag).opacity) < 0.05) continue;
        if (tag.dataset.compareTag === 'after' ? r.left < divider : r.right > divider) out.push(tag.textContent!.trim());
      }
    }
    return out;
  });

describe('before/after tags never name the wrong picture', () => {
  for (const [name, options] of [
    ['390', phone],
    ['1440', { viewport: { width: 1440, height: 900 } }],
  ] as const)
    it(`/en at ${name}: at 90 % and at either end the tag the divider passed has faded`, async () => {
      const page = await load(options, '/en');
      const figure = page.locator('[data-compare][data-enhanced]').first();
      await figure.scrollIntoViewIfNeeded();
      const range = figure.locator('input[type=range]');
      await range.fill('90');
      await expect.poll(() => tagsAcross(page)).toEqual([]);
      await range.focus();
      await page.keyboard.press('End');
      await expect.poll(() => tagsAcross(page)).toEqual([]);
      await page.keyboard.press('Home');
      await expect.poll(() => tagsAcross(page)).toEqual([]);
      // At 50 % both tags show, each in its own half.
      await range.fill('50');
      await expect
        .poll(() =>
          figure.locator('[data-compare-pictures] > [data-compare-tag]').evaluateAll((t) => t.map((e) => getComputedStyle(e).opacity)),
        )
        .toEqual(['1', '1']);
      // Negative control: a tag made visible again while the divider has passed it is reported.
      await page.keyboard.press('End');
      await figure.locator('[data-compare-pictures] > [data-compare-tag="after"]').evaluate((t: HTMLElement) => {
        t.style.transition = 'none';
        t.style.opacity = '1';
      });
      expect(await tagsAcross(page)).toEqual(['After']);
      await page.context().close();
    });
});

/** Kept-together pieces (`.whitespace-nowrap` inside captions and titles) that a line break cut anyway. */
const brokenKept = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) out.push(el.textContent ?? '');
    }
    return out;
  }, selector);

describe('labels and compounds kept on one line at 390 px', () => {
  it('every gallery caption keeps “（示意图）” whole, and the English headline keeps “grey-black” whole', async () => {
    const gallery = await load(phone, '/zh/gallery');
    const labels = await gallery.locator('figcaption .whitespace-nowrap, a .whitespace-nowrap').count();
    expect(labels).toBeGreaterThanOrEqual(21);
    expect(await brokenKept(gallery, 'main .whitespace-nowrap')).toEqual([]);
    await gallery.context().close();
    const article = await load(phone, '/en/restoration');
    expect(await article.locator('h1 .whitespace-nowrap', { hasText: 'grey-black' }).count()).toBe(1);
    expect(await brokenKept(article, 'h1 .whitespace-nowrap')).toEqual([]);
    await article.context().close();
  });

  it('negative control: the same check reports a label that a narrow box breaks', async () => {
    const page = await (await browser.newContext(phone)).newPage();
    await page.setContent('<main><p style="width:3em"><span class="x">（示意图）</span></p></main>');
    expect(await brokenKept(page, 'main .x')).toEqual(['（示意图）']);
    await page.context().close();
  });
});
