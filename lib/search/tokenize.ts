/**
 * Tokenizer shared by indexing and querying.
 *
 * Chinese has no spaces, and Intl.Segmenter's dictionary splits words the site
 * cares about (光伏 → 光|伏, 整山整沟 → 整|山|整|沟), which is why the Nextra,
 * Fumadocs and Pagefind reports say partial phrases are not found. So every run of
 * Han characters is indexed as overlapping character bigrams (plus single
 * characters, so a one-character query works); Segmenter words of 3+ Han characters
 * are indexed too and used only as a ranking bonus. Latin-script and digit words
 * come from the Segmenter, are folded (lower case, no diacritics), stop-word
 * filtered and stemmed.
 */
import { hasHan, isAllHan } from '../text/han';
import { foldChars } from './normalize';
import { STOP_WORDS, stem } from './stem';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const HAN_RUN = /\p{Script=Han}+/gu;
const LETTERS_ONLY = /^\p{L}+$/u;
/** Tokens longer than this are junk (or an attack) and are not indexed or searched. */
const MAX_TOKEN = 40;

export const isHan = hasHan;

/** True for terms that get prefix / fuzzy matching: real words, not numbers or CJK. */
export function isLatinWord(term: string): boolean {
  return /^[a-z]+$/.test(term);
}

/** A one-character Han query term: matched as a prefix of the indexed bigrams. */
export function isSingleHan(term: string): boolean {
  return isAllHan(term) && Array.from(term).length === 1;
}

/** Fold + clean + stop-word + stem one Segmenter word (already folded). Null = drop. */
export function processWord(foldedWord: string): string | null {
  // Keep letters and digits only: "130,000" → "130000", "zhungeer’s" → "zhungeers".
  const w = foldedWord.replace(/[^\p{L}\p{N}]+/gu, '');
  if (w.length === 0 || w.length > MAX_TOKEN) return null;
  if (LETTERS_ONLY.test(w)) {
    if (STOP_WORDS.has(w)) return null;
    return stem(w);
  }
  return w;
}

export interface Analysis {
  /** Latin/digit terms, processed. */
  words: string[];
  /** CJK bigrams (or the single character of a one-character run) and digit+Han joins like "13万". */
  grams: string[];
  /**
   * The last character of each longer run. A one-character query is run as a prefix
   * search over the bigrams (which start at every other position) plus this, so we
   * need not index every character on its own: that kept the index ~30% smaller.
   */
  finals: string[];
  /** Segmenter words of 3+ Han characters (ranking bonus only). */
  hanWords: string[];
  /** Whole Han runs, for highlighting. */
  hanRuns: string[];
}

/** Analyse already-folded text. */
export function analyzeFolded(folded: string): Analysis {
  const a: Analysis = { words: [], grams: [], finals: [], hanWords: [], hanRuns: [] };
  for (const seg of segmenter.segment(folded)) {
    if (!seg.isWordLike) continue;
    if (isHan(seg.segment)) {
      if (isAllHan(seg.segment) && Array.from(seg.segment).length >= 3) a.hanWords.push(seg.segment);
      continue; // Han characters are covered by the run pass below
    }
    const t = processWord(seg.segment);
    if (t !== null) a.words.push(t);
  }
  for (const m of folded.matchAll(HAN_RUN)) {
    const run = Array.from(m[0]);
    a.hanRuns.push(m[0]);
    if (run.length === 1) a.grams.push(m[0]);
    else a.finals.push(run[run.length - 1]!);
    for (let i = 0; i + 1 < run.length; i++) a.grams.push(run[i]! + run[i + 1]!);
    // "13万亩": join the number with the first character so the figure matches as a unit.
    const before = /(\p{N}+)$/u.exec(folded.slice(0, m.index));
    if (before?.[1] && before[1].length <= MAX_TOKEN) a.grams.push(before[1] + run[0]!);
  }
  return a;
}

/** Terms stored in the index for one field value. */
export function indexTerms(text: string): string[] {
  const a = analyzeFolded(foldChars(text));
  return [...a.words, ...a.grams, ...a.finals, ...a.hanWords];
}

/**
 * Terms for the `keywords` field: as for text, plus each multi-word Latin keyword
 * joined ("zheng shan zheng gou" → "zhengshanzhenggou") so pinyin typed without
 * spaces still finds the term.
 */
export function keywordTerms(keywords: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keywords) {
    out.push(...indexTerms(k));
    const folded = foldChars(k);
    if (!isHan(folded) && /\s|-/.test(folded.trim())) {
      const joined = processWord(folded);
      if (joined !== null) out.push(joined);
    }
  }
  return out;
}

export interface QueryPlan {
  /** All must match (AND); deduplicated. */
  required: string[];
  /** Ranking bonus only. */
  optional: string[];
  /** Phrase key of the whole query, for the exact-phrase bonus. */
  phrase: string;
  hanRuns: string[];
}

export function planQuery(normalized: string): QueryPlan {
  const folded = foldChars(normalized);
  const a = analyzeFolded(folded);
  const required = [...new Set([...a.words, ...a.grams])];
  return {
    required,
    optional: [...new Set(a.hanWords)],
    phrase: folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
    hanRuns: a.hanRuns,
  };
}
