import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeGate } from '../gates/axe';
import { watchPolicy } from '../gates/policy';
import { describeProblems, type Problem } from '../gates/types';
import { desktop, hydrated, launch, phone } from './browser';
import { expectRecordSampleCovered, recordSampleMissing } from './crawled';
import { onePerType, pageTypeName, recordSample } from './site';

/**
 * The browser crawl: every page opened in Chromium, checked by axe (WCAG 2.2 AA and best practices) and by the
 * policy watch (any `securitypolicyviolation`, any header Chromium cannot apply).
 *
 * The axe matrix: every page once (of the term and photo pages, every third: `recordSample`), in one of the four
 * combinations of width (phone, desktop) and colour scheme (light, dark), taken in turn so each combination sees a
 * quarter of the site; and one page of each template in each locale in all four (`pageTypeName`: the three
 * articles share one, as do their parallel views). A page is loaded once per width; the second scheme runs only the colour rules, since the
 * dark scheme only swaps colour variables. One browser and one context per width for the whole file.
 */
const origin = inject('origin');
const pages = inject('pages');
const viewports = { phone, desktop } as const;
type Viewport = keyof typeof viewports;
type Scheme = 'light' | 'dark';
const combos: [Viewport, Scheme][] = [
  ['desktop', 'light'],
  ['phone', 'dark'],
  ['phone', 'light'],
  ['desktop', 'dark'],
];

/** Per page: for each width it is loaded at, the schemes to check there (the first with every rule). */
const plan = new Map<string, Map<Viewport, Scheme[]>>();
const add = (path: string, viewport: Viewport, scheme: Scheme) => {
  const byWidth = plan.get(path) ?? new Map<Viewport, Scheme[]>();
  plan.set(path, byWidth);
  const schemes = byWidth.get(viewport) ?? [];
  if (!schemes.includes(scheme)) schemes.push(scheme);
  byWidth.set(viewport, schemes);
};
recordSample(pages).forEach((path, i) => add(path, ...combos[i % combos.length]!));
// The quick run checks a sample (one page per type) in the rotation only.
if (!inject('sample')) for (const path of onePerType(pages, pageTypeName)) for (const combo of combos) add(path, ...combo);

let browser: Browser;
const contexts: Partial<Record<Viewport, { context: BrowserContext; watch: Awaited<ReturnType<typeof watchPolicy>> }>> = {};

beforeAll(async () => {
  browser = await launch();
  for (const [name, options] of Object.entries(viewports)) {
    const context = await browser.newContext({ ...options, colorScheme: 'light', reducedMotion: 'reduce' });
    contexts[name as Viewport] = { context, watch: await watchPolicy(context) };
  }
});
afterAll(async () => {
  await browser?.close();
});

describe.concurrent('browser crawl: axe finds 0 violations and the page breaks no security policy', () => {
  it('opens every page the sitemap lists (every third term and photo page)', () => expectRecordSampleCovered(plan.keys()));
  it('the coverage check reports a page left out (control)', () => {
    const sitemap = inject('sitemap');
    const sample = recordSample([...sitemap].sort());
    const term = sample.find((p) => /^\/en\/glossary\/[^/]+$/.test(p) && p !== '/en/glossary/by-english')!;
    const rest = sitemap.filter((p) => !sample.includes(p));
    // Every third term page of each locale is in the sample; the index views are not record pages, so all stay.
    expect(sample).toContain('/en/glossary/by-english');
    // A term page that draws a diagram is always opened.
    expect(sample).toEqual(expect.arrayContaining(['/zh/glossary/check-dam', '/en/glossary/check-dam', '/en/glossary/slope-to-terrace']));
    expect(rest.length, 'the sample leaves record pages out').toBeGreaterThan(0);
    expect(rest.every((p) => /^\/(zh|en)\/(glossary|gallery)\/[^/]+$/.test(p))).toBe(true);
    expect(
      recordSampleMissing(
        sitemap,
        sample.filter((p) => p !== term),
      ),
    ).toEqual([term]);
    expect(
      recordSampleMissing(
        sitemap,
        sample.filter((p) => p !== '/zh/glossary/by-pinyin'),
      ),
    ).toEqual(['/zh/glossary/by-pinyin']);
  });
  for (const [path, byWidth] of plan)
    it(`${path} (${[...byWidth].map(([v, s]) => `${v}: ${s.join(', ')}`).join('; ')})`, { timeout: 300_000 }, async () => {
      const problems: Problem[] = [];
      for (const [viewport, schemes] of byWidth) {
        const { context, watch } = contexts[viewport]!;
        const page = await context.newPage();
        try {
          await page.emulateMedia({ colorScheme: schemes[0] });
          const res = await page.goto(origin + path, { waitUntil: 'load' });
          await hydrated(page);
          expect(res?.status(), `${path} answered ${res?.status()}`).toBe(200);
          for (const [i, scheme] of schemes.entries()) {
            if (i > 0) await page.emulateMedia({ colorScheme: scheme });
            problems.push(...(await axeGate(page, { path, label: `${viewport}, ${scheme}`, colours: i > 0 })));
          }
          problems.push(...(await watch.problems(page, path)));
        } finally {
          await page.close();
        }
      }
      expect(problems.length, describeProblems(`${path}`, problems)).toBe(0);
    });
});
