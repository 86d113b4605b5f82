/**
 * Casing of English passage headings inside citations. Editors write headings in sentence case; the article
 * titles have both forms written by hand (frontmatter), but a heading appended as other title information has to
 * follow the style of the title it joins:
 * - Chicago (CMOS 18 §8.160) and MLA 9 (§2.90, headline style): capitalise the first and last word, the first word
 *   after a colon, and every word but articles, coordinating conjunctions, prepositions and the infinitive “to”;
 *   both elements of a hyphenated compound (“Three-Year”) unless the second is one of those small words.
 * - APA 7 (§6.17, sentence case): also capitalise the first word after a colon.
 * Words that already carry a capital (names, “PV”) are never lowered, so names survive; the small-word list only
 * lowers words the editors wrote in lower case. Particles often used as adverbs in phrasal verbs (“set out”,
 * “hold back”) are left out of the list: CMOS capitalises them in that use.
 */

const SMALL = new Set(
  (
    'a an the and but or nor for so yet as to ' +
    'about above across after against along amid among around at before behind below beneath beside between beyond by ' +
    'despite during except from in inside into like near of on onto outside past per since through throughout till toward ' +
    'towards under underneath until upon via with within without'
  ).split(' '),
);

const LETTER = /\p{L}/u;
const upperFirst = (w: string) => w.replace(LETTER, (c) => c.toUpperCase());

/** A word's letters only, lower-cased: “‘Saihanba,” → saihanba. */
const bare = (w: string) => w.replace(/[^\p{L}\p{N}'’-]/gu, '').toLowerCase();

/** Headline style for a sentence-case heading (see the header). */
export function headlineCase(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words
    .map((w, i) => {
      const first = i === 0 || /:$/.test(words[i - 1] ?? '');
      const last = i === words.length - 1 || /:$/.test(w);
      return w
        .split(/(?<=-)/)
        .map((part, j) => {
          const small = SMALL.has(bare(part).replace(/-$/, ''));
          const edge = (first && j === 0) || last;
          return edge || !small ? upperFirst(part) : part;
        })
        .join('');
    })
    .join(' ');
}

/** APA sentence case for a heading: its own first word and the first word after each colon capitalised. */
export function sentenceCase(text: string): string {
  return upperFirst(text.replace(/\s+/g, ' ').trim()).replace(
    /(:\s+\P{L}*)(\p{L})/gu,
    (_, pre: string, c: string) => `${pre}${c.toUpperCase()}`,
  );
}
