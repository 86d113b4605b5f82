/**
 * URL text fragments (https://wicg.github.io/scroll-to-text-fragment/): `#passage:~:text=[prefix-,]start[,end]`.
 * Browsers that support them scroll to and mark the quoted words; the others ignore everything from `:~:` on
 * and still land on the passage, which is why the passage id always comes first.
 *
 * The spec (§3.5.3, "is at a word boundary") only accepts a match whose start and end fall on word boundaries as
 * the browser's word segmenter finds them; Chromium uses ICU's, which divides Chinese by dictionary words. So every
 * term here is cut with Intl.Segmenter (the same ICU rules) at a word boundary, for any mix of scripts: never after
 * a fixed number of characters. The first match in the document wins, so a start that already occurs earlier on
 * the page (a heading is also in the table of contents) gets the words just before it as a prefix (`prefix-,`):
 * from its own passage, or at the start of a passage from the end of the text before it, which Chromium matches
 * across the block boundary; failing that, more words of its own until it is unique.
 */

/** What a directive is built against: the quote's surroundings as the reader sees them (lib/cite/reading.ts). */
export interface DirectiveContext {
  /** The document's text before the passage, blocks ended by "\n" (lib/cite/reading.ts documentTextBefore). */
  before?: string;
  /** The passage's reading text before the quote (its trailing space kept: it says whether a word ends there). */
  lead?: string;
  /** The passage's reading text after the quote. */
  trail?: string;
}

/** A quote of at most this many words is linked whole; longer ones by their first and last words. */
const WHOLE_WORDS = 10;
/** An edge (start or end) has at least this many words and characters (Chinese words are short). */
const EDGE = { words: 4, chars: 10 } as const;
const PREFIX_WORDS = 3;

/**
 * Percent-encodes one term of a text directive. encodeURIComponent leaves `-` alone, but in a directive `-` marks
 * a prefix or suffix (and `,` and `&` separate terms and directives), so all three must be encoded.
 */
export function encodeFragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();
const segmenterFor = (text: string) => new Intl.Segmenter(/\p{Script=Han}/u.test(text) ? 'zh' : 'en', { granularity: 'word' });

interface Seg {
  index: number;
  end: number;
  word: boolean;
}

function segments(text: string): Seg[] {
  return [...segmenterFor(text).segment(text)].map((s) => ({ index: s.index, end: s.index + s.segment.length, word: !!s.isWordLike }));
}

/** Offsets in `text` that are word boundaries (start and end of every segment). */
function boundaries(text: string): Set<number> {
  const out = new Set<number>([0, text.length]);
  for (const s of segments(text)) {
    out.add(s.index);
    out.add(s.end);
  }
  return out;
}

/**
 * True when `needle` occurs in `hay` starting and ending on word boundaries, ignoring case, as the matcher compares
 * (the spec's find is case-insensitive).
 */
export function occursAsWords(rawHay: string, rawNeedle: string): boolean {
  const hay = rawHay.toLowerCase();
  const needle = rawNeedle.toLowerCase();
  if (!needle || !hay.includes(needle)) return false;
  const b = boundaries(hay);
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (b.has(i) && b.has(i + needle.length)) return true;
  }
  return false;
}

/** Past the minimum, an edge may grow by this many characters to end at punctuation or a space. */
const SLACK = 12;

/**
 * The shortest start of `text` ending on a word boundary with at least `words` words and EDGE.chars characters,
 * preferring (within SLACK more characters) a cut before punctuation or a space: such a boundary is one every
 * segmenter agrees on, whatever its dictionary.
 */
function headOf(text: string, words: number = EDGE.words): string {
  const segs = segments(text);
  let n = 0;
  let first = -1;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.word) n++;
    if (!s.word || n < words || s.end < EDGE.chars) continue;
    if (first < 0) first = s.end;
    const next = segs[i + 1];
    if (!next || !next.word) return text.slice(0, s.end);
    if (s.end - first > SLACK) break;
  }
  return first < 0 ? text : text.slice(0, first);
}

/** The mirror of headOf: the shortest end of `text` starting on a word boundary, after punctuation if it can. */
function tailOf(text: string, words: number = EDGE.words): string {
  const segs = segments(text);
  let n = 0;
  let first = -1;
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i]!;
    if (s.word) n++;
    if (!s.word || n < words || text.length - s.index < EDGE.chars) continue;
    if (first < 0) first = s.index;
    const prev = segs[i - 1];
    if (!prev || !prev.word) return text.slice(s.index);
    if (first - s.index > SLACK) break;
  }
  return first < 0 ? text : text.slice(first);
}

const wordCount = (text: string) => segments(text).filter((s) => s.word).length;

/**
 * The quote moved onto word boundaries: a selection that starts or ends inside a word (a drag rarely stops exactly
 * between words) can never match, so a partial word at either edge is left out. Returns the quote and the text
 * before it.
 */
function snapToWords(quote: string, context: DirectiveContext): { text: string; lead: string } {
  const lead = (context.lead ?? '').replace(/\s+/g, ' ').trimStart();
  const trail = (context.trail ?? '').replace(/\s+/g, ' ').trimEnd();
  const full = lead + quote.replace(/\s+/g, ' ') + trail;
  const b = boundaries(full);
  let start = lead.length;
  let end = full.length - trail.length;
  while (start < end && full[start] === ' ') start++;
  while (end > start && full[end - 1] === ' ') end--;
  while (start < end && !b.has(start)) start++;
  while (end > start && !b.has(end)) end--;
  return { text: full.slice(start, end).trim(), lead: full.slice(0, start) };
}

/** The `text=` directive for a quote (whitespace collapsed); empty quotes give ''. */
export function textDirective(quote: string, context: DirectiveContext = {}): string {
  const snapped = snapToWords(quote, context);
  const text = snapped.text;
  if (!text) return '';
  const lead = collapse(snapped.lead);
  const before = context.before ?? '';
  const earlier = collapse(`${before} ${lead}`);
  const total = wordCount(text);

  // The start: unique on the page (the first match wins), else preceded by the words just before it, which may be
  // the end of the previous block (the matcher reads a block boundary as white space), else longer.
  let start = total <= WHOLE_WORDS ? text : headOf(text);
  let prefix = '';
  // The prefix comes from one block: the passage's own text before the quote, else the last block before the passage.
  const lastBlock = collapse(before.replace(/\n+$/, '').split('\n').at(-1) ?? '');
  const tail = lead ? tailOf(lead, PREFIX_WORDS) : lastBlock ? tailOf(lastBlock, PREFIX_WORDS) : '';
  for (let words = EDGE.words; occursAsWords(earlier, start); words++) {
    if (tail && !occursAsWords(earlier, `${tail} ${start}`) && !occursAsWords(earlier, `${tail}${start}`)) {
      prefix = tail;
      break;
    }
    if (start === text) break;
    start = headOf(text, words + 1);
  }
  if (start === text || start.length >= text.length) {
    return `text=${prefix ? `${encodeFragmentTerm(prefix)}-,` : ''}${encodeFragmentTerm(text)}`;
  }

  // The end: the first occurrence after the start must be the quote's own end, or the match stops short.
  const rest = text.slice(start.length);
  let end = tailOf(rest);
  for (let words = EDGE.words; end !== rest && rest.indexOf(end) !== rest.length - end.length; words++) end = tailOf(rest, words + 1);
  return `text=${prefix ? `${encodeFragmentTerm(prefix)}-,` : ''}${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

/** `page#passage:~:text=…`; any fragment already on `page` is replaced. */
export function textFragmentUrl(page: string, quote: string, passageId?: string, context?: DirectiveContext): string {
  const base = page.replace(/#.*$/, '');
  const directive = textDirective(quote, context);
  const id = passageId ?? '';
  if (!directive) return id ? `${base}#${id}` : base;
  return `${base}#${id}:~:${directive}`;
}
