/**
 * Gate: axe-core finds no WCAG 2.0/2.1/2.2 A or AA or best-practice violation (target-size on) on a page open in
 * Chromium. `colours` runs only the rules that read computed colours: after a colour-scheme switch nothing else
 * changes, so the second scheme needs only those.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Problem } from './types';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on computed colours (all in the tag set above). */
export const colourRules = ['color-contrast', 'link-in-text-block'];

export async function axeGate(
  page: Page,
  { path, label, colours = false }: { path: string; label: string; colours?: boolean },
): Promise<Problem[]> {
  // Colours are read once every transition a scheme switch started has ended.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  // options() first: withTags() adds runOnly to it. target-size (WCAG 2.5.8) is enabled explicitly.
  // resultTypes: only violations carry every node; passes and the rest list their rules with one node each, which
  // is all the "ran no rule" check below needs, and spares axe serialising every passing node.
  const axe = new AxeBuilder({ page });
  const { violations, passes } = await (
    colours
      ? axe.options({ resultTypes: ['violations'] }).withRules(colourRules)
      : axe.options({ resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }).withTags(tags)
  ).analyze();
  const problems: Problem[] = [];
  if (violations.length + passes.length === 0) problems.push({ page: path, message: `[${label}] axe ran no rule (nothing checked)` });
  for (const v of violations)
    for (const node of v.nodes)
      problems.push({
        page: path,
        message: `[${label}] ${v.id} (${v.impact}): ${v.help}\n      target: ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').split('\n').slice(0, 3).join(' ').trim()}`,
      });
  return problems;
}
