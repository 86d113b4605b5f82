import { ContentError } from './errors';
import { readJson, unique } from './read';
import { glossaryFile } from './schema';
import type { Term } from './site-types';
import { validate } from './validate';

/** content/glossary.json: ids unique, every related id a term; uses are filled in as the articles load. */
export function loadTerms(root: string): Term[] {
  const { data, source, file } = readJson(root, 'glossary.json');
  const entries = validate(glossaryFile, data, file, source).terms;
  unique(entries, file, 'term', source, 'terms');
  const ids = new Set(entries.map((t) => t.id));
  for (const [i, t] of entries.entries())
    for (const r of t.related)
      if (!ids.has(r))
        throw new ContentError(
          file,
          `terms[${i}] "${t.id}" › related`,
          `names unknown term "${r}"`,
          source.lineOf(['terms', i, 'related']),
        );
  return entries.map((t) => ({ ...t, uses: { zh: [], en: [] }, diagrams: [] }));
}
