/**
 * The quality gates' common shape. A gate is a function from pages to problems: the crawl tests call it on every
 * page of the built site, and `controls.test.ts` calls the same function on a known-bad input and asserts that
 * the problem is reported. A gate that cannot fail is a defect, so a new gate comes with its control.
 */

/** A page as a gate reads it: its path, status, response headers and HTML, as saved by the crawl. */
export interface SavedPage {
  path: string;
  status: number;
  headers: Record<string, string>;
  html: string;
}

/** One finding: which page, and what a reader of the failure needs to fix it. */
export interface Problem {
  page: string;
  message: string;
}

/** Problems as a test failure message: one per line, sorted, at most `max` shown. */
export function describeProblems(gate: string, problems: readonly Problem[], max = 200): string {
  const lines = problems.map((p) => `${p.page}: ${p.message}`).sort();
  const more = lines.length > max ? `\n… and ${lines.length - max} more` : '';
  return `${gate}: ${problems.length} problem(s)\n${lines.slice(0, max).join('\n')}${more}`;
}
