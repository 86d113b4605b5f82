import { describe, expect, inject, it } from 'vitest';
import { desktop, sharedBrowser } from './browser';
import { sectionIds } from '../../content/sections';
import { pageType } from './site';

/**
 * Gate: the keyboard paths every page offers. Focus styles and skip links come from shared components, so one
 * page of each type per locale is enough (e.g. one term page stands for all terms); the types are derived from
 * the crawl (site.ts pageType), so new page types are covered as they appear.
 */
const origin = inject('origin');
const pages = inject('pages');
const samples = [...new Map(pages.map((p) => [`${p.split('/')[1]}:${pageType(p, pages)}`, p])).values()];

// Reduced motion: the site scrolls smoothly otherwise, and a test would have to wait for the animation.
const browser = sharedBrowser({ ...desktop, reducedMotion: 'reduce' });

const open = (path: string) => browser.open(path, { expectOk: true });

/** A short, findable description of the focused element for failure messages. */
const describeActive = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return 'body';
  const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('href') ? '[href="' + el.getAttribute('href') + '"]' : '') + (text ? ' "' + text + '"' : '');
})()`;

describe.concurrent('keyboard', () => {
  it('sampled one page per type and locale', () => {
    expect(samples.length).toBeGreaterThanOrEqual(4);
  });

  for (const path of samples) {
    it(`${path}: the first Tab shows the skip link, Enter moves focus to main`, async () => {
      const page = await open(path);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement | null;
        const r = el?.getBoundingClientRect();
        return { href: el?.getAttribute('href'), onScreen: !!r && r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight };
      });
      expect(skip.href, `${path}: the first Tab focuses ${await page.evaluate(describeActive)}, not a skip link to #main`).toBe('#main');
      expect(skip.onScreen, `${path}: the focused skip link is not visible on screen`).toBe(true);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id), {
          message: `${path}: Enter on the skip link leaves focus outside <main>`,
        })
        .toBe('main');
      await page.close();
    });

    it(`${path}: every focusable element shows visible focus`, { timeout: 120_000 }, async () => {
      const page = await open(path);
      // Record each focusable element's unfocused outline and box-shadow, then Tab through the page and compare.
      await page.evaluate(() => {
        const sig = (el: Element) => {
          const s = getComputedStyle(el);
          return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow };
        };
        const map = new Map<Element, ReturnType<typeof sig>>();
        for (const el of document.querySelectorAll(
          'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]',
        ))
          map.set(el, sig(el));
        (window as unknown as { __unfocused: typeof map }).__unfocused = map;
      });
      const failures: string[] = [];
      let first: string | undefined;
      for (let i = 0; i < 600; i++) {
        await page.keyboard.press('Tab');
        const step = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return undefined;
          const s = getComputedStyle(el);
          const before = (window as unknown as { __unfocused: Map<Element, { outline: string; shadow: string }> }).__unfocused.get(el) ?? {
            outline: 'none 0px',
            shadow: 'none',
          };
          const outline = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
          const transparent = /rgba\([^)]*,\s*0\)|transparent/.test(s.outlineColor);
          const hasOutline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent && outline !== before.outline;
          const hasShadow = s.boxShadow !== 'none' && s.boxShadow !== before.shadow;
          const r = el.getBoundingClientRect();
          const key = `${[...document.querySelectorAll('*')].indexOf(el)}`;
          return { key, visible: (hasOutline || hasShadow) && r.width > 0 && r.height > 0 };
        });
        if (!step || step.key === first) break; // back at the body or round to the first element again
        first ??= step.key;
        if (!step.visible) failures.push(await page.evaluate(describeActive));
      }
      expect(first, `${path}: Tab never focused anything`).toBeDefined();
      expect(
        failures.length,
        `${path}: ${failures.length} element(s) show no focus outline or box-shadow when tabbed to:\n  ${failures.join('\n  ')}`,
      ).toBe(0);
      await page.close();
    });

    it(`${path}: the language switch works by keyboard`, async () => {
      const page = await open(path);
      let found = false;
      for (let i = 0; i < 10 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'language-switch');
      }
      expect(found, `${path}: the language switch is not among the first 10 Tab stops`).toBe(true);
      const [, locale, ...rest] = new URL(origin + path).pathname.split('/');
      const other = locale === 'zh' ? 'en' : 'zh';
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname.startsWith(`/${other}`), { timeout: 10_000 });
      expect(new URL(page.url()).pathname, `${path}: the language switch leads to another page`).toBe(['', other, ...rest].join('/'));
      expect(await page.locator('html').getAttribute('lang')).toBe(other === 'zh' ? 'zh-Hans' : 'en');
      await page.close();
    });

    it(`${path}: in-page navigation links (table of contents) move to their heading`, { timeout: 120_000 }, async () => {
      const page = await open(path);
      const hrefs = await page.$$eval('nav a[href^="#"]', (as) => as.map((a) => a.getAttribute('href')!).filter((h) => h.length > 1));
      // Articles have a table of contents: an empty list there means the selector broke, not that all is well.
      if (new RegExp(`^/(zh|en)/(${sectionIds.join('|')})$`).test(path))
        expect(hrefs.length, `${path}: no in-page navigation links found`).toBeGreaterThan(0);
      const failures: string[] = [];
      for (const href of hrefs) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.locator(`nav a[href="${href}"]`).first().focus();
        await page.keyboard.press('Enter');
        const where = await page.evaluate((id) => {
          const target = document.getElementById(decodeURIComponent(id));
          if (!target) return 'no such element';
          const r = target.getBoundingClientRect();
          if (location.hash !== `#${id}`) return `the URL has ${location.hash || 'no fragment'}`;
          return r.top >= -1 && r.top < innerHeight ? 'ok' : `the target is at y=${Math.round(r.top)}, off screen`;
        }, href.slice(1));
        if (where !== 'ok') {
          failures.push(`${href}: ${where}`);
          continue;
        }
        // The next Tab must continue from the heading, not from the table of contents.
        await page.keyboard.press('Tab');
        const after = await page.evaluate((id) => {
          const target = document.getElementById(decodeURIComponent(id))!;
          const el = document.activeElement;
          return (
            !!el &&
            el !== document.body &&
            (target.contains(el) || !!(target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING))
          );
        }, href.slice(1));
        if (!after) failures.push(`${href}: the next Tab goes to ${await page.evaluate(describeActive)}, not past the heading`);
      }
      expect(failures.length, `${path}: in-page links that do not move the reader:\n  ${failures.join('\n  ')}`).toBe(0);
      await page.close();
    });
  }
});
