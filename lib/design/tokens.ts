/**
 * The site's colours, once. app/globals.css declares the same values as CSS variables (`:root` and the dark
 * `prefers-color-scheme` block) for the pages; code that cannot read CSS variables (the link-preview card drawn
 * by satori) or that must stay light in both themes (the printable brief) takes them from here.
 * lib/design/tokens.test.ts reads globals.css and fails when the two disagree.
 */
export const lightColours = {
  paper: '#fbfaf6',
  'paper-2': '#f1efe7',
  ink: '#1b1f1c',
  muted: '#56605a',
  rule: '#dcd8cc',
  accent: '#2c6a4c',
  'accent-ink': '#ffffff',
  ochre: '#8a5a14',
  highlight: '#fdf1c7',
} as const;

export const darkColours = {
  paper: '#121614',
  'paper-2': '#1b211e',
  ink: '#e8ebe6',
  muted: '#a6b0aa',
  rule: '#323a35',
  accent: '#86c9a5',
  'accent-ink': '#0d1f16',
  ochre: '#e0b068',
  highlight: '#3b3419',
} as const;

export type ColourToken = keyof typeof lightColours;

/** Printed body text: a little softer than ink on paper (the brief's lead and standfirsts). */
export const printText = '#3b443f';

/** The band of site colours along the foot of the preview card and the top of the brief: greens to ochres. */
export const colourBand = [lightColours.accent, '#4f8a63', darkColours.accent, darkColours.ochre, lightColours.ochre] as const;
