/**
 * The diagrams the site can draw (components/diagrams): an SVG drawing, or the shares chain's HTML flow chart.
 * content/diagrams.json holds their words; the content check (lib/content/site.ts) refuses an entry without a
 * drawing here and a drawing without an entry, and components/diagrams/drawings.tsx must draw every SVG id.
 */
export const svgDiagrams = ['terraces', 'hill-layers', 'check-dam', 'slopes-benches', 'above-below'] as const;
export const flowDiagrams = ['shares-chain'] as const;
export type SvgDiagram = (typeof svgDiagrams)[number];
export const drawnDiagrams: readonly string[] = [...svgDiagrams, ...flowDiagrams];
/** Diagrams told in steps (components/diagrams/Sequence.tsx): how many states the drawing has; the words must match. */
export const diagramSteps: Partial<Record<SvgDiagram, number>> = { terraces: 3, 'check-dam': 3 };

/**
 * The step being read, 1-based, from the steps' boxes (top and bottom, in window coordinates, in order) and the
 * window's middle: the step whose box holds the middle, else the last one whose top is above it (the reader has
 * scrolled past its words), else the first. Pure, so a jump (contents link, End, Find in page, a reload mid-page)
 * gets the same answer as scrolling there step by step (SequenceSpy.client.tsx).
 */
export function stepAt(boxes: readonly { top: number; bottom: number }[], middle: number): number {
  let step = 1;
  for (const [i, box] of boxes.entries()) {
    if (box.top <= middle) step = i + 1;
    if (box.top <= middle && middle < box.bottom) break;
  }
  return step;
}
