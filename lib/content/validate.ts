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
 * its parent (an array entry is found by its `"id"`; an object's span ends at its closing brace).
 */
export function locate(text: string, path: PropertyKey[], data: unknown): number | undefined {
  if (!text) return undefined;
  let from = 0;
  let to = text.length;
  let found: number | undefined;
  let node: unknown = data;
  for (const key of path) {
    let at: number;
    if (typeof key === 'number') {
      const entry = Array.isArray(node) ? (node[key] as { id?: unknown } | undefined) : undefined;
      if (!entry || typeof entry.id !== 'string') return found;
      const match = new RegExp(`"id"\\s*:\\s*"${escapeRe(entry.id)}"`).exec(text.slice(from, to));
      if (!match) return found;
      at = from + match.index;
      // The entry's object starts at the last `{` before its id.
      const open = text.lastIndexOf('{', at);
      to = open >= from ? closing(text, open, to) : to;
    } else {
      const match = new RegExp(`(^|[{,\\n])[ \\t]*"?${escapeRe(String(key))}"?[ \\t]*:`, 'm').exec(text.slice(from, to));
      if (!match) return found;
      at = from + match.index + match[1]!.length;
      const value = /:\s*([[{])/y;
      value.lastIndex = text.indexOf(':', at);
      const v = value.exec(text);
      if (v) to = closing(text, value.lastIndex - 1, to);
    }
    from = at;
    found = text.slice(0, at).split('\n').length;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return found;
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
