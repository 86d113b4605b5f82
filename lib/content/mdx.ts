import { compile, run } from '@mdx-js/mdx';
import type { Root, RootContent, PhrasingContent, Heading, Paragraph } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import { visit, SKIP } from 'unist-util-visit';
import { ContentError } from './errors';
import { remarkHeadingPhrases } from './heading-phrases';
import { termLinkTooLong } from './mdx-terms';
import { parseFrontmatter, type Source } from './source';

export interface Passage {
  id: string;
  kind: 'heading' | 'paragraph';
  /** 2 or 3 for headings. */
  depth?: number;
  text: string;
  line: number;
  /** Id of the heading the passage stands under (headings name themselves). */
  heading?: string;
  /** Set on a paragraph inside a section's `<SourceGaps>` box (what the feature does not say). */
  box?: 'source-gaps';
}
export interface TermUse {
  term: string;
  passage: string;
}
export interface PhotoUse {
  photo: string;
  /** The passage the photo follows in the text, if any. */
  after?: string;
}
/** A graphic an article shows at most once, placed in the MDX like a diagram (`<Locator />`, `<Scale />`). */
export const onceGraphics = ['Locator', 'Scale'] as const;
export type OnceGraphic = (typeof onceGraphics)[number];
export interface GraphicUse {
  name: OnceGraphic;
  /** The passage the graphic follows in the text, if any. */
  after?: string;
  line: number;
}
/** Where an article places an explanatory diagram (`<Diagram id="…" />`). */
export interface DiagramUse {
  diagram: string;
  /** The passage the diagram follows in the text, if any. */
  after?: string;
}
export interface CompiledMdx {
  data: Record<string, unknown>;
  /** Where each frontmatter field is written, for errors that name its line. */
  frontmatter: Source;
  passages: Passage[];
  terms: TermUse[];
  photos: PhotoUse[];
  graphics: GraphicUse[];
  diagrams: DiagramUse[];
  Content: MDXContent;
}
export interface KnownIds {
  terms: ReadonlySet<string>;
  photos: ReadonlySet<string>;
  /** The ids of content/diagrams.json, for <Diagram id="…" />. */
  diagrams: ReadonlySet<string>;
  /** The glossary's name of each term in each language: the cap for a long official term's link text. */
  termNames?: ReadonlyMap<string, { zh: string; en: string }>;
}

/** Components an MDX file may use; anything else is a typo the build should name. */
const allowedJsx = new Set<string>(['Figure', 'Gallery', 'Timeline', 'Diagram', 'SourceGaps', ...onceGraphics, 'span']);
const isOnceGraphic = (name: string): name is OnceGraphic => (onceGraphics as readonly string[]).includes(name);
const idMarker = /^\/\*#([a-z0-9]+(?:-[a-z0-9]+)*)\*\/$/;

/**
 * Writers end every heading and paragraph with ` {#id}`. MDX would read `{#id}` as a JavaScript expression, so
 * before parsing it becomes the comment expression `{/*#id*\/}` on the same line (line numbers stay true), and
 * the remark plugin below lifts it into the element's `id`.
 */
function prepare(source: string): { body: string; frontmatterText: string } {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  const frontmatterText = fm ? fm[0] : '';
  const blanked = frontmatterText.replace(/[^\n]/g, '');
  const body = (blanked + source.slice(frontmatterText.length)).replace(/[ \t]+\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}[ \t]*$/gm, ' {/*#$1*/}');
  return { body, frontmatterText };
}

function takeId(node: Heading | Paragraph): string | undefined {
  const last = node.children.at(-1);
  if (!last || last.type !== 'mdxTextExpression') return undefined;
  const match = idMarker.exec(last.value.trim());
  if (!match) return undefined;
  node.children.pop();
  const before = node.children.at(-1);
  if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
  return match[1];
}

function attr(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): unknown {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a || a.type !== 'mdxJsxAttribute') return undefined;
  if (typeof a.value === 'string' || a.value == null) return a.value;
  try {
    // Accept single quotes too: formatters rewrite ["a"] as ['a'].
    return JSON.parse(a.value.value.replace(/'([^'"\\]*)'/g, '"$1"'));
  } catch {
    return Symbol.for('unparseable');
  }
}

function remarkPassages(file: string, known: KnownIds, out: Omit<CompiledMdx, 'Content' | 'data' | 'frontmatter'>) {
  return () => (tree: Root) => {
    const fail = (node: { position?: { start: { line: number } } }, field: string, problem: string): never => {
      throw new ContentError(file, field, problem, node.position?.start.line);
    };
    const seen = new Map<string, number>();
    let heading: string | undefined;
    let lastPassage: string | undefined;
    // Terms: a term is linked only at its first use in each section (an h2 and what follows it; the lead before
    // the first h2 is one too), and the link covers the term itself, not a clause (see termLinkTooLong); later uses
    // are plain text in the source. `use` numbers an article's links to one term, so each link's card gets its own
    // id when a term is linked in several sections. The line of each section's links names the first in errors.
    const locale = /(?:^|\/)(zh|en)\.mdx$/.exec(file)?.[1] as 'zh' | 'en' | undefined;
    let linkedInSection = new Map<string, number>();
    const linksInArticle = new Map<string, number>();

    let gapsInSection: number | undefined;
    let sectionTitle: string | undefined;
    const passage = (node: Heading | Paragraph, box?: Passage['box']) => {
      const line = node.position?.start.line ?? 0;
      if (node.type === 'heading' && (node.depth < 2 || node.depth > 3))
        fail(node, 'heading', `use ## or ### (the article title is the only h1); found ${'#'.repeat(node.depth)}`);
      const id = takeId(node);
      if (!id) fail(node, 'passage id', `missing: end the ${node.type} with " {#some-id}"`);
      const again = seen.get(id!);
      if (again) fail(node, 'passage id', `"${id}" is used twice (first on line ${again})`);
      seen.set(id!, line);
      if (node.type === 'heading') heading = id;
      if (node.type === 'heading' && node.depth === 2) linkedInSection = new Map();
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: id! } };
      visit(node, 'link', (link, index, parent) => {
        if (!link.url.startsWith('term:') || !parent || index === undefined) return;
        const term = link.url.slice(5);
        if (!known.terms.has(term)) fail(link, 'term', `unknown glossary term "${term}" (content/glossary.json has no such id)`);
        const text = toString(link);
        const again = linkedInSection.get(term);
        if (again !== undefined)
          fail(
            link,
            'term',
            `[${text}](term:${term}) links "${term}" again in the same section (first linked on line ${again}): link a term only at its first use in each section`,
          );
        const tooLong = termLinkTooLong(locale, term, text, locale && known.termNames?.get(term)?.[locale]);
        if (tooLong) fail(link, 'term', `[${text}](term:${term}) ${tooLong}`);
        out.terms.push({ term, passage: id! });
        linkedInSection.set(term, link.position?.start.line ?? line);
        const use = (linksInArticle.get(term) ?? 0) + 1;
        linksInArticle.set(term, use);
        const element: MdxJsxTextElement = {
          type: 'mdxJsxTextElement',
          name: 'Term',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'id', value: term },
            ...(use > 1 ? [{ type: 'mdxJsxAttribute' as const, name: 'use', value: String(use) }] : []),
          ],
          children: link.children as PhrasingContent[],
        };
        parent.children[index] = element;
        return SKIP;
      });
      out.passages.push({
        id: id!,
        kind: node.type,
        depth: node.type === 'heading' ? node.depth : undefined,
        text: toString(node),
        line,
        heading,
        ...(box ? { box } : {}),
      });
      // A box's passages do not move the place of the photos and graphics that follow (they follow the text).
      if (!box) lastPassage = id;
    };

    for (const node of tree.children as RootContent[]) {
      const line = node.position?.start.line ?? 0;
      if (node.type === 'heading' || node.type === 'paragraph') {
        if (node.type === 'heading' && node.depth === 2) gapsInSection = undefined;
        passage(node);
        if (node.type === 'heading' && node.depth === 2) sectionTitle = toString(node);
      } else if (node.type === 'mdxJsxFlowElement' && node.name === 'SourceGaps') {
        // "What the feature does not say": one box per section, holding only paragraphs, each a passage with its
        // own id (cited, searched and paired like any other). The box is where the source's silences go, so the
        // running text is not interrupted by them.
        if (gapsInSection !== undefined) fail(node, 'SourceGaps', `one box per section (this section has one on line ${gapsInSection})`);
        gapsInSection = line;
        if (node.attributes.length > 0)
          fail(node, 'SourceGaps', 'takes no attributes: write the paragraphs, each with its {#id}, inside it');
        if (node.children.length === 0) fail(node, 'SourceGaps', 'is empty: write at least one paragraph with its {#id} inside it');
        for (const child of node.children) {
          if (child.type !== 'paragraph') fail(child, 'SourceGaps', `holds only paragraphs; found ${child.type}`);
          passage(child as Paragraph, 'source-gaps');
        }
        // The section's title completes the box's accessible name, so two boxes on a page are told apart.
        if (sectionTitle) node.attributes.push({ type: 'mdxJsxAttribute', name: 'section', value: sectionTitle });
      } else if (node.type === 'mdxJsxFlowElement') {
        if (!node.name || !allowedJsx.has(node.name))
          fail(node, 'component', `<${node.name ?? ''}> is not one of ${[...allowedJsx].join(', ')}`);
        if (node.name === 'Diagram') {
          const id = attr(node, 'id');
          if (typeof id !== 'string' || !known.diagrams.has(id))
            fail(node, 'Diagram id', `unknown diagram "${String(id)}" (content/diagrams.json has no such id)`);
          out.diagrams.push({ diagram: id as string, after: lastPassage });
          continue;
        }
        if (node.name && isOnceGraphic(node.name)) {
          const first = out.graphics.find((g) => g.name === node.name);
          if (first) fail(node, node.name, `<${node.name} /> may appear once per page (first on line ${first.line})`);
          out.graphics.push({ name: node.name, after: lastPassage, line });
          continue;
        }
        const ids = node.name === 'Figure' ? [attr(node, 'id')] : node.name === 'Gallery' ? attr(node, 'ids') : [];
        if (!Array.isArray(ids) || ids.some((x) => typeof x !== 'string'))
          fail(node, `${node.name} ids`, 'write <Figure id="photo-id" /> or <Gallery ids={["a", "b"]} />');
        for (const photo of ids as string[]) {
          if (!known.photos.has(photo)) fail(node, `${node.name} id`, `unknown photo "${photo}" (content/photos.json has no such id)`);
          out.photos.push({ photo, after: lastPassage });
        }
      } else if (node.type === 'mdxjsEsm') {
        fail(node, 'import/export', 'content files may not import or export code');
      } else if (node.type !== 'mdxFlowExpression') {
        fail(node, 'block', `only headings, paragraphs and the components ${[...allowedJsx].join(', ')} are allowed; found ${node.type}`);
      }
    }
    visit(tree, (node) => {
      if (
        (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
        node.name &&
        !allowedJsx.has(node.name) &&
        node.name !== 'Term'
      )
        fail(node, 'component', `<${node.name}> is not one of ${[...allowedJsx].join(', ')}`);
      if (node.type === 'link' && node.url.startsWith('term:'))
        fail(node, 'term', 'term links are only allowed in headings and paragraphs');
    });
  };
}

/** Parses, checks and compiles one MDX file. Runs at build time only: pages are statically generated. */
export async function compileMdx(file: string, source: string, known: KnownIds): Promise<CompiledMdx> {
  const { body, frontmatterText } = prepare(source);
  const parsed = parseFrontmatter(frontmatterText);
  if ('error' in parsed) throw new ContentError(file, 'frontmatter', `is not valid YAML (${parsed.error})`, parsed.line);
  const out = {
    passages: [] as Passage[],
    terms: [] as TermUse[],
    photos: [] as PhotoUse[],
    graphics: [] as GraphicUse[],
    diagrams: [] as DiagramUse[],
  };
  let code: string;
  try {
    code = String(
      await compile(
        { path: file, value: body },
        { outputFormat: 'function-body', development: false, remarkPlugins: [remarkPassages(file, known, out), remarkHeadingPhrases] },
      ),
    );
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.start?.line ?? e.place?.line;
    throw new ContentError(file, 'MDX', e.reason ?? e.message, line ?? undefined);
  }
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return { data: parsed.data, frontmatter: parsed.source, ...out, Content };
}
