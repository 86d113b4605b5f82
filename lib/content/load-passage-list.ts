import type { z } from 'zod';
import { ContentError } from './errors';
import { readJson, unique } from './read';
import type { SectionId } from './sections';
import type { Site } from './site-types';
import { validate } from './validate';

/**
 * A JSON list whose entries each name the passage that states them (figures.json, timeline.json): checked against
 * its schema, ids unique, and every passage one of its article's.
 */
export function loadPassageList<
  K extends string,
  S extends z.ZodType<Record<K, { id: string; passage: { section: SectionId; id: string } }[]>>,
>(root: string, name: string, schema: S, key: K, what: string, articles: Site['articles']): z.output<S> {
  const json = readJson(root, name);
  const data = validate(schema, json.data, json.file, json.source);
  const entries = data[key];
  unique(entries, json.file, what, json.source, key);
  for (const [i, e] of entries.entries())
    if (!articles[e.passage.section].zh.passages.some((p) => p.id === e.passage.id))
      throw new ContentError(
        json.file,
        `${key}[${i}] "${e.id}" › passage`,
        `${e.passage.section}#${e.passage.id} is not a passage`,
        json.source.lineOf([key, i, 'passage']),
      );
  return data;
}
