import type { z } from 'zod';
import { ContentError } from './errors';

/**
 * Checks parsed data against a schema. On failure, names the field as a readable path
 * (`photos[3] "shigetu-herbs" › alt › en`) and the line of that field in the file: the field's own line, or for
 * a missing field the line of the object that should hold it.
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, text = ''): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path: PropertyKey[] = [...issue.path];
  let problem = issue.message;
  if (issue.code === 'unrecognized_keys') {
    path.push(issue.keys[0]!);
    problem = `is not a known field (known fields are listed in lib/content/schema.ts)`;
  }
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      const entry = (Array.isArray(node) ? node[key] : undefined) as { id?: unknown } | undefined;
      const id = entry && typeof entry.id === 'string' ? ` "${entry.id}"` : '';
      parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}[${key}]${id}`;
    } else {
      parts.push(String(key));
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  if (issue.code === 'invalid_type' && node === undefined) problem = 'is missing';
  throw new ContentError(file, parts.join(' › ') || '(file)', problem, locate(text, path, data));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds the line of a path in JSON or flat YAML text by walking it: each key is searched only inside the span of
 * its parent (an object's span ends at its closing brace). Array entries are counted element by element, so an
 * entry without an id, or the second of two entries sharing one, is found too; an entry with an id is reported on
 * the line of its `"id"`.
 */
export function locate(text: string, path: PropertyKey[], data: unknown): number | undefined {
  if (!text) return undefined;
  let from = 0;
  let to = text.length;
  let value = /\S/.exec(text)?.index ?? -1; // where the current node's value starts
  let found: number | undefined;
  let node: unknown = data;
  for (const key of path) {
    let at: number;
    if (typeof key === 'number') {
      if (text[value] !== '[') return found;
      let start = value + 1;
      for (let n = 0; ; n++) {
        while (start < to && /[\s,]/.test(text[start]!)) start++;
        if (start >= to || text[start] === ']') return found;
        if (n === key) break;
        start = skipValue(text, start, to);
      }
      to = skipValue(text, start, to);
      value = start;
      at = start;
      const entry = Array.isArray(node) ? (node[key] as { id?: unknown } | undefined) : undefined;
      if (entry && typeof entry.id === 'string') {
        const id = new RegExp(`"id"\\s*:\\s*"${escapeRe(entry.id)}"`).exec(text.slice(start, to));
        if (id) at = start + id.index;
      }
    } else {
      const match = new RegExp(`(^|[{,\\n])[ \\t]*"?${escapeRe(String(key))}"?[ \\t]*:`, 'm').exec(text.slice(from, to));
      if (!match) return found;
      at = from + match.index + match[1]!.length;
      const v = /:\s*/y;
      v.lastIndex = text.indexOf(':', at);
      v.exec(text);
      value = v.lastIndex;
      if (text[value] === '[' || text[value] === '{') to = closing(text, value, to);
    }
    from = typeof key === 'number' ? value : at;
    found = text.slice(0, at).split('\n').length;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return found;
}

/** Index just past the JSON value that starts at `start` (an object, array, string or bare scalar). */
function skipValue(text: string, start: number, limit: number): number {
  const c = text[start];
  if (c === '{' || c === '[') return closing(text, start, limit);
  let i = start + 1;
  if (c === '"') {
    for (; i < limit && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    return i + 1;
  }
  while (i < limit && !/[\s,\]}]/.test(text[i]!)) i++;
  return i;
}

/** Index just past the bracket that closes the one at `open`, skipping strings. */
function closing(text: string, open: number, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return limit;
}
