/**
 * The DOM protocol of the diagrams told in steps, owned here. Sequence.tsx (server markup) and drawings.tsx write
 * these attributes, SequenceSpy.client.tsx reads and sets them, and diagrams.css selects on them;
 * lib/testing/css-keys.test.ts fails when the CSS names an attribute this module does not define, or styles a different
 * number of steps than lib/content/schema.ts allows (`steps … .max(4)`).
 */
export const SEQ_ATTR = {
  /** On the figure: it is a sequence. */
  figure: 'data-seq',
  /** On the figure, set by the leaf: the sticky-stage layout may apply (diagrams.css decides when it does). */
  live: 'data-seq-live',
  /** On the figure: the 1-based step being read (server default 1; the leaf moves it). */
  current: 'data-step',
  /** On each step's list item: its 1-based number. */
  step: 'data-seq-step',
  /** On each heading in the stage's progress row: its 1-based number. */
  dot: 'data-seq-dot',
  /** On a layer of the stage's drawing: the space-separated steps it belongs to. */
  layers: 'data-steps',
} as const;

export const SEQ = {
  figure: `[${SEQ_ATTR.figure}]`,
  step: `[${SEQ_ATTR.step}]`,
} as const;
