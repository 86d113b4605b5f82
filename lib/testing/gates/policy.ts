/**
 * Gate: the browser's side of the security policy. While a page is open, Chromium reports every blocked script,
 * style or request as a `securitypolicyviolation` event, and logs a header it cannot apply (an unknown
 * Permissions-Policy feature, a malformed CSP) to the console. This is the real oracle for the per-page CSP
 * hashes: a script the build's hashing missed is blocked here, whatever the manifest says.
 *
 *   const watch = await watchPolicy(context);   // before pages open
 *   … open pages …
 *   watch.problems(page, path)                  // after each page
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Problem } from './types';

const key = '__policyViolations';
const consolePatterns = /Content Security Policy|Refused to|Permissions-Policy|Unrecognized feature|Feature Policy/i;

export async function watchPolicy(context: BrowserContext) {
  await context.addInitScript((k: string) => {
    const list: string[] = [];
    (window as unknown as Record<string, string[]>)[k] = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? ` (${e.sample.slice(0, 60)})` : ''} at ${e.sourceFile || 'page'}:${e.lineNumber}`,
      ),
    );
  }, key);
  const logged = new WeakMap<Page, string[]>();
  const listen = (page: Page) => {
    const list: string[] = [];
    logged.set(page, list);
    page.on('console', (m) => {
      if ((m.type() === 'error' || m.type() === 'warning') && consolePatterns.test(m.text())) list.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => list.push(`page error: ${e.message}`));
  };
  context.on('page', listen);
  for (const page of context.pages()) listen(page);
  return {
    /** Violations and policy messages since the page opened (call once the page has loaded and hydrated). */
    async problems(page: Page, path: string): Promise<Problem[]> {
      const events = await page.evaluate(
        (k: string) => (window as unknown as Record<string, string[]>)[k] ?? ['the violation listener did not run'],
        key,
      );
      const messages = [...events, ...(logged.get(page) ?? [])];
      logged.set(page, []);
      return messages.map((message) => ({ page: path, message }));
    },
  };
}
