/**
 * The rule lib/content/mdx.ts applies to glossary marks, stated once so tests can check any rendering of an
 * article against it: within a section (an h2 and what follows it, or the lead before the first h2), the first
 * use of a term is a link to its card and every later use is plain text.
 */
export type TermMark = { kind: 'section' } | { kind: 'term'; id: string; linked: boolean };

/** What breaks the rule, one line per problem, in reading order (empty when the marks follow it). */
export function termMarkProblems(marks: readonly TermMark[]): string[] {
  const problems: string[] = [];
  let section = 0;
  let seen = new Set<string>();
  for (const mark of marks) {
    if (mark.kind === 'section') {
      section++;
      seen = new Set();
      continue;
    }
    const where = section === 0 ? 'the lead' : `section ${section}`;
    if (!seen.has(mark.id) && !mark.linked) problems.push(`${where}: the first use of "${mark.id}" is not a link`);
    if (seen.has(mark.id) && mark.linked) problems.push(`${where}: "${mark.id}" is linked again`);
    seen.add(mark.id);
  }
  return problems;
}
