/**
 * Chinese place names are never split across lines in headings and cards (准格 / 尔旗 reads as nonsense). The
 * names are the glossary's place category, Chinese forms and aliases of two or more characters; where they occur
 * they are wrapped in `<span class="keep-together">` (white-space: nowrap, globals.css). The MDX pipeline applies
 * it to every article heading (remarkKeepNames, hooked up in mdx.ts); titles and cards outside MDX use
 * splitNames through components/article/KeepNames.tsx.
 */
import type { Heading, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import glossary from '../../content/glossary.json';

type Entry = { zh: string; category: string; aliases?: { zh?: string[] } };

/** Longest first, so 鄂尔多斯市 wins over 鄂尔多斯. */
export const placeNames: readonly string[] = [
  ...new Set(
    (glossary.terms as Entry[])
      .filter((t) => t.category === 'place')
      .flatMap((t) => [t.zh, ...(t.aliases?.zh ?? [])])
      .filter((name) => [...name].length >= 2),
  ),
].sort((a, b) => b.length - a.length);

/** The site's own name after the place (准格尔旗 · 绿色矿山): split as 绿色矿 / 山 it reads as badly as a place name. */
const siteNamePhrases = ['绿色矿山'];

/** Everything kept on one line: the place names and the site's name phrase, longest first. */
export const keptNames: readonly string[] = [...new Set([...placeNames, ...siteNamePhrases])].sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = new RegExp(`(${keptNames.map(escape).join('|')})`, 'g');

/** The text cut into parts, each kept name its own part with `keep: true`. */
export function splitNames(text: string): { text: string; keep: boolean }[] {
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, keep: keptNames.includes(part) }));
}

/** Remark plugin: place names inside headings become keep-together spans. */
export function remarkKeepNames() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      visit(heading, 'text', (node: Text, index, parent) => {
        if (!parent || index === undefined) return;
        const parts = splitNames(node.value);
        if (!parts.some((p) => p.keep)) return;
        const replacement = parts.map((p): Text | MdxJsxTextElement =>
          p.keep
            ? {
                type: 'mdxJsxTextElement',
                name: 'span',
                attributes: [{ type: 'mdxJsxAttribute', name: 'className', value: 'keep-together' }],
                children: [{ type: 'text', value: p.text }],
              }
            : { type: 'text', value: p.text },
        );
        parent.children.splice(index, 1, ...(replacement as typeof parent.children));
        return [SKIP, index + replacement.length];
      });
    });
  };
}
