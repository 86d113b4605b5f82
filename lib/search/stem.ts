/**
 * English stop words and a deliberately small suffix stripper.
 *
 * Why not Porter: the corpus is a few hundred passages; what matters is that
 * terrace / terraces / terraced / terracing meet, and that pinyin syllables
 * (ping, jing, xing…) are left alone. Both the index and the query go through the
 * same function, so the stems only need to be consistent, not pretty.
 */

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her his how i if in ' +
    'into is it its itself me my no nor not of off on or our ours she so than that the their them then there ' +
    'these they this those to too up us was we were what when where which while who whom why will with would ' +
    'you your'
  ).split(' '),
);

const MIN_STEM = 3;

function cut(word: string, suffix: string, replacement = ''): string | null {
  if (!word.endsWith(suffix)) return null;
  const stem = word.slice(0, word.length - suffix.length) + replacement;
  return stem.length >= MIN_STEM ? stem : null;
}

/** Stem a folded, letters-only word. Numbers and mixed tokens never reach here. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= MIN_STEM) return w;
  // Plurals and 3rd person.
  w =
    cut(w, 'ies', 'y') ??
    cut(w, 'sses', 'ss') ??
    (/(?:ss|us|is)$/.test(w) ? w : (cut(w, 'xes', 'x') ?? cut(w, 'ches', 'ch') ?? cut(w, 'shes', 'sh') ?? cut(w, 's'))) ??
    w;
  // Derivations common in this corpus (restoration/restored, mining/mined).
  const derived = cut(w, 'ations') ?? cut(w, 'ation') ?? cut(w, 'ing') ?? cut(w, 'ed') ?? cut(w, 'ly');
  if (derived !== null) {
    w = derived;
    // planning → plann → plan; but keep ll/ss/zz (filled → fill).
    if (/([b-df-hj-km-np-rtv-xz])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  }
  // A silent final e: terrace / terraced / terracing all become "terrac".
  if (w.endsWith('e') && w.length > MIN_STEM) w = w.slice(0, -1);
  return w;
}
