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

/**
 * How long a term link's text may be: it covers the term itself (a short noun phrase), never a clause. English
 * counts words, Chinese counts Han characters (a run of Latin letters or digits counts as one). The limits fit the
 * glossary's ordinary terms: every English name but the long official ones is at most 6 words, every Chinese one
 * at most 12 characters.
 */
export const termLinkLimit = { en: 6, zh: 12 } as const;

/**
 * Official names longer than the limit (plan and programme titles, forum and body names, set slogans). Their links
 * may be as long as the glossary's own name for the term in that language, and no longer: an exception by term,
 * not a looser limit for everything.
 */
export const longOfficialTerms: ReadonlySet<string> = new Set([
  'above-below-panels',
  'degradation-restoration-tech',
  'gold-below-green-above',
  'fundamental-interests',
  'green-chain',
  'green-mine-plan',
  'innovation-consortium',
  'northern-security-barrier',
  'one-map-system',
  'ordos-three-year-plan',
  'pine-cap-orchard-waist',
  'slopes-and-benches',
  'three-transformations',
  'twenty-measures',
  'two-mountains',
  'two-mountains-base',
  'wind-solar-farm-forest',
  'yellow-river-forum',
  'yellow-river-strategy',
]);

/** The length termLinkLimit measures: English words, or Chinese characters (Latin/digit runs count as one). */
export function termLinkLength(locale: 'zh' | 'en', text: string): number {
  if (locale === 'en') return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return (text.match(/\p{Script=Han}|[A-Za-z0-9]+/gu) ?? []).length;
}

/**
 * Why a term link's text is too long, or undefined when it is not. `name` is the glossary's name for the term in
 * this language (the cap for a long official term). Files that are neither zh nor en are not measured.
 */
export function termLinkTooLong(locale: 'zh' | 'en' | undefined, term: string, text: string, name?: string): string | undefined {
  if (!locale) return undefined;
  const length = termLinkLength(locale, text);
  const limit = termLinkLimit[locale];
  if (length <= limit) return undefined;
  const unit = locale === 'en' ? 'words' : 'characters';
  if (longOfficialTerms.has(term)) {
    if (name === undefined || length <= termLinkLength(locale, name)) return undefined;
    return `is ${length} ${unit}, longer than the glossary's name for "${term}" (${termLinkLength(locale, name)}): link only the term itself, not a clause`;
  }
  return `is ${length} ${unit} (at most ${limit} in ${locale === 'en' ? 'English' : 'Chinese'}): link only the term itself, a short noun phrase, not a clause`;
}
