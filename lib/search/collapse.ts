import type { DocKind } from './index';
import type { Segment } from './snippet';

/** What collapsing needs of a result: its kind, its section and its title (for a passage, the heading it sits under). */
export interface Collapsible {
  id: string;
  kind: DocKind;
  section?: string;
  titleSegments: Segment[];
}

export type WithMore<T> = T & { more?: T[] };

/**
 * Passages are titled by the heading they sit under, so a query that fits one section of an article finds several
 * paragraphs with the same title ("Under the panels" five times). One result per section heading: the first, which
 * the ranking put highest, and the others after it in `more`, in rank order. Terms and illustrations are never
 * folded. The order of the first appearances is kept, so the ranking still reads top to bottom.
 */
export function collapseSections<T extends Collapsible>(results: readonly T[]): WithMore<T>[] {
  const out: WithMore<T>[] = [];
  const byKey = new Map<string, WithMore<T>>();
  for (const r of results) {
    if (r.kind !== 'passage') {
      out.push(r);
      continue;
    }
    const key = `${r.section ?? ''}\u0000${r.titleSegments.map((s) => s.text).join('')}`;
    const head = byKey.get(key);
    if (head) {
      (head.more ??= []).push(r);
      continue;
    }
    const first: WithMore<T> = { ...r };
    byKey.set(key, first);
    out.push(first);
  }
  return out;
}
