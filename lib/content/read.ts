import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors';
import { parseJson, type Source } from './source';

interface JsonFile {
  data: unknown;
  source: Source;
  file: string;
}

export function readJson(root: string, name: string, required: false): JsonFile | undefined;
export function readJson(root: string, name: string): JsonFile;
export function readJson(root: string, name: string, required = true): JsonFile | undefined {
  const file = path.join('content', name);
  const full = path.join(root, name);
  if (!existsSync(full)) {
    if (!required) return undefined;
    throw new ContentError(file, '(file)', 'is missing');
  }
  const parsed = parseJson(readFileSync(full, 'utf8'));
  if ('error' in parsed) throw new ContentError(file, '(file)', `is not valid JSON (${parsed.error})`, parsed.line);
  return { ...parsed, file };
}

/** Throws on the second use of an id, on the line of that second entry (`key` is the array's key in the file). */
export function unique<T extends { id: string }>(items: T[], file: string, what: string, source: Source, key: string): void {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item.id)) throw new ContentError(file, `${what} id`, `"${item.id}" is used twice`, source.lineOf([key, i]));
    seen.add(item.id);
  }
}
