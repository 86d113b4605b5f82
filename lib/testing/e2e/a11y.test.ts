import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { desktop, launch, phone } from './browser';

/**
 * Gate: axe-core finds no WCAG 2.2 AA or best-practice violation on any crawled page, at a phone and a desktop
 * viewport, in light and dark colour schemes. One browser for the file; each page is loaded once per viewport
 * and checked in both schemes (emulateMedia switches the scheme without a reload).
 */
const origin = inject('origin');
const pages = inject('pages');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const viewports = { phone, desktop } as const;
/** The rules whose outcome depends on computed colours (all in the tag set above). */
const colourRules = ['color-contrast', 'link-in-text-block'];

let browser: Browser;
const contexts: Partial<Record<keyof typeof viewports, BrowserContext>> = {};

beforeAll(async () => {
  browser = await launch();
  for (const [name, options] of Object.entries(viewports))
    contexts[name as keyof typeof viewports] = await browser.newContext({ ...options, colorScheme: 'light', reducedMotion: 'reduce' });
});
afterAll(async () => {
  await browser?.close();
});

describe.concurrent('axe: 0 violations (phone and desktop, light and dark)', () => {
  it('pages were found by crawling', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });
  for (const path of pages)
    it(path, { timeout: 300_000 }, async () => {
      const findings: string[] = [];
      for (const [viewport, context] of Object.entries(contexts)) {
        const page = await context!.newPage();
        try {
          const res = await page.goto(origin + path, { waitUntil: 'load' });
          expect(res?.status(), `${path} answered ${res?.status()}`).toBe(200);
          for (const scheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            // Colours are read once every transition the scheme switch started has ended.
            await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
            // options() first: withTags() adds runOnly to it. target-size (WCAG 2.5.8) is enabled explicitly.
            // The dark scheme only swaps colour variables (globals.css), so the second pass runs the rules that
            // read colours; running every rule again would double the gate's time for the same answers.
            const axe = new AxeBuilder({ page });
            const { violations } = await (
              scheme === 'light' ? axe.options({ rules: { 'target-size': { enabled: true } } }).withTags(tags) : axe.withRules(colourRules)
            ).analyze();
            for (const v of violations)
              for (const node of v.nodes)
                findings.push(
                  `${path} [${viewport}, ${scheme}] ${v.id} (${v.impact}): ${v.help}\n      target: ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').split('\n').slice(0, 3).join(' ').trim()}`,
                );
          }
        } finally {
          await page.close();
        }
      }
      expect(findings.length, `${findings.length} axe violation(s) on ${path}:\n${findings.join('\n')}`).toBe(0);
    });
});
