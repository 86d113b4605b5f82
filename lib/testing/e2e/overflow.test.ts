import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hydrated, launch } from './browser';
import { expectSitemapCovered } from './crawled';

/**
 * Gate: no page scrolls sideways and nothing in it is cut off at the edge, at six widths from a small phone to a
 * desktop. Each page is loaded ONCE and the viewport resized through the widths (layout follows a resize; a
 * reload would only repeat the same work). The check is one function over a list of URLs that returns the
 * problems it found; the negative controls feed it pages known to be bad and assert that it names them.
 */
const origin = inject('origin');
const pages = inject('pages');
export const widths = [1440, 1280, 1024, 768, 390, 360] as const;

/**
 * Problems on each page at each width: the document wider than the window (`scrollWidth > innerWidth`), and any
 * visible element inside `<main>` that reaches past the left or right edge of the window, unless it sits inside
 * a scroll box of its own (code blocks scroll; their lines are not cut off, they are a swipe away).
 */
export async function findOverflow(context: BrowserContext, urls: readonly string[], sizes: readonly number[] = widths): Promise<string[]> {
  const problems: string[] = [];
  const page = await context.newPage();
  try {
    for (const url of urls) {
      await page.setViewportSize({ width: sizes[0]!, height: 900 });
      const res = await page.goto(url, { waitUntil: 'load' });
      await hydrated(page);
      if (res?.status() !== 200) {
        problems.push(`${url} answered ${res?.status()}`);
        continue;
      }
      for (const width of sizes) {
        await page.setViewportSize({ width, height: 900 });
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const doc = document.documentElement;
          if (doc.scrollWidth > window.innerWidth) out.push(`page is ${doc.scrollWidth} px wide in a ${window.innerWidth} px window`);
          const main = document.querySelector('main');
          if (!main) return out;
          const scrolls = (el: Element) => {
            for (let a = el.parentElement; a && a !== main.parentElement; a = a.parentElement) {
              const o = getComputedStyle(a).overflowX;
              if (o === 'auto' || o === 'scroll') return true;
            }
            return false;
          };
          const name = (el: Element) => {
            const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
            return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).slice(0, 3).join('.')}` : ''}>${text ? ` "${text}"` : ''}`;
          };
          let reported = 0;
          for (const el of main.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            if (r.right <= window.innerWidth + 1 && r.left >= -1) continue;
            if (getComputedStyle(el).visibility === 'hidden' || scrolls(el)) continue;
            // Report the outermost offender only: its children are cut off with it.
            if (el.parentElement && el.parentElement !== main) {
              const p = el.parentElement.getBoundingClientRect();
              if (p.width > 0 && (p.right > window.innerWidth + 1 || p.left < -1) && !scrolls(el.parentElement)) continue;
            }
            out.push(`${name(el)} spans x ${Math.round(r.left)}–${Math.round(r.right)} in a ${window.innerWidth} px window`);
            if (++reported >= 5) break;
          }
          return out;
        });
        for (const f of found) problems.push(`${new URL(url).pathname} at ${width} px: ${f}`);
      }
    }
  } finally {
    await page.close();
  }
  return problems;
}

/** Known-bad pages for the negative controls: one too wide, one that clips a figure at the right edge. */
const controls: Record<string, string> = {
  '/__overflow-control/wide': '<main><article><p style="width: 900px">A line wider than a phone.</p></article></main>',
  '/__overflow-control/clipped':
    '<body style="margin: 0; overflow-x: clip"><main><article><figure style="margin: 0 0 0 50vw; width: 80vw; height: 10px"></figure></article></main></body>',
};

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ reducedMotion: 'reduce' });
  await context.route(`${origin}/__overflow-control/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en">${controls[new URL(route.request().url()).pathname]}</html>`,
    }),
  );
});
afterAll(async () => {
  await browser?.close();
});

describe('overflow: negative controls', () => {
  it('reports a page wider than the window', async () => {
    const problems = await findOverflow(context, [`${origin}/__overflow-control/wide`], [390]);
    expect(problems.join('\n')).toMatch(/page is \d+ px wide in a 390 px window/);
    expect(problems.join('\n')).toMatch(/<p> "A line wider than a phone\." spans x/);
  });
  it('reports an element cut off at the edge even when the page does not scroll', async () => {
    const problems = await findOverflow(context, [`${origin}/__overflow-control/clipped`], [768]);
    expect(problems.join('\n')).toMatch(/<figure> spans x 384–998 in a 768 px window/);
  });
});

describe.concurrent(`overflow: no sideways scroll, nothing cut off (${widths.join(', ')} px)`, () => {
  it('pages were found by crawling, every page the sitemap lists among them', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expectSitemapCovered(pages);
  });
  // Pages in batches: one browser page per batch, loaded once per URL; two batches run at once.
  const batches = Array.from({ length: Math.ceil(pages.length / 12) }, (_, i) => pages.slice(i * 12, i * 12 + 12));
  for (const batch of batches)
    it(`${batch[0]} … ${batch.at(-1)}`, { timeout: 300_000 }, async () => {
      const problems = await findOverflow(
        context,
        batch.map((p) => origin + p),
      );
      expect(problems, `${problems.length} overflow problem(s):\n${problems.join('\n')}`).toEqual([]);
    });
});
