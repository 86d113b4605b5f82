/**
 * Gate: the JSON-LD on every page is valid JSON and carries, for each schema.org type we use, the properties
 * Google's structured-data rules require or recommend (Article: headline, image, dates, author, publisher with a
 * logo; Breadcrumb: positioned items with names and URLs; ImageObject: contentUrl and a credit or licence;
 * DefinedTerm/DefinedTermSet: names and terms). `expect` names the types a page must carry (articles a
 * NewsArticle, the glossary orders a DefinedTermSet), so a block that disappears is reported too.
 */
import { jsonLdBlocks, parse } from './parse';
import type { Problem } from './types';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v: unknown) => (typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null);
const absolute = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^/]/.test(v);
const urlOf = (v: unknown): unknown => (isNode(v) ? (v.url ?? v.contentUrl) : v);

/** For each type, the checks of one node of that type; each returns a message when it fails. */
const rules: Record<string, ((n: Node) => string | undefined)[]> = {
  NewsArticle: [
    (n) => (filled(n.headline) ? undefined : 'NewsArticle without headline'),
    (n) =>
      typeof n.datePublished === 'string' && /^\d{4}-\d{2}-\d{2}/.test(n.datePublished)
        ? undefined
        : 'NewsArticle without an ISO datePublished',
    (n) =>
      (Array.isArray(n.image) ? n.image.every((i) => absolute(urlOf(i))) && n.image.length > 0 : absolute(urlOf(n.image)))
        ? undefined
        : 'NewsArticle without an absolute image URL',
    (n) => (isNode(n.author) && filled(n.author.name) ? undefined : 'NewsArticle without author.name'),
    (n) => (isNode(n.publisher) && filled(n.publisher.name) ? undefined : 'NewsArticle without publisher.name'),
    (n) => (isNode(n.publisher) && absolute(urlOf(n.publisher.logo)) ? undefined : 'NewsArticle without publisher.logo (an absolute URL)'),
  ],
  BreadcrumbList: [
    (n) =>
      Array.isArray(n.itemListElement) &&
      n.itemListElement.length > 0 &&
      n.itemListElement.every((item, i) => isNode(item) && item.position === i + 1 && filled(item.name) && absolute(urlOf(item.item)))
        ? undefined
        : 'BreadcrumbList items need position 1…n, a name and an absolute item URL',
  ],
  ImageObject: [
    (n) => (absolute(n.contentUrl) || absolute(n.url) ? undefined : 'ImageObject without an absolute contentUrl or url'),
    // A published image file (contentUrl) carries the licence metadata Google's image rules read; a logo need not.
    (n) =>
      !n.contentUrl || filled(n.creator) || filled(n.creditText) || filled(n.copyrightNotice) || filled(n.license)
        ? undefined
        : 'ImageObject without creator, creditText, copyrightNotice or license',
  ],
  DefinedTerm: [(n) => (filled(n.name) ? undefined : 'DefinedTerm without name')],
  DefinedTermSet: [
    (n) => (filled(n.name) ? undefined : 'DefinedTermSet without name'),
    (n) => (Array.isArray(n.hasDefinedTerm) ? (n.hasDefinedTerm.length > 0 ? undefined : 'DefinedTermSet with no terms') : undefined),
  ],
  WebSite: [(n) => (filled(n.name) && absolute(n.url) ? undefined : 'WebSite without name and absolute url')],
};

/** Every node in a block (the top level and nested objects), so an embedded ImageObject is checked too. */
function* nodes(v: unknown): Generator<Node> {
  if (Array.isArray(v)) for (const x of v) yield* nodes(x);
  else if (isNode(v)) {
    yield v;
    for (const x of Object.values(v)) yield* nodes(x);
  }
}

export function structuredDataGate(
  pages: readonly { path: string; html: string }[],
  { expect = [] }: { expect?: { pattern: RegExp; type: string }[] } = {},
): Problem[] {
  const problems: Problem[] = [];
  if (pages.length === 0) problems.push({ page: '(none)', message: 'no pages to check' });
  for (const page of pages) {
    const found = new Set<string>();
    for (const block of jsonLdBlocks(parse(page.html))) {
      if (block instanceof Error) {
        problems.push({ page: page.path, message: block.message });
        continue;
      }
      if (block['@context'] !== 'https://schema.org')
        problems.push({ page: page.path, message: `JSON-LD without @context https://schema.org` });
      for (const node of nodes(block)) {
        const type = node['@type'];
        if (typeof type !== 'string') continue;
        // A reference to a node described elsewhere (only @type, @id, name, url) is not checked as a full node.
        const reference = Object.keys(node).every((k) => ['@type', '@id', 'name', 'url', 'inLanguage'].includes(k)) && node !== block;
        if (node === block || !reference) found.add(type);
        if (reference) continue;
        for (const rule of rules[type] ?? []) {
          const message = rule(node);
          if (message) problems.push({ page: page.path, message });
        }
      }
    }
    for (const { pattern, type } of expect)
      if (pattern.test(page.path) && !found.has(type)) problems.push({ page: page.path, message: `no ${type} JSON-LD` });
  }
  return problems;
}
