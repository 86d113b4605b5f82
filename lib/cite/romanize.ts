/**
 * Hanyu Pinyin for Chinese reference elements in English-language styles. APA 7 asks for a transliteration of
 * non-Latin titles and authors followed by the bracketed English translation; CMOS 14.98 romanises too (the
 * characters may follow). The romanisation is the library one (ALA-LC romanization table for Chinese, the form
 * catalogues and most bibliographies use): no tone marks, ü kept, each syllable written separately, proper names
 * written as words and capitalised, the first word of a title or name capitalised (sentence case, also after a
 * colon). Separate syllables avoid word segmentation, which a dictionary gets wrong often enough to print nonsense.
 *
 * Proper names come from the glossary's place names (their pinyin is written by the editors, e.g. Zhǔngé'ěr Qí);
 * syllables from pinyin-pro, which reads a character in the context of its words. Where it picks the wrong reading
 * of a polyphone in our texts, `READINGS` corrects it (each entry checked by hand).
 */
import { pinyin } from 'pinyin-pro';

/** Words whose reading pinyin-pro gets wrong in these texts (toneless, one syllable per character). */
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
const upperFirst = (t: string) => t.replace(/\p{L}/u, (c) => c.toUpperCase());
const OPEN = /[“‘(]$/u;
const CLOSE = /^[”’),:;.?!–]/u;

/**
 * Returns a romaniser for titles and names. `names` (proper names with their pinyin, from the glossary) are written
 * as words with their capitals; longer names win.
 */
export function romanizer(names: readonly RomanName[]) {
  const known = [...names].filter((n) => n.zh.length > 1).sort((a, b) => b.zh.length - a.zh.length);
  /** Tokens: a syllable, a name, a punctuation mark or a run of other text. */
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
        const run = text.slice(i, j);
        const word = Object.keys(READINGS).reduce((acc, w) => acc.replaceAll(w, `\u0000${w}\u0000`), run);
        for (const part of word.split('\u0000').filter(Boolean))
          out.push(...(READINGS[part] ?? pinyin(part, { toneType: 'none', type: 'array' })));
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
