import { ContentError } from './errors';
import { readJson, unique } from './read';
import { correctionsFile, type CorrectionEntry } from './schema';
import type { Site } from './site-types';
import type { Source } from './source';
import { validate } from './validate';

/**
 * content/corrections.json: every entry must name a passage that exists in its section, and an article may not
 * claim an `updated` date earlier than its newest entry (dateModified, feeds and the dateline read `updated`).
 */
export function loadCorrections(root: string, articles: Site['articles'], frontmatterOf: ReadonlyMap<string, Source>): CorrectionEntry[] {
  const json = readJson(root, 'corrections.json', false);
  if (!json) return [];
  const entries = validate(correctionsFile, json.data, json.file, json.source).corrections;
  unique(entries, json.file, 'correction', json.source, 'corrections');
  for (const [i, c] of entries.entries()) {
    // A per-language nature must say what the change was in exactly the languages it changed.
    if (typeof c.nature === 'object') {
      const given = Object.keys(c.nature).sort().join(', ');
      const wanted = [...c.languages].sort().join(', ');
      if (given !== wanted)
        throw new ContentError(
          json.file,
          `corrections[${i}] "${c.id}" › nature`,
          `gives a nature for ${given || 'no language'}, but the entry changed ${wanted}: give one for each language in "languages" and no other`,
          json.source.lineOf(['corrections', i, 'nature']),
        );
    }
    if (!articles[c.section].zh.passages.some((p) => p.id === c.passage))
      throw new ContentError(
        json.file,
        `corrections[${i}] "${c.id}" › passage`,
        `${c.section}#${c.passage} is not a passage (passage ids are written in content/articles/${c.section}/*.mdx)`,
        json.source.lineOf(['corrections', i, 'passage']),
      );
    for (const article of Object.values(articles[c.section]))
      if (article.updated < c.date)
        throw new ContentError(
          article.file,
          'updated',
          `is ${article.updated}, but content/corrections.json has an entry for this article dated ${c.date} ("${c.id}"): set updated to ${c.date} or later`,
          frontmatterOf.get(article.file)?.lineOf(['updated']),
        );
  }
  return entries
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.date === b.c.date ? a.i - b.i : a.c.date < b.c.date ? 1 : -1))
    .map(({ c }) => c);
}
