/**
 * URL text fragments (https://wicg.github.io/scroll-to-text-fragment/): `#passage:~:text=start,end`.
 * Browsers that support them scroll to and mark the quoted words; the others ignore everything from `:~:` on
 * and still land on the passage, which is why the passage id always comes first.
 */

/** Han characters and CJK punctuation: text without spaces between words. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const CJK_PUNCT = /[，。、；：？！“”‘’（）《》—…]/;

/** Over this length a quote is linked by its first and last words (`text=start,end`), as the spec advises. */
const LONG = { cjk: 24, words: 10 } as const;
const EDGE = { cjk: 10, words: 4 } as const;

/**
 * Percent-encodes one term of a text directive. encodeURIComponent leaves `-` alone, but in a directive `-` marks
 * a prefix or suffix (and `,` and `&` separate terms and directives), so all three must be encoded.
 */
export function encodeFragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Chinese edges are cut at punctuation where there is some nearby, so the match does not start mid-word. */
function cjkEdges(text: string): [string, string] {
  const chars = [...text];
  let start = chars.slice(0, EDGE.cjk);
  const cut = start.findIndex((c, i) => i >= 4 && CJK_PUNCT.test(c));
  if (cut > 0) start = start.slice(0, cut);
  let end = chars.slice(-EDGE.cjk);
  const tail = end.findIndex((c) => CJK_PUNCT.test(c));
  if (tail >= 0 && tail < end.length - 4) end = end.slice(tail + 1);
  return [start.join(''), end.join('')];
}

/** The `text=` directive for a quote (whitespace collapsed); empty quotes give ''. */
export function textDirective(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (!text) return '';
  if (CJK.test(text)) {
    if ([...text].length <= LONG.cjk) return `text=${encodeFragmentTerm(text)}`;
    const [start, end] = cjkEdges(text);
    return `text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
  }
  const words = text.split(' ');
  if (words.length <= LONG.words) return `text=${encodeFragmentTerm(text)}`;
  return `text=${encodeFragmentTerm(words.slice(0, EDGE.words).join(' '))},${encodeFragmentTerm(words.slice(-EDGE.words).join(' '))}`;
}

/** `page#passage:~:text=…`; any fragment already on `page` is replaced. */
export function textFragmentUrl(page: string, quote: string, passageId?: string): string {
  const base = page.replace(/#.*$/, '');
  const directive = textDirective(quote);
  const id = passageId ?? '';
  if (!directive) return id ? `${base}#${id}` : base;
  return `${base}#${id}:~:${directive}`;
}
