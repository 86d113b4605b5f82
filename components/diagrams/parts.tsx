import { langTag, type Locale } from '@/lib/i18n/routing';
import type { DiagramText } from '@/lib/content';

/**
 * Every diagram is 400 units wide and fills the width of its figure (components/diagrams/Diagram.tsx): labels of
 * 15 units come out at 13.4 px in a 390 px phone's column (about 358 px). In wider figures diagrams.css steps the
 * label size down in units so that on screen it stays between about 13 and 23 px.
 */
export const W = 400;
export const labelSize = 15;
/** The space between two panels set side by side (drawings.tsx, `wide`). */
export const GAP = 40;

/** Coordinates to whole units (the drawings are sketches; decimals would only add bytes to the page). */
export const r = (v: number) => Math.round(v);

export type Say = (key: string) => string;
export const sayer =
  (text: DiagramText, locale: Locale): Say =>
  (key) => {
    const label = text.labels[key];
    if (!label) throw new Error(`content/diagrams.json: no label "${key}"`);
    return label[locale];
  };

/** A label: real SVG text in the page's language, one <tspan> per line of the label. */
export function Label({
  x,
  y,
  text,
  anchor = 'start',
  className,
  size = labelSize,
}: {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  className?: string;
  size?: number;
}) {
  const lines = text.split('\n');
  return (
    <text
      x={r(x)}
      y={r(y)}
      textAnchor={anchor === 'start' ? undefined : anchor}
      className={className}
      fontSize={size === labelSize ? undefined : size}
    >
      {lines.length === 1
        ? text
        : lines.map((line, i) => (
            <tspan key={i} x={r(x)} dy={i === 0 ? undefined : '1.25em'}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

/** A short leader from a label to what it names. */
export const Leader = ({ d }: { d: string }) => <path d={d} fill="none" stroke="var(--dg-line)" strokeWidth={1.2} />;

/** An arrowhead at (x, y) pointing along angle `deg` (0 = right). */
export const Arrow = ({ x, y, deg, fill = 'var(--dg-line)' }: { x: number; y: number; deg: number; fill?: string }) => (
  <path d="M0 0l-9 -4.5v9z" transform={`translate(${x} ${y}) rotate(${deg})`} fill={fill} />
);

/** Rain: short slanted strokes over a span. */
export const Rain = ({ x0, x1, y, n = 7 }: { x0: number; x1: number; y: number; n?: number }) => (
  <path
    d={Array.from({ length: n }, (_, i) => {
      const x = r(x0 + ((x1 - x0) * (i + 0.5)) / n);
      const dy = (i % 2) * 8;
      return `M${x} ${y + dy}l-3 9`;
    }).join('')}
    stroke="var(--dg-water)"
    strokeWidth={1.6}
    strokeLinecap="round"
  />
);

/** The ids that tie a diagram's figure to its title and description (the locale too: the parallel view shows both). */
export const diagramIds = (locale: Locale, id: string) => ({
  title: `diagram-${locale}-${id}-title`,
  desc: `diagram-${locale}-${id}-desc`,
});

/**
 * The figure every diagram stands in, drawn whole or told in steps (Diagram.tsx, Sequence.tsx): the medium and title
 * above, in the page's language, labelling the figure; what goes between them and the caption is the caller's.
 */
export function DiagramFigure({
  id,
  locale,
  text,
  className,
  attrs,
  wide = true,
  children,
}: {
  id: string;
  locale: Locale;
  text: Pick<DiagramText, 'medium' | 'title'>;
  /** Wider than the text column in an article (`data-wide`); false for a still copy in a term's page. */
  wide?: boolean;
  /** Classes after the shared `dg not-prose @container border-y border-rule py-5`. */
  className: string;
  /** Data attributes of the figure's kind (a sequence's protocol, sequence-keys.ts). */
  attrs?: Record<string, string>;
  children: React.ReactNode;
}) {
  const { title } = diagramIds(locale, id);
  return (
    <figure
      className={`dg not-prose @container border-y border-rule py-5 ${className}`}
      data-graphic="diagram"
      data-wide={wide ? '' : undefined}
      data-diagram={id}
      {...attrs}
      aria-labelledby={title}
      lang={langTag[locale]}
    >
      <p className="text-xs font-semibold tracking-widest text-ochre uppercase">{text.medium[locale]}</p>
      <p id={title} className="mt-1 max-w-[40rem] font-serif text-lg leading-snug font-bold text-balance">
        {text.title[locale]}
      </p>
      {children}
    </figure>
  );
}

/**
 * One drawing's <svg>: `width` × `height` units filling the figure's width (h-auto w-full), labels at `labelSize`.
 * Either it is the figure's picture (`label`: role img, named by the title, described by the caption) or it
 * repeats what words beside it say (no `label`: hidden from assistive technology).
 */
export function DiagramSvg({
  width,
  height,
  className,
  label,
  children,
}: {
  width: number;
  height: number;
  className: string;
  label?: { title: string; desc: string };
  children: React.ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className={`h-auto w-full font-sans ${className}`}
      {...(label ? { role: 'img', 'aria-labelledby': label.title, 'aria-describedby': label.desc } : { 'aria-hidden': 'true' })}
      fontSize={labelSize}
    >
      {children}
    </svg>
  );
}
