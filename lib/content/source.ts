/**
 * Where a field sits in a content file, answered by the real parsers: `jsonc-parser`'s syntax tree for the JSON
 * files and `yaml`'s document (node ranges and a LineCounter) for MDX frontmatter. Content errors use it to name the
 * line to fix.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

export type FieldPath = readonly PropertyKey[];

/** The source of one parsed file, able to say on which line (1-based) a field path sits. */
export interface Source {
  /**
   * The line of the deepest field of `path` the file has: the field's own line (its key), or for a missing field
   * the line of the object that should hold it. An array entry with an `id` is named by the line of that id.
   * Undefined when not even the first step of the path is in the file.
   */
  lineOf(path: FieldPath): number | undefined;
}

/** One step down the tree: where the step's key (or entry) starts, and the value found there. */
type Step<N> = (node: N, key: PropertyKey) => { at: number; node: N } | undefined;

function lineOfPath<N>(root: N | undefined, path: FieldPath, step: Step<N>, lineAt: (offset: number) => number): number | undefined {
  let node = root;
  let line: number | undefined;
  for (const key of path) {
    const next = node === undefined ? undefined : step(node, key);
    if (!next) break;
    line = lineAt(next.at);
    node = next.node;
  }
  return line;
}

/** 1-based line of each offset of `text`. */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const jsonStep: Step<JsonNode> = (node, key) => {
  if (typeof key === 'number') {
    const entry = node.type === 'array' ? node.children?.[key] : undefined;
    if (!entry) return undefined;
    const id = entry.type === 'object' ? entry.children?.find((p) => p.children?.[0]?.value === 'id') : undefined;
    return { at: id?.children?.[1]?.type === 'string' ? id.offset : entry.offset, node: entry };
  }
  const property = node.type === 'object' ? node.children?.find((p) => p.children?.[0]?.value === key) : undefined;
  const value = property?.children?.[1];
  return property && value ? { at: property.offset, node: value } : undefined;
};

/**
 * Parses a JSON file strictly (`JSON.parse` decides what is valid) and keeps its syntax tree for locating fields.
 * On invalid JSON, `error` holds the parser's message and the line where it went wrong.
 */
export function parseJson(text: string): { data: unknown; source: Source } | { error: string; line: number | undefined } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const lineAt = lineCounter(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: (error as Error).message, line: errors[0] ? lineAt(errors[0].offset) : undefined };
  }
  return { data, source: { lineOf: (path) => lineOfPath(tree, path, jsonStep, lineAt) } };
}

type YamlNode = unknown;
const yamlStep: Step<YamlNode> = (node, key) => {
  if (typeof key === 'number') {
    const entry = isSeq(node) ? node.items[key] : undefined;
    if (!entry || !(isMap(entry) || isSeq(entry) || isScalar(entry)) || !entry.range) return undefined;
    const id = isMap(entry) ? entry.items.find((p) => isScalar(p.key) && p.key.value === 'id') : undefined;
    const idAt = id && isScalar(id.key) && isScalar(id.value) && typeof id.value.value === 'string' ? id.key.range?.[0] : undefined;
    return { at: idAt ?? entry.range[0], node: entry };
  }
  const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  const at = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  return pair && at !== undefined ? { at, node: pair.value } : undefined;
};

/**
 * Parses the YAML frontmatter of an MDX file. `text` is the frontmatter block as it stands at the top of the file,
 * `---` lines included, so lines are file lines. Bare dates are read as dates, as YAML 1.1 and js-yaml do
 * (`lib/content/schema.ts` turns them back into `YYYY-MM-DD`).
 *
 * On invalid YAML, `line` is the line to fix: for a quote or bracket left open, `yaml` notices only at the end of
 * what it swallowed, so the error is placed on the field whose value runs up to that point.
 */
export function parseFrontmatter(text: string): { data: Record<string, unknown>; source: Source } | { error: string; line: number } {
  // The opening and closing `---` lines become blank lines: one YAML document whose line numbers are the file's.
  const yamlText = text.replace(/^---(?=\r?\n)/, '').replace(/(\r?\n)---\r?\n?$/, '$1');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, customTags: ['timestamp'] });
  const lineAt = (offset: number) => counter.linePos(offset).line;
  const first = doc.errors[0];
  if (first) return { error: first.message, line: lineAt(errorStart(doc, first.pos[0])) };
  const data: unknown = doc.toJS();
  return {
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    source: { lineOf: (path) => lineOfPath<YamlNode>(doc.contents, path, yamlStep, lineAt) },
  };
}

/** Offset of the key whose value swallowed the error at `offset` (an open quote or bracket), else `offset`. */
function errorStart(doc: Document, offset: number): number {
  let start = offset;
  visit(doc, {
    Pair(_, pair) {
      const range = (pair.value as { range?: [number, number, number] } | null)?.range;
      const keyAt = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (range && keyAt !== undefined && range[0] < offset && offset <= range[1]) start = keyAt;
    },
  });
  return start;
}
