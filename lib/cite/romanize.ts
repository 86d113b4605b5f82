/**
 * Hanyu Pinyin for Chinese reference elements in English-language styles. APA 7 asks for a transliteration of
 * non-Latin titles and authors followed by the bracketed English translation; CMOS 14.98 romanises too (the
 * characters may follow). Words are written as words, as the Basic rules of Hanyu Pinyin orthography
 * (GB/T 16159—2012) and English-language publishing write Pinyin: "lüse kuangshan", not the syllable-by-syllable
 * "lü se kuang shan" of library catalogues (ALA-LC). No tone marks, ü kept, an apostrophe
 * before a syllable inside a word that starts with a, o or e (GB/T 16159 §5.1.5: Xi'an), numerals apart from
 * their measure words (§6.1.6: liang ge), proper names as written and capitalised, the first word of a title or
 * name capitalised (sentence case, also after a colon).
 *
 * Word boundaries come from Intl.Segmenter('zh', { granularity: 'word' }) (ICU's dictionary; pinyin-pro's own
 * `segment` returns single characters); proper names from the glossary's place names (their pinyin is written by
 * the editors, e.g. Zhǔngé'ěr Qí); syllables from pinyin-pro, which reads a character in the context of its word.
 * Where it picks the wrong reading of a polyphone in our texts, `READINGS` corrects it (each entry checked by hand).
 */
import { pinyin } from 'pinyin-pro';

/** Words whose reading pinyin-pro gets wrong in these texts (toneless, one syllable per character; whole words as
 * Intl.Segmenter cuts them). */
const READINGS: Record<string, string[]> = {
  长出: ['zhang', 'chu'],
};

export interface RomanName {
  zh: string;
  pinyin: string;
}

/** Full-width punctuation in a romanised title becomes its Latin form. */
const PUNCT: Record<string, string> = {
  '，': ',',
  '、': ',',
  '：': ':',
  '；': ';',
  '。': '.',
  '？': '?',
  '！': '!',
  '（': '(',
  '）': ')',
  '《': '“',
  '》': '”',
  '—': '–',
};

/** Tone marks off, the diaeresis of ü kept (lǜ → lü): Pinyin without tones still writes ü. */
export function toneless(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u0307\u0309-\u036f]/g, '')
    .normalize('NFC');
}

const han = /\p{Script=Han}/u;
const words = new Intl.Segmenter('zh', { granularity: 'word' });
/** Numerals, and the measure words the site's titles use after them (GB/T 16159 §6.1.6 writes them apart). */
const NUMERAL = /^[一二三四五六七八九十百千万两几半]+$/u;
const MEASURE = new Set([...'个项条块种片座只张名位次年家处段份批类届期程']);

/** One word's syllables (pinyin-pro reading the word as a whole, `READINGS` first). */
const syllables = (word: string): string[] => READINGS[word] ?? pinyin(word, { toneType: 'none', type: 'array' });

/** Syllables joined into one word, with the apostrophe before a, o or e that is not the word's start (Xi'an). */
const joinWord = (parts: string[]): string => parts.reduce((acc, p, i) => (i > 0 && /^[aoe]/.test(p) ? `${acc}'${p}` : acc + p), '');

/** A run of Han characters as Pinyin words: numeral + measure word split in two, every other word joined. */
function runWords(run: string): string[] {
  const out: string[] = [];
  for (const { segment } of words.segment(run)) {
    const last = segment.slice(-1);
    if (segment.length > 1 && MEASURE.has(last) && NUMERAL.test(segment.slice(0, -1))) {
      out.push(joinWord(syllables(segment.slice(0, -1))), joinWord(syllables(last)));
    } else out.push(joinWord(syllables(segment)));
  }
  return out;
}
const upperFirst = (t: string) => t.replace(/\p{L}/u, (c) => c.toUpperCase());
const OPEN = /[“‘(]$/u;
const CLOSE = /^[”’),:;.?!–]/u;

/**
 * Returns a romaniser for titles and names. `names` (proper names with their pinyin, from the glossary) are written
 * as words with their capitals; longer names win.
 */
export function romanizer(names: readonly RomanName[]) {
  const known = [...names].filter((n) => n.zh.length > 1).sort((a, b) => b.zh.length - a.zh.length);
  /** Tokens: a word, a name, a punctuation mark or a run of other text. */
  const tokens = (text: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < text.length;) {
      const rest = text.slice(i);
      const name = known.find((n) => rest.startsWith(n.zh));
      if (name) {
        out.push(toneless(name.pinyin));
        i += name.zh.length;
        continue;
      }
      let j = i;
      while (j < text.length && han.test(text[j]!) && !known.some((n) => text.startsWith(n.zh, j))) j++;
      if (j > i) {
        out.push(...runWords(text.slice(i, j)));
        i = j;
        continue;
      }
      const ch = text[i]!;
      out.push(PUNCT[ch] ?? ch);
      i++;
    }
    return out;
  };
  const join = (parts: string[]) =>
    parts
      .reduce((acc, p) => (!acc || OPEN.test(acc) || CLOSE.test(p) || /^\s/.test(p) || /\s$/.test(acc) ? acc + p : `${acc} ${p}`), '')
      .replace(/\s+/g, ' ')
      .trim();
  const sentence = (t: string) => upperFirst(t).replace(/: (\P{L}*)(\p{L})/gu, (_, pre: string, c: string) => `: ${pre}${c.toUpperCase()}`);
  return {
    /** A title in sentence case: the first word and the first word after a colon capitalised, names as written. */
    title: (text: string): string => sentence(join(tokens(text))),
    /** A corporate name: as a title (ALA-LC capitalises its first word and proper names). */
    name: (text: string): string => sentence(join(tokens(text))),
  };
}

export type Romanizer = ReturnType<typeof romanizer>;

/** The site's romaniser: the glossary's place names are the proper names. */
export async function siteRomanizer(): Promise<Romanizer> {
  const { listTerms } = await import('../content');
  const terms = await listTerms();
  return romanizer(terms.filter((t) => t.category === 'place').map((t) => ({ zh: t.zh, pinyin: t.pinyin })));
}
