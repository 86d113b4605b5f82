/**
 * Where a Chinese title may break: between phrases, never inside a word or a place name (准格 / 尔旗 reads as
 * nonsense). Used on the server and at build time only (headings in the MDX pipeline, titles and cards through
 * components/text/Phrases.tsx, the link-preview cards through lib/og); the page gets the phrases joined by
 * `<wbr>` inside `word-break: keep-all` (globals.css), so the browser breaks only there.
 *
 * A break is allowed where all of these agree:
 * - BudouX, Google's phrase segmenter for Chinese and Japanese headlines, puts a phrase boundary there, or a
 *   kept name (below) starts or ends there: a place name is a phrase of its own;
 * - the ICU word segmenter (Intl.Segmenter, the one browsers use) puts a word boundary there, which takes out
 *   BudouX's occasional cut inside a word (时间 / 表, 下一 / 程);
 * - it is not inside a kept name (the glossary's place names, which the caller passes: lib/content's
 *   `titlePhrases` reads them from content/glossary.json; and the site's 绿色矿山), not between a number and
 *   what it counts (13万 / 亩), not after an opening bracket or quote and not before a closing one or a
 *   punctuation mark (a line never ends with “ or starts with ”, as Chinese typesetting requires).
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { hasHan } from './han';

/** The site's own name phrase, never split (绿色矿 / 山 reads badly), whatever the glossary holds. */
const siteName = '绿色矿山';
const kept = new WeakMap<readonly string[], readonly string[]>();

/** Everything never split: the given place names and the site's name phrase, longest first. */
export function keptNames(placeNames: readonly string[]): readonly string[] {
  let names = kept.get(placeNames);
  if (!names) {
    names = [...new Set([...placeNames, siteName])].sort((a, b) => b.length - a.length);
    kept.set(placeNames, names);
  }
  return names;
}

const parser = loadDefaultSimplifiedChineseParser();
const opening = /[“‘（《〈「『【(\[]/u;
const closing = /[”’）》〉」』】，。、：；！？)\],.:;!?]/u;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Offsets (in UTF-16 units) where the segments of a segmentation start, the first excluded. */
function starts(segments: Iterable<string>): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const s of segments) {
    if (at > 0) out.add(at);
    at += s.length;
  }
  return out;
}

/**
 * The text cut into phrases; joined they give the text back. Text without Han characters is one phrase.
 * `placeNames` are never split (lib/content's `placeNames()`, from the glossary).
 */
export function phrases(text: string, placeNames: readonly string[]): string[] {
  if (!hasHan(text)) return [text];
  const icu = starts([...words.segment(text)].map((s) => s.segment));
  const candidates = starts(parser.parse(text));
  const inside = new Set<number>();
  for (const name of keptNames(placeNames))
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      candidates.add(at).add(at + name.length);
      for (let i = at + 1; i < at + name.length; i++) inside.add(i);
    }
  const cuts = [...candidates].filter((i) => i > 0 && i < text.length && icu.has(i)).sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const i of cuts) {
    if (inside.has(i) || (/[\d万亿]/u.test(text[i - 1]!) && hasHan(text[i]!))) continue;
    if (opening.test(text[i - 1]!) || closing.test(text[i]!)) continue;
    out.push(text.slice(from, i));
    from = i;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * A number with what it counts, in running text: digits (with thousands separators, decimals, a range's dash) and
 * an optional 万/亿, then a Chinese unit set solid (13万亩, 8,667公顷) or a Latin unit after one space (130,000 mu).
 * The units are the ones the site's figures and charts use.
 */
const amount = /\d[\d,.]*(?:[–-]\d[\d,.]*)?[万亿]?(?:公顷|平方公里|亩|个以上|个|条|种|项|年|%|(?:\s|\u00a0)(?:mu|ha|hectares|km²?)\b)/gu;

/**
 * Text cut into runs, `keep` on each number-and-unit run, which a line must not split (13万 / 亩, 130,000 / mu);
 * joined they give the text back. components/text/Amounts.tsx sets the kept runs in `white-space: nowrap`.
 */
export function amountRuns(text: string): { text: string; keep: boolean }[] {
  const out: { text: string; keep: boolean }[] = [];
  let from = 0;
  for (const m of text.matchAll(amount)) {
    if (m.index > from) out.push({ text: text.slice(from, m.index), keep: false });
    out.push({ text: m[0], keep: true });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ text: text.slice(from), keep: false });
  return out;
}
