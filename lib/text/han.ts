/**
 * Chinese-text helpers: the one place that says what counts as Chinese. Pure and dependency-free, so server
 * code, build scripts and client leaves (the glossary filter) share it.
 */

/** CJK symbols and punctuation (、。「」…) and full-width forms (，：！（）…). */
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef';

const HAN = /\p{Script=Han}/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;
const WIDE = new RegExp(`\\p{Script=Han}|[${CJK_PUNCT}]`, 'u');
/** A Chinese run: Han characters and CJK punctuation; spaces between two such runs stay inside it. */
const HAN_RUNS = new RegExp(`([\\p{Script=Han}${CJK_PUNCT}]+(?:\\s*[\\p{Script=Han}${CJK_PUNCT}]+)*)`, 'u');

/** True when the text contains at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** True when the text is one or more Han characters and nothing else. */
export function isAllHan(text: string): boolean {
  return HAN_ONLY.test(text);
}

/** How many Han characters the text has (reading time counts Chinese by characters). */
export function countHan(text: string): number {
  return (text.match(HAN_GLOBAL) ?? []).length;
}

/** One character set a full em wide: a Han character or CJK punctuation. */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

/**
 * Text cut into runs of Chinese and of everything else, so English pages can mark Chinese inside running text
 * with lang="zh-Hans" (screen readers switch voice). A run is Chinese when it holds a Han character.
 */
export function hanRuns(text: string): { text: string; han: boolean }[] {
  const runs: { text: string; han: boolean }[] = [];
  for (const part of text.split(HAN_RUNS)) {
    if (part) runs.push({ text: part, han: hasHan(part) });
  }
  return runs;
}

/**
 * The `lang` a fragment needs on a page of the given locale: Chinese text on an English page is `zh-Hans`, Latin
 * text on a Chinese page is `en`; undefined when it is in the page's own language.
 */
export function langOf(text: string, pageLocale: string): 'zh-Hans' | 'en' | undefined {
  if (pageLocale === 'en' && hasHan(text)) return 'zh-Hans';
  if (pageLocale === 'zh' && !hasHan(text) && /\p{L}/u.test(text)) return 'en';
  return undefined;
}

/** Removes combining marks: pinyin with tone marks ("zhěng") becomes plain pinyin ("zheng"). */
export function stripTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}
