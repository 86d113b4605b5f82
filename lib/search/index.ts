/**
 * Site search: build an index per locale at build time, load it cheaply at run
 * time, query it with Chinese-aware matching. Pure: no file system, no React.
 *
 *   const json = buildIndex('zh', docs);          // build step, JSON.stringify and ship
 *   const index = loadIndex(json);                // once per process (cached per object)
 *   const results = search(index, searchParams.q); // raw q is fine: it is normalised here
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult as MsResult } from 'minisearch';
import type { Locale } from '../i18n/routing';
import { normalizeQuery, phraseKey } from './normalize';
import { highlightAll, makeSnippet, needlesFor, type Segment } from './snippet';
import { indexTerms, isLatinWord, isSingleHan, keywordTerms, planQuery } from './tokenize';

export { MAX_QUERY_LENGTH, normalizeQuery, queryTooLong } from './normalize';
export type { Segment } from './snippet';

export type DocKind = 'passage' | 'photo' | 'term';
const KINDS: readonly DocKind[] = ['passage', 'photo', 'term'];

export interface SearchDoc {
  /** Unique within one locale's index, e.g. 'passage:restoration#green-mine-plan'. */
  id: string;
  kind: DocKind;
  url: string;
  title: string;
  text: string;
  section?: string;
  /** For terms: zh, pinyin (with and without tones), en, aliases. Weighted ×3. */
  keywords?: string[];
  /** For illustrations: the site's own image file and its intrinsic size (a thumbnail beside the result). */
  image?: SearchImage;
}

/** An image file under public/ (its path from the site root) and its intrinsic pixel size. */
export interface SearchImage {
  src: string;
  width: number;
  height: number;
}

export interface SerializedIndex {
  v: 1;
  locale: Locale;
  docs: SearchDoc[];
  ms: AsPlainObject;
}

export interface SearchIndex {
  readonly locale: Locale;
  readonly size: number;
  /** @internal */ readonly ms: MiniSearch<SearchDoc>;
  /** @internal */ readonly docs: ReadonlyMap<string, SearchDoc>;
  /** @internal lazily filled phrase keys (title + text + keywords) */ readonly keys: Map<string, string>;
}

/**
 * How a result matched: the whole query as a phrase, all query terms scattered,
 * or (fallback when nothing matches all terms) at least half of them.
 */
export type MatchKind = 'phrase' | 'all' | 'partial';

export interface SearchResult {
  id: string;
  kind: DocKind;
  url: string;
  title: string;
  section?: string;
  score: number;
  match: MatchKind;
  /** The title with hits marked. */
  titleSegments: Segment[];
  /** A window of the text around the best match, hits marked, '…' at cut ends. */
  snippet: Segment[];
  image?: SearchImage;
}

export interface SearchOptions {
  /** Default 20, clamped to 1–100. */
  limit?: number;
  kinds?: DocKind[];
}

const FIELDS = ['title', 'text', 'keywords'] as const;
const BOOST = { title: 2, text: 1, keywords: 3 };

// MiniSearch must be given the same options when loading as when building.
const MS_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [], // documents are kept once, in SerializedIndex.docs
  extractField: (doc, field) => {
    // MiniSearch stringifies field values; one keyword per line keeps them apart.
    if (field === 'keywords') return (doc.keywords ?? []).map((k) => k.replace(/\s+/g, ' ')).join('\n');
    return (doc as unknown as Record<string, unknown>)[field];
  },
  // All analysis happens here; processTerm is the identity so query terms that are
  // already processed (see planQuery) are looked up verbatim.
  tokenize: (value, field) => (field === 'keywords' ? keywordTerms(value.split('\n')) : indexTerms(value)),
  processTerm: (t) => t,
  searchOptions: {
    tokenize: (s) => [s],
    processTerm: (t) => t,
    boost: BOOST,
    // Prefix and fuzzy only for real words of 4+ letters: never for numbers (2023 ≠ 2025)
    // or CJK bigrams (exact by construction). A single Han character is a prefix
    // search over the bigrams (see Analysis.finals).
    prefix: (t) => (isLatinWord(t) && t.length >= 4) || isSingleHan(t),
    fuzzy: (t) => (isLatinWord(t) && t.length >= 4 ? 0.2 : false),
  },
};

export function buildIndex(locale: Locale, docs: readonly SearchDoc[]): SerializedIndex {
  if (locale !== 'zh' && locale !== 'en') throw new Error(`search: unknown locale ${String(locale)}`);
  const seen = new Set<string>();
  const clean: SearchDoc[] = docs.map((d, i) => {
    const where = `search: doc #${i} (${String(d?.id)})`;
    if (!d || typeof d.id !== 'string' || d.id === '') throw new Error(`${where}: id must be a non-empty string`);
    if (seen.has(d.id)) throw new Error(`${where}: duplicate id`);
    seen.add(d.id);
    if (!KINDS.includes(d.kind)) throw new Error(`${where}: kind must be one of ${KINDS.join(', ')}`);
    for (const f of ['url', 'title', 'text'] as const) {
      if (typeof d[f] !== 'string') throw new Error(`${where}: ${f} must be a string`);
    }
    const out: SearchDoc = { id: d.id, kind: d.kind, url: d.url, title: d.title, text: d.text };
    if (d.section !== undefined) out.section = d.section;
    if (d.keywords && d.keywords.length > 0) out.keywords = [...d.keywords];
    if (d.image) {
      const { src, width, height } = d.image;
      if (typeof src !== 'string' || !src.startsWith('/') || !(width > 0) || !(height > 0))
        throw new Error(`${where}: image must be { src: '/…', width > 0, height > 0 }`);
      out.image = { src, width, height };
    }
    return out;
  });
  const ms = new MiniSearch<SearchDoc>(MS_OPTIONS);
  ms.addAll(clean);
  // Round-trip through JSON so the value is plain data (no Maps) whatever MiniSearch returns.
  return { v: 1, locale, docs: clean, ms: JSON.parse(JSON.stringify(ms)) as AsPlainObject };
}

const loaded = new WeakMap<SerializedIndex, SearchIndex>();

/** Cheap (no re-tokenising); cached per serialized object, so call it freely. */
export function loadIndex(serialized: SerializedIndex): SearchIndex {
  const hit = loaded.get(serialized);
  if (hit) return hit;
  if (serialized?.v !== 1) throw new Error('search: unsupported index version (rebuild the index)');
  const index: SearchIndex = {
    locale: serialized.locale,
    size: serialized.docs.length,
    ms: MiniSearch.loadJS<SearchDoc>(serialized.ms, MS_OPTIONS),
    docs: new Map(serialized.docs.map((d) => [d.id, d])),
    keys: new Map(),
  };
  loaded.set(serialized, index);
  return index;
}

function keyOf(index: SearchIndex, doc: SearchDoc): string {
  let k = index.keys.get(doc.id);
  if (k === undefined) {
    k = ' ' + [doc.title, doc.text, ...(doc.keywords ?? [])].map(phraseKey).join(' | ') + ' ';
    index.keys.set(doc.id, k);
  }
  return k;
}

/** Exact phrase present? Latin phrases must sit on word boundaries. */
function hasPhrase(key: string, phrase: string): boolean {
  if (!phrase) return false;
  // Chinese has no word edges to respect; "13万亩" must be found inside "打造13万亩林".
  if (/\p{Script=Han}/u.test(phrase)) return key.includes(phrase);
  // key is space-separated at every punctuation/space boundary and padded, so this
  // tests word edges: "mine" is not the phrase in "mined".
  return key.includes(' ' + phrase + ' ');
}

/**
 * Search. `query` may be anything (string, string[], undefined…): it goes through
 * normalizeQuery. Never throws for any input; empty query → [].
 */
export function search(index: SearchIndex, query: unknown, opts: SearchOptions = {}): SearchResult[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const plan = planQuery(q);
  if (plan.required.length === 0) return []; // e.g. only stop words or punctuation

  const limit = Math.min(100, Math.max(1, Math.floor(Number.isFinite(opts.limit) ? (opts.limit as number) : 20)));
  const kinds = opts.kinds && opts.kinds.length > 0 ? new Set(opts.kinds) : null;
  const filter = kinds ? (r: MsResult) => kinds.has(index.docs.get(r.id as string)?.kind as DocKind) : undefined;

  let match: MatchKind = 'all';
  let raw = index.ms.search({ combineWith: 'AND', queries: plan.required }, { filter });
  if (raw.length === 0 && plan.required.length > 1) {
    // Nothing has every term: show documents with at least half of them, marked partial.
    const need = Math.ceil(plan.required.length / 2);
    raw = index.ms.search({ combineWith: 'OR', queries: plan.required }, { filter }).filter((r) => r.queryTerms.length >= need);
    match = 'partial';
  }
  if (raw.length === 0) return [];

  // Segmenter words (3+ Han characters) add to the score of documents already found.
  const bonus = new Map<string, number>();
  if (plan.optional.length > 0) {
    for (const r of index.ms.search({ combineWith: 'OR', queries: plan.optional })) bonus.set(r.id as string, r.score);
  }

  const ranked = raw.flatMap((r) => {
    const doc = index.docs.get(r.id as string);
    if (!doc) return [];
    const phrase = hasPhrase(keyOf(index, doc), plan.phrase);
    return [{ r, doc, phrase, score: r.score + (bonus.get(doc.id) ?? 0) }];
  });
  // Exact phrase first, whatever BM25 says: lift phrase matches above the best
  // score overall, so the reported score still sorts the list. Ties: id, for a stable order.
  const top = Math.max(...ranked.map((x) => x.score));
  for (const x of ranked) if (x.phrase) x.score += top;
  ranked.sort((a, b) => b.score - a.score || (a.doc.id < b.doc.id ? -1 : 1));

  return ranked.slice(0, limit).map(({ r, doc, phrase, score }) => {
    const needles = needlesFor(plan.phrase, plan.hanRuns, r.terms);
    const out: SearchResult = {
      id: doc.id,
      kind: doc.kind,
      url: doc.url,
      title: doc.title,
      score: Math.round(score * 1000) / 1000,
      match: phrase ? 'phrase' : match,
      titleSegments: highlightAll(doc.title, needles),
      snippet: makeSnippet(doc.text, needles),
    };
    if (doc.section !== undefined) out.section = doc.section;
    if (doc.image) out.image = doc.image;
    return out;
  });
}
