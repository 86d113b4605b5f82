/**
 * Remark plugin: the text of every article heading is cut into phrases (lib/text/phrases.ts) with `<wbr>`
 * between them; `word-break: keep-all` on Chinese headings (globals.css) leaves those as the only places a
 * heading breaks. Paragraphs are left alone: running Chinese text breaks anywhere, as it should.
 */
import type { Heading, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { titlePhrases } from './place-names';

export function remarkHeadingPhrases() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      visit(heading, 'text', (node: Text, index, parent) => {
        if (!parent || index === undefined) return;
        const parts = titlePhrases(node.value);
        if (parts.length < 2) return;
        const replacement = parts.flatMap((text, i): (Text | MdxJsxTextElement)[] => [
          ...(i > 0 ? [{ type: 'mdxJsxTextElement', name: 'wbr', attributes: [], children: [] } as MdxJsxTextElement] : []),
          { type: 'text', value: text },
        ]);
        parent.children.splice(index, 1, ...(replacement as typeof parent.children));
        return [SKIP, index + replacement.length];
      });
    });
  };
}
