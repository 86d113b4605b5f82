import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { placeNames, titleKeptNames } from '@/lib/content/place-names';
import { desktop, hydrated, phone, sharedBrowser } from './browser';
import { pageType } from './site';

/**
 * The layout promises a reader notices: the language switch keeps the reader's place, Chinese headings never
 * split a place name across lines, and the press kit's key figures can be read on a small phone. Each check is a
 * function that returns what it found wrong; a negative control feeds it a known-bad case.
 */
const origin = inject('origin');
const pages = inject('pages');

const browser = sharedBrowser();

const open = (context: BrowserContext, path: string) => browser.open(path, { context, expectOk: true });

/** Where the passage `id` is, if it is on screen below the sticky header; a reason when it is not. */
async function passageOnScreen(page: Page, id: string): Promise<string | null> {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return `no element #${id}`;
    const r = el.getBoundingClientRect();
    const header = document.querySelector('[data-site-header]')?.getBoundingClientRect().bottom ?? 0;
    return r.bottom > header && r.top < window.innerHeight
      ? null
      : `#${id} is at y ${Math.round(r.top)}–${Math.round(r.bottom)}, off screen`;
  }, id);
}

/** Scrolls the passage about 60 % down the article to the top of the screen; returns its id. */
async function scrollToPassage60(page: Page): Promise<string> {
  return page.evaluate(() => {
    const passages = [...document.querySelectorAll<HTMLElement>('[data-article-body] [data-passage][id]')];
    const target = passages[Math.floor(passages.length * 0.6)]!;
    target.scrollIntoView({ block: 'start' });
    return target.id;
  });
}

describe('the language switch keeps the reader’s place', () => {
  const cases = [
    { name: 'phone 390', options: phone, from: '/en/restoration', to: '/zh/restoration' },
    { name: 'desktop 1440', options: { ...desktop, viewport: { width: 1440, height: 900 } }, from: '/zh/industries', to: '/en/industries' },
  ];
  for (const c of cases)
    it(`${c.name}: ${c.from} → ${c.to} from the switch on screen`, async () => {
      const context = await browser.newContext({ ...c.options, reducedMotion: 'reduce' });
      try {
        const page = await open(context, c.from);
        const id = await scrollToPassage60(page);
        expect(await passageOnScreen(page, id)).toBeNull();
        const switches = page.locator('[data-testid="language-switch"]');
        let clicked = false;
        for (const s of await switches.all())
          if (await s.isVisible()) {
            const box = (await s.boundingBox())!;
            expect(box.y, 'the language switch is on screen while reading').toBeGreaterThanOrEqual(0);
            // A tap or click where the reader sees it: locator.click() would first scroll the sticky header
            // "into view", moving the page, which no reader does.
            const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
            await Promise.all([page.waitForURL(`**${c.to}**`), c.options.hasTouch ? page.touchscreen.tap(x, y) : page.mouse.click(x, y)]);
            clicked = true;
            break;
          }
        expect(clicked, 'a visible language switch').toBe(true);
        await page.waitForLoadState('load');
        expect(new URL(page.url()).hash).toBe(`#${id}`);
        expect(await passageOnScreen(page, id)).toBeNull();
        // Negative control: the same check reports the passage once it is scrolled away.
        await page.evaluate(() => window.scrollTo(0, 0));
        expect(await passageOnScreen(page, id)).toMatch(/off screen/);
      } finally {
        await context.close();
      }
    });

  it('desktop 1440: the passage tools link to the same passage in the other language', async () => {
    const context = await browser.newContext({ ...desktop, viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    try {
      const page = await open(context, '/en/targets');
      const id = await scrollToPassage60(page);
      await page.locator(`[id="${id}"]`).hover();
      const link = page.locator('[data-passage-language]');
      await expect.poll(() => link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toBe(`/zh/targets#${id}`);
      const box = (await link.boundingBox())!;
      expect(box.x + box.width, 'the passage tools are on screen').toBeLessThanOrEqual(1440);
    } finally {
      await context.close();
    }
  });
});

/**
 * Kept names (place names, 绿色矿山) split across lines in the page's h1–h3 (card titles are set as headings) and
 * the header's site name: for each occurrence, a Range over its characters; more than one line box top means it
 * was broken.
 */
async function splitNames(page: Page): Promise<string[]> {
  return page.evaluate((names) => {
    const out: string[] = [];
    for (const h of document.querySelectorAll<HTMLElement>('h1, h2, h3, [data-site-name]')) {
      if (!h.closest(':lang(zh)') || h.getBoundingClientRect().width === 0) continue;
      const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const text = nodes.map((n) => n.data).join('');
      const at = (offset: number): [Text, number] => {
        for (const n of nodes) {
          if (offset <= n.data.length) return [n, offset];
          offset -= n.data.length;
        }
        return [nodes.at(-1)!, nodes.at(-1)!.data.length];
      };
      for (const name of names)
        for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
          const range = document.createRange();
          range.setStart(...at(i));
          range.setEnd(...at(i + name.length));
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)));
          if (tops.size > 1) out.push(`<${h.tagName.toLowerCase()}> "${text.trim().slice(0, 40)}" splits ${name}`);
        }
    }
    return out;
  }, titleKeptNames() as string[]);
}

describe('Chinese headings never split a place name', () => {
  // Every zh page type (one term, one photo), plus every article and its side-by-side view.
  const zh = pages.filter((p) => p.startsWith('/zh') && !p.includes('?'));
  const samples = [...new Map(zh.map((p) => [pageType(p, zh), p])).values()];
  it('place names come from the glossary', () => {
    expect(placeNames()).toContain('准格尔旗');
    expect(placeNames()).toContain('鄂尔多斯');
  });
  it('negative control: a narrow heading that splits a kept name is reported', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.setContent(
        '<html lang="zh-Hans"><body><h1 style="width: 9em; font-size: 20px; text-wrap: wrap">从灰黑到碧绿：准格尔旗怎样变了</h1>' +
          '<p data-site-name style="width: 7em; font-size: 20px">准格尔旗绿色矿山</p></body></html>',
      );
      expect(await splitNames(page)).toEqual([
        '<h1> "从灰黑到碧绿：准格尔旗怎样变了" splits 准格尔旗',
        '<p> "准格尔旗绿色矿山" splits 绿色矿山',
      ]);
    } finally {
      await context.close();
    }
  });
  for (const [name, options] of [
    ['390', phone],
    ['1440', { ...desktop, viewport: { width: 1440, height: 900 } }],
  ] as const)
    it(`${samples.length} zh page types at ${name} px`, { timeout: 300_000 }, async () => {
      const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
      const found: string[] = [];
      try {
        const page = await context.newPage();
        for (const path of samples) {
          await page.goto(origin + path, { waitUntil: 'load' });
          await hydrated(page);
          for (const f of await splitNames(page)) found.push(`${path}: ${f}`);
        }
      } finally {
        await context.close();
      }
      expect(found, found.join('\n')).toEqual([]);
    });
});

/** Key-figure cells that cannot be read whole: off screen, clipped by a scroll box, or cut inside their cell. */
async function unreadableFigures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const table = document.querySelector('[data-testid="figures-table"]');
    if (!table) return ['no figures table'];
    for (const cell of table.querySelectorAll<HTMLElement>('tbody th, tbody td')) {
      const r = cell.getBoundingClientRect();
      const text = (cell.textContent ?? '').trim().slice(0, 30);
      if (!text) continue;
      if (r.width === 0 || r.height === 0) out.push(`"${text}" is hidden`);
      else if (r.left < 0 || r.right > window.innerWidth)
        out.push(`"${text}" reaches past the screen (x ${Math.round(r.left)}–${Math.round(r.right)})`);
      else if (cell.scrollWidth > cell.clientWidth + 1) out.push(`"${text}" is cut inside its cell`);
    }
    return out;
  });
}

describe('press kit key figures at 360 px', () => {
  for (const locale of ['zh', 'en'])
    it(`/${locale}/press: every figure, period, meaning, passage and source is on screen`, async () => {
      // Not a mobile viewport: a phone browser zooms out a page that is too wide, which would hide the failure.
      const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
      try {
        const page = await open(context, `/${locale}/press`);
        expect(await page.locator('[data-testid="figures-table"] tbody tr').count()).toBeGreaterThanOrEqual(8);
        expect(await unreadableFigures(page)).toEqual([]);
        // Negative control: a table as wide as the old one (52rem) is reported.
        await page.addStyleTag({ content: '.figures-table { width: 52rem !important }' });
        expect((await unreadableFigures(page)).length).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    });
});

describe('phone navigation and the home page’s passage links', () => {
  it('390: the menu is a disclosure: focus moves in, Escape closes it, the current section is marked', async () => {
    const context = await browser.newContext({ ...phone, reducedMotion: 'reduce' });
    try {
      const page = await open(context, '/en/restoration');
      const summary = page.locator('[data-site-menu] > summary');
      expect(await summary.isVisible()).toBe(true);
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-site-menu] nav') !== null)).toBe(true);
      expect(await page.locator('[data-site-menu] nav a[aria-current="page"]').getAttribute('href')).toBe('/en/restoration');
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-site-menu]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      // The header stays on screen while reading.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      const header = (await page.locator('[data-site-header]').boundingBox())!;
      expect(header.y).toBe(0);
    } finally {
      await context.close();
    }
  });

  for (const width of [1024, 1280, 1440])
    it(`${width}: hovering a home page passage shows its link on screen`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      try {
        const page = await open(context, '/en');
        const passage = page.locator('.prose-body > p[data-passage]').first();
        await passage.hover();
        const link = passage.locator('.passage-link');
        await expect.poll(() => link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
        const box = (await link.boundingBox())!;
        expect(box.x + box.width, 'the ¶ link is inside the window').toBeLessThanOrEqual(width);
      } finally {
        await context.close();
      }
    });
});

/**
 * The header's site name as shown: how many lines its visible text takes (Range rects of the characters that are
 * drawn, grouped by line), and the header link's accessible name.
 */
async function siteNameLines(page: Page): Promise<number> {
  return page.evaluate(() => {
    const link = document.querySelector<HTMLElement>('[data-site-header] [data-site-name]')!;
    const lines: { top: number; bottom: number }[] = [];
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    const clipped = (el: Element | null): boolean =>
      !!el && el !== link && (el.getBoundingClientRect().width <= 1 || clipped(el.parentElement));
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      // drawn text only: not display:none, and not inside a box clipped to 1 px (the accessible-name copy)
      const el = n.parentElement!;
      if (el.getClientRects().length === 0 || clipped(el)) continue;
      for (let i = 0; i < n.data.length; i++) {
        if (/\s/.test(n.data[i]!)) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const box = r.getClientRects()[0];
        if (box && box.width > 0 && !lines.some((l) => box.top < l.bottom - 1 && box.bottom > l.top + 1))
          lines.push({ top: box.top, bottom: box.bottom });
      }
    }
    return lines.length;
  });
}

describe('the phone article header keeps the site name on one line', () => {
  const names = { zh: '准格尔旗绿色矿山', en: 'Green Mines of Zhungeer' };
  const cases = (['zh', 'en'] as const).flatMap((l) => [360, 390, 430].map((w) => [l, w] as const));

  it.each(cases)('/%s/restoration at %i px: one line, the full name still the link name', async (locale, width) => {
    const context = await browser.newContext({ ...phone, viewport: { width, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/${locale}/restoration`);
      await hydrated(page);
      expect(await siteNameLines(page)).toBe(1);
      const header = page.locator('[data-site-header]');
      expect(await header.getByRole('link', { name: names[locale], exact: true }).count()).toBe(1);
      // the contents button is in the row, so this is the crowded case
      expect(await page.locator('.header-contents').isVisible()).toBe(true);
      const box = (await header.locator('[data-site-name]').boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    } finally {
      await context.close();
    }
  });

  it('negative control: with the full name shown at 390 the check counts two lines', async () => {
    const context = await browser.newContext(phone);
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/en/restoration`);
      await page.addStyleTag({
        content:
          '.site-name-short { display: none !important; } .site-name-full { position: static !important; width: auto !important; height: auto !important; margin: 0 !important; overflow: visible !important; clip-path: none !important; white-space: normal !important; }',
      });
      expect(await siteNameLines(page)).toBe(2);
    } finally {
      await context.close();
    }
  });
});

/**
 * The language switch's target for a reading position: scroll (instantly) to `top`, tap the switch where the
 * reader sees it, read the hash it lands on, and come back.
 */
async function switchTarget(page: Page, top: number): Promise<string> {
  await page.evaluate((t) => window.scrollTo({ top: t, behavior: 'instant' }), top);
  const s = page.locator('[data-site-header] [data-testid="language-switch"]');
  const box = (await s.boundingBox())!;
  await Promise.all([page.waitForURL(/\/en\/restoration/), page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)]);
  const hash = new URL(page.url()).hash;
  await page.goto(`${origin}/zh/restoration`);
  await hydrated(page);
  return hash;
}

/** The scroll offset that puts the bottom (`edge: 'bottom'`) or top of #id `px` below the sticky header. */
function offsetFor(page: Page, id: string, edge: 'top' | 'bottom', px: number): Promise<number> {
  return page.evaluate(
    ({ id, edge, px }) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      const header = document.querySelector('[data-site-header]')!.getBoundingClientRect().bottom;
      return window.scrollY + r[edge] - header - px;
    },
    { id, edge, px },
  );
}

describe('the language switch targets the passage at the top of the screen', () => {
  it('/zh/restoration at 390: the passage at the top, not the one whose last line peeks under the header', async () => {
    const context = await browser.newContext({ ...phone, reducedMotion: 'reduce' });
    try {
      const page = await open(context, '/zh/restoration');
      await hydrated(page);
      // "subsidence" at the top of the screen (the case a reviewer found landing one passage early).
      expect(await switchTarget(page, await offsetFor(page, 'subsidence', 'top', 4))).toBe('#subsidence');
      // A passage B right after another, A (no figure between), past half way: B at the top with the last line of
      // A peeking 12 px under the header lands on B.
      const [a, b] = await page.evaluate(() => {
        const ps = [...document.querySelectorAll<HTMLElement>('[data-article-body] > p[data-passage][id]')];
        const next = ps.find((p, i) => i > ps.length / 2 && p.previousElementSibling === ps[i - 1])!;
        return [next.previousElementSibling!.id, next.id];
      });
      expect(await switchTarget(page, await offsetFor(page, a, 'bottom', 12))).toBe(`#${b}`);
      // Control: with four lines of A still under the header, the reader is in A (the check tells early from late).
      const line = await page.evaluate((id) => parseFloat(getComputedStyle(document.getElementById(id)!).lineHeight), a);
      expect(await switchTarget(page, await offsetFor(page, a, 'bottom', 4 * line))).toBe(`#${a}`);
    } finally {
      await context.close();
    }
  });
});
