import { z } from 'zod';
import data from '../../content/diagrams.json';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export const diagramsSchema = z.object({
  note: z.string(),
  diagrams: z.record(
    z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    z.object({ medium: bilingual, title: bilingual, description: bilingual, labels: z.record(z.string(), bilingual) }),
  ),
});
export type DiagramText = z.infer<typeof diagramsSchema>['diagrams'][string];

/** content/diagrams.json, checked once (a bad entry fails the build, naming the file and field). */
let parsed: z.infer<typeof diagramsSchema> | undefined;
export function diagrams() {
  if (!parsed) {
    const result = diagramsSchema.safeParse(data);
    if (!result.success) throw new Error(`content/diagrams.json: ${z.prettifyError(result.error)}`);
    parsed = result.data;
  }
  return parsed.diagrams;
}

/** The ids an article may name in <Diagram id="…" /> (lib/content/mdx.ts refuses any other). */
export const diagramIds: ReadonlySet<string> = new Set(Object.keys(data.diagrams));
