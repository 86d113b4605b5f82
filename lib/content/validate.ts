import type { z } from 'zod';
import { ContentError, lineOf } from './errors';

/**
 * Checks parsed data against a schema. On failure, names the field as a readable path
 * (`photos[3] "shigetu-herbs" › alt › en`) and the line of that entry's key in the file.
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, text = ''): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const parts: string[] = [];
  let node: unknown = data;
  let entryLine = 0;
  for (const key of issue.path) {
    if (typeof key === 'number' && node && typeof node === 'object') {
      const entry = (node as unknown[])[key] as { id?: unknown } | undefined;
      const id = entry && typeof entry.id === 'string' ? ` "${entry.id}"` : '';
      parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}[${key}]${id}`;
      if (id && text) entryLine = findLine(text, new RegExp(`"id"\\s*:\\s*"${entry!.id}"`)) || entryLine;
    } else {
      parts.push(String(key));
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
  }
  const last = issue.path.at(-1);
  const line =
    typeof last === 'string' && text ? (lineOf(text, last, Math.max(0, entryLine - 1)) ?? (entryLine || undefined)) : entryLine || undefined;
  const field = parts.join(' › ') || '(file)';
  const problem = issue.code === 'invalid_type' && node === undefined ? 'is missing' : issue.message;
  throw new ContentError(file, field, problem, line);
}

function findLine(text: string, needle: RegExp): number {
  const match = needle.exec(text);
  return match ? text.slice(0, match.index).split('\n').length : 0;
}
