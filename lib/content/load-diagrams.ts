import { diagramSteps, drawnDiagrams } from '../diagrams';
import { ContentError } from './errors';
import { readJson } from './read';
import { diagramsFile } from './schema';
import { sectionIds } from './sections';
import type { Site, Term } from './site-types';
import { validate } from './validate';

/** content/diagrams.json: every entry has a drawing (lib/diagrams) and every drawing an entry. */
export function loadDiagrams(root: string): Site['diagrams'] {
  const { data, source, file } = readJson(root, 'diagrams.json');
  const { diagrams } = validate(diagramsFile, data, file, source);
  for (const id of Object.keys(diagrams))
    if (!drawnDiagrams.includes(id))
      throw new ContentError(
        file,
        `diagrams › ${id}`,
        `has no drawing (the drawn diagrams are ${drawnDiagrams.join(', ')}; a new one needs its drawing in components/diagrams and its id in lib/diagrams)`,
        source.lineOf(['diagrams', id]),
      );
  for (const [id, text] of Object.entries(diagrams)) {
    const drawn = (diagramSteps as Record<string, number | undefined>)[id];
    if ((text.steps?.length ?? 0) !== (drawn ?? 0))
      throw new ContentError(
        file,
        `diagrams › ${id} › steps`,
        drawn
          ? `needs ${drawn} steps, one per state of its drawing (lib/diagrams diagramSteps), not ${text.steps?.length ?? 0}`
          : `the drawing has no steps (lib/diagrams diagramSteps); remove "steps" or draw them`,
        source.lineOf(['diagrams', id]),
      );
  }
  for (const id of drawnDiagrams)
    if (!diagrams[id])
      throw new ContentError(file, 'diagrams', `has no entry "${id}" (components/diagrams draws it; give it its words here)`);
  return diagrams;
}

/**
 * Each diagram's `term` (content/diagrams.json) to that term's page: the diagram must name a glossary term and be
 * placed (`<Diagram id="…" />`) right after a passage that links the term, in each article that places it; the
 * term then lists the diagram with that passage, which its page links to. Reads only data, so the term pages
 * follow the articles and diagrams.json, never a list kept in a component.
 */
export function linkDiagramsToTerms(
  root: string,
  diagrams: Site['diagrams'],
  articles: Site['articles'],
  termById: ReadonlyMap<string, Term>,
): void {
  const { source, file } = readJson(root, 'diagrams.json');
  for (const [id, text] of Object.entries(diagrams)) {
    if (!text.term) continue;
    const term = termById.get(text.term);
    const field = `diagrams › ${id} › term`;
    const line = source.lineOf(['diagrams', id, 'term']);
    if (!term) throw new ContentError(file, field, `names unknown term "${text.term}" (content/glossary.json has no such id)`, line);
    let placed = 0;
    for (const section of sectionIds) {
      const article = articles[section].zh;
      for (const use of article.diagrams.filter((d) => d.diagram === id)) {
        placed++;
        const linked = !!use.after && article.terms.some((t) => t.term === term.id && t.passage === use.after);
        if (!linked)
          throw new ContentError(
            file,
            field,
            `"${term.id}": ${article.file} places the diagram after ${use.after ? `#${use.after}` : 'no passage'}, which does not link the term`,
            line,
          );
        term.diagrams.push({ diagram: id, section, passage: use.after! });
      }
    }
    if (!placed)
      throw new ContentError(file, field, `"${term.id}": no article places this diagram, so there is no passage to link to`, line);
  }
}
