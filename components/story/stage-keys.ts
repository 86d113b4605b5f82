/**
 * The DOM protocol of the before/after stage, owned here. BeforeAfter.tsx (server markup) marks each pair with its
 * scene id, CompareStage.client.tsx marks its root as a stage and the chosen pair as on stage, and app/styles/figures.css
 * hides the rest from 1024 px; lib/testing/css-keys.test.ts fails when the CSS names one of these attributes wrongly.
 */
export const STAGE_ATTR = {
  /** On the leaf's root, set by the leaf once it runs: the stage layout may apply. */
  stage: 'data-stage',
  /** On each pair's list item: the pair's scene id (its "after" photo id). */
  scene: 'data-scene',
  /** On the chosen pair, set by the leaf. */
  onStage: 'data-on-stage',
  /** On the row of scene buttons, and on each button (its scene id). */
  choices: 'data-stage-choices',
  choice: 'data-scene-choice',
} as const;

export const STAGE = { scene: `[${STAGE_ATTR.scene}]` } as const;
