/**
 * The DOM protocol of the before/after slider, owned here. BeforeAfter.tsx (server markup) writes each pair's
 * figure, its pictures' box and the two tags; CompareSlider.client.tsx finds its figure from inside it, marks it
 * enhanced (which stacks the pictures) and moves the divider through a CSS variable; app/styles/figures.css sizes
 * the pair on the stage (checked by lib/testing/css-keys.test.ts).
 *
 * The stacked layout itself is Tailwind variants in BeforeAfter.tsx (`group-data-[enhanced]/compare:…`,
 * `var(--compare,50%)`): Tailwind reads class names as written in the source, so those spell the names out;
 * css-keys.test.ts checks every `data-[…]` variant against the keys modules.
 */
export const COMPARE_ATTR = {
  /** On each pair's <figure>. */
  figure: 'data-compare',
  /** On the figure, set by the slider once it runs: the pictures stack and the divider shows. */
  enhanced: 'data-enhanced',
  /** On the box holding the two pictures (the surface a pointer drags on). */
  pictures: 'data-compare-pictures',
  /** On each tag over the stacked pictures: "before" or "after". */
  tag: 'data-compare-tag',
} as const;

/** The custom property on the figure: the divider's place, a percentage of the pictures' width. */
export const COMPARE_VAR = '--compare';

export const COMPARE = {
  figure: `[${COMPARE_ATTR.figure}]`,
  pictures: `[${COMPARE_ATTR.pictures}]`,
  /** The tags that sit over the pair (not the ones inside each picture, hidden once stacked). */
  overTags: `:scope > [${COMPARE_ATTR.tag}]`,
} as const;
