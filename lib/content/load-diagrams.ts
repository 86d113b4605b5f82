import { diagramSteps, drawnDiagrams } from '../diagrams';
import { ContentError } from './errors';
import { readJson } from './read';
import { diagramsFile } from './schema';
import type { Site } from './site-types';
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
