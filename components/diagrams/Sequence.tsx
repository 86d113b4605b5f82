import type { DiagramText } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import type { drawings } from './drawings';
import { DiagramFigure, DiagramSvg, W, type Say } from './parts';
import { SEQ_ATTR } from './sequence-keys';

type Drawing = (typeof drawings)[keyof typeof drawings];

/**
 * A diagram told in steps (content/diagrams.json `steps`): an ordered list, each step a short heading, one sentence
 * and the drawing in that step's state. That list is the whole story, and it is what every reader gets without
 * JavaScript, with reduced motion, in print and on phones: a plain series, nothing hidden.
 *
 * On a wide screen with motion allowed, once SequenceSpy.client.tsx has marked the figure `data-seq-live`, the
 * per-step drawings give way to one sticky stage beside the steps; the step crossing the middle of the window sets
 * the figure's `data-step`, and diagrams.css shows that step's layers (the pattern of Reuters' and the Pudding's
 * scrollers: sticky drawing, text scrolling beside it). The stage repeats what the steps show, so it is hidden
 * from assistive technology; the steps' own drawings are too, since each step's words say what it shows.
 */
export function DiagramSequence({
  id,
  text,
  drawing,
  say,
  locale,
  credit,
}: {
  id: string;
  text: DiagramText & { steps: NonNullable<DiagramText['steps']> };
  drawing: Drawing;
  say: Say;
  locale: Locale;
  credit: string;
}) {
  const svg = (step: number | undefined, className: string) => (
    <DiagramSvg width={W} height={drawing.height} className={className}>
      <drawing.Draw say={say} step={step} />
    </DiagramSvg>
  );
  return (
    <DiagramFigure
      id={id}
      locale={locale}
      text={text}
      className="dg-seq figure-wide my-10"
      attrs={{ [SEQ_ATTR.figure]: '', [SEQ_ATTR.current]: '1' }}
    >
      <div className="seq-body mt-4">
        <ol className="seq-steps">
          {text.steps.map((s, i) => (
            <li key={i} className="seq-step" {...{ [SEQ_ATTR.step]: i + 1 }}>
              <div className="seq-card">
                <p className="seq-title">
                  <span className="seq-num" aria-hidden="true">
                    {i + 1}
                  </span>
                  <strong>{s.title[locale]}</strong>
                </p>
                <p className="seq-text">{s.text[locale]}</p>
              </div>
              {svg(i + 1, 'seq-art')}
            </li>
          ))}
        </ol>
        <div className="seq-stage" aria-hidden="true">
          {/* Where the reader is in the sequence, and what is coming (the steps' headings in a row). */}
          <p className="seq-progress">
            {text.steps.map((s, i) => (
              <span key={i} {...{ [SEQ_ATTR.dot]: i + 1 }}>
                <span className="seq-num">{i + 1}</span> {s.title[locale]}
              </span>
            ))}
          </p>
          {svg(undefined, 'seq-stage-art')}
        </div>
      </div>
      <figcaption className="mt-4 max-w-[40rem] text-xs leading-relaxed text-muted">{credit}</figcaption>
    </DiagramFigure>
  );
}
