import type { Locale } from '@/lib/i18n/routing';
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
