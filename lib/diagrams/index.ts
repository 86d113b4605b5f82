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
export const diagramSteps: Partial<Record<SvgDiagram, number>> = { terraces: 3 };
