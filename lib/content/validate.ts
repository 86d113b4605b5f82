import type { z } from 'zod';
import { ContentError } from './errors';
import type { Source } from './source';

/**
 * Checks parsed data against a schema. On failure, names the field as a readable path
 * (`photos[3] "shigetu-herbs" › alt › en`) and the line of that field in the file: the field's own line, or for
 * a missing field the line of the object that should hold it.
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, source?: Source): z.output<S> {
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
  throw new ContentError(file, parts.join(' › ') || '(file)', problem, source?.lineOf(path));
}
