/**
 * Where a Chinese title may break: between phrases, never inside a word or a place name (准格 / 尔旗 reads as
 * nonsense). Used on the server and at build time only (headings in the MDX pipeline, titles and cards through
 * components/article/Phrases.tsx, the link-preview cards through lib/og); the page gets the phrases joined by
 * `<wbr>` inside `word-break: keep-all` (globals.css), so the browser breaks only there.
 *
 * A break is allowed where all of these agree:
 * - BudouX, Google's phrase segmenter for Chinese and Japanese headlines, puts a phrase boundary there, or a
 *   kept name (below) starts or ends there: a place name is a phrase of its own;
 * - the ICU word segmenter (Intl.Segmenter, the one browsers use) puts a word boundary there, which takes out
 *   BudouX's occasional cut inside a word (时间 / 表, 下一 / 程);
 * - it is not inside a kept name (the glossary's place names, the site's 绿色矿山), not between a number and
 *   what it counts (13万 / 亩), not after an opening bracket or quote and not before a closing one or a
 *   punctuation mark (a line never ends with “ or starts with ”, as Chinese typesetting requires).
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import glossary from '../../content/glossary.json';
import { hasHan } from './han';

type Entry = { zh: string; category: string; aliases?: { zh?: string[] } };

/** The glossary's place names (Chinese forms and aliases of two or more characters), longest first. */
export const placeNames: readonly string[] = [
  ...new Set(
    (glossary.terms as Entry[])
      .filter((t) => t.category === 'place')
      .flatMap((t) => [t.zh, ...(t.aliases?.zh ?? [])])
      .filter((name) => [...name].length >= 2),
  ),
].sort((a, b) => b.length - a.length);

/** Everything never split: the place names and the site's own name phrase (绿色矿 / 山 reads as badly). */
export const keptNames: readonly string[] = [...new Set([...placeNames, '绿色矿山'])].sort((a, b) => b.length - a.length);

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

/** The text cut into phrases; joined they give the text back. Text without Han characters is one phrase. */
export function phrases(text: string): string[] {
  if (!hasHan(text)) return [text];
  const icu = starts([...words.segment(text)].map((s) => s.segment));
  const candidates = starts(parser.parse(text));
  const inside = new Set<number>();
  for (const name of keptNames)
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
