/**
 * Snippets as data: an array of { text, hit } segments, never an HTML string, so
 * the page renders them with plain JSX (no dangerouslySetInnerHTML, no escaping bugs).
 *
 * Works in code points (never splits a surrogate pair). Hits are found on the
 * folded text and mapped back to the original characters.
 */
import { foldWithMap } from './normalize';
import { isHan, processWord } from './tokenize';

export interface Segment {
  text: string;
  hit: boolean;
}

export interface Needles {
  /** Folded substrings to mark, with a weight (whole phrase > Han run > bigram). */
  substrings: Array<{ s: string; weight: number }>;
  /** Processed Latin/digit terms: a text word whose processed form is here is a hit. */
  words: ReadonlySet<string>;
}

export const CJK_WINDOW = 80; // code points
export const WORD_WINDOW = 30; // words

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const ELLIPSIS = '…';

interface Range {
  start: number;
  end: number;
  weight: number;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch) && !isHan(ch);
}

function findHits(text: string, needles: Needles): { cps: string[]; hits: Range[] } {
  const { cps, folded, map } = foldWithMap(text);
  const ranges: Range[] = [];
  for (const { s, weight } of needles.substrings) {
    if (s.length === 0) continue;
    for (let i = folded.indexOf(s); i !== -1; i = folded.indexOf(s, i + s.length)) {
      const start = map[i]!;
      const end = map[i + s.length - 1]! + 1;
      // A Latin phrase must sit on word boundaries: "mine" is not a hit inside "mined".
      if (isWordChar(s[0]) && isWordChar(folded[i - 1])) continue;
      if (isWordChar(s[s.length - 1]) && isWordChar(folded[i + s.length])) continue;
      ranges.push({ start, end, weight });
    }
  }
  if (needles.words.size > 0) {
    for (const seg of segmenter.segment(folded)) {
      if (!seg.isWordLike || isHan(seg.segment)) continue;
      const t = processWord(seg.segment);
      if (t !== null && needles.words.has(t)) {
        ranges.push({ start: map[seg.index]!, end: map[seg.index + seg.segment.length - 1]! + 1, weight: 1 });
      }
    }
  }
  return { cps, hits: merge(ranges) };
}

/** Merge overlapping or touching ranges ("整山" + "整沟" → "整山整沟"). */
function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      last.weight += r.weight; // a run of adjacent bigrams is denser evidence than one
    } else out.push({ ...r });
  }
  return out;
}

/** Start positions of the units a window is measured in: characters for CJK text, words otherwise. */
function unitStarts(cps: string[]): { starts: number[]; cjk: boolean } {
  const han = cps.filter((c) => isHan(c)).length;
  const visible = cps.filter((c) => !/\s/u.test(c)).length || 1;
  const starts: number[] = [];
  const cjk = han / visible > 0.3;
  if (cjk) {
    cps.forEach((c, i) => {
      if (!/\p{M}|\u200d|[\ufe00-\ufe0f]/u.test(c)) starts.push(i); // keep marks with their base
    });
  } else {
    cps.forEach((c, i) => {
      if (!/\s/u.test(c) && (i === 0 || /\s/u.test(cps[i - 1]!))) starts.push(i);
    });
  }
  return { starts, cjk };
}

function toSegments(cps: string[], hits: Range[], from: number, to: number): Segment[] {
  const segs: Segment[] = [];
  const push = (text: string, hit: boolean) => {
    if (text.length === 0) return;
    const last = segs[segs.length - 1];
    if (last && last.hit === hit) last.text += text;
    else segs.push({ text, hit });
  };
  if (from > 0) push(ELLIPSIS, false);
  let pos = from;
  for (const h of hits) {
    if (h.end <= from || h.start >= to) continue;
    const s = Math.max(h.start, from);
    const e = Math.min(h.end, to);
    push(cps.slice(pos, s).join(''), false);
    push(cps.slice(s, e).join(''), true);
    pos = e;
  }
  push(cps.slice(pos, to).join(''), false);
  if (to < cps.length) push(ELLIPSIS, false);
  return segs;
}

/** Highlight the whole text (titles). */
export function highlightAll(text: string, needles: Needles): Segment[] {
  const { cps, hits } = findHits(text, needles);
  return toSegments(cps, hits, 0, cps.length);
}

/**
 * A window around the densest cluster of hits (~80 CJK characters or ~30 words),
 * with ellipses where the text was cut. Without hits: the start of the text.
 */
export function makeSnippet(text: string, needles: Needles, opts: { cjk?: number; words?: number } = {}): Segment[] {
  const { cps, hits } = findHits(text, needles);
  const { starts, cjk } = unitStarts(cps);
  const size = cjk ? (opts.cjk ?? CJK_WINDOW) : (opts.words ?? WORD_WINDOW);
  if (starts.length <= size) return toSegments(cps, hits, 0, cps.length);

  // Unit index containing code point i.
  const unitOf = (i: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const maxFirst = starts.length - size;
  let bestFirst = 0;
  let bestScore = -1;
  for (const h of hits) {
    // Put the hit about a quarter of the way in, so the reader sees what leads up to it.
    const first = Math.min(maxFirst, Math.max(0, unitOf(h.start) - Math.floor(size / 4)));
    const from = starts[first]!;
    const to = first + size < starts.length ? starts[first + size]! : cps.length;
    let score = 0;
    for (const o of hits) if (o.start >= from && o.end <= to) score += o.weight;
    if (score > bestScore) {
      bestScore = score;
      bestFirst = first;
    }
  }
  let from = starts[bestFirst]!;
  let to = bestFirst + size < starts.length ? starts[bestFirst + size]! : cps.length;
  // Never cut a hit in half: widen to include any hit crossing an edge.
  for (const h of hits) {
    if (h.start < from && h.end > from) from = h.start;
    if (h.start < to && h.end > to) to = h.end;
  }
  while (to > from && /\s/u.test(cps[to - 1]!)) to--;
  return toSegments(cps, hits, from, to);
}

/** Build needles from a query plan's pieces and the document terms a result matched. */
export function needlesFor(phrase: string, hanRuns: readonly string[], matchedTerms: readonly string[]): Needles {
  const substrings: Needles['substrings'] = [];
  if (phrase) substrings.push({ s: phrase, weight: 3 });
  for (const r of hanRuns) if (r !== phrase) substrings.push({ s: r, weight: 2 });
  const words = new Set<string>();
  for (const t of matchedTerms) {
    // Han terms found by prefix (药 → 药田) are not what was asked for: mark only
    // grams that are part of the query itself.
    if (isHan(t)) {
      if (phrase.includes(t)) substrings.push({ s: t, weight: 1 });
    } else words.add(t);
  }
  return { substrings, words };
}
