import { getTranslations } from 'next-intl/server';
import { getDiagrams } from '@/lib/content';
import { svgDiagrams, type SvgDiagram } from '@/lib/diagrams';
import type { Locale } from '@/lib/i18n/routing';
import { drawings } from './drawings';
import { DiagramSequence } from './Sequence';
import { SharesChain } from './SharesChain';
import { DiagramFigure, DiagramSvg, GAP, W, diagramIds, sayer } from './parts';
import './diagrams.css';

const isSvg = (id: string): id is SvgDiagram => (svgDiagrams as readonly string[]).includes(id);

/**
 * `<Diagram id="…" />` in MDX: an explanatory drawing of how something the feature names works, placed after
 * the passage it explains. Its words are real text in the page's language (SVG <text>, or HTML for the flow
 * chart) from content/diagrams.json; its caption says in words what the drawing shows, and credits it to the site.
 *
 * The SVG is inline and small (a few hundred bytes gzipped: paths, no embedded pictures), so it needs no request,
 * prints with the page and takes its colours from the page's light or dark scheme (diagrams.css).
 */
export async function Diagram({
  id,
  locale,
  still,
}: {
  id: string;
  locale: Locale;
  /**
   * Outside its article (a glossary term's page): one still drawing at the column's width, a drawing told in steps
   * in its last state (the finished work, which its description explains), with `link` (to the passage the
   * article places it after) under the caption.
   */
  still?: { link: React.ReactNode };
}) {
  const text = (await getDiagrams())[id];
  if (!text) throw new Error(`Diagram: unknown diagram "${id}" (content/diagrams.json has no such id)`);
  const t = await getTranslations({ locale, namespace: 'story.diagram.credit' });
  const say = sayer(text, locale);
  const ids = diagramIds(locale, id);
  // The content check gives every entry a drawing (lib/diagrams): an SVG one, else the shares chain's flow chart.
  const drawing = isSvg(id) ? drawings[id] : undefined;
  // A drawing told in steps (the content check makes its words give one step per state of the drawing).
  const { steps } = text;
  if (drawing && steps && !still)
    return <DiagramSequence id={id} text={{ ...text, steps }} drawing={drawing} say={say} locale={locale} credit={t('drawing')} />;
  // A two-panel drawing comes twice, stacked and side by side; diagrams.css shows the one that fits the figure.
  const svg = (wide: boolean) =>
    drawing && (
      <DiagramSvg
        key={wide ? 'wide' : 'narrow'}
        width={wide ? 2 * W + GAP : W}
        height={wide ? drawing.wideHeight! : drawing.height}
        className={drawing.wideHeight === undefined ? 'dg-one' : wide ? 'dg-wide' : 'dg-narrow'}
        label={ids}
      >
        <drawing.Draw say={say} wide={wide} step={steps?.length} />
      </DiagramSvg>
    );
  return (
    <DiagramFigure
      id={id}
      locale={locale}
      text={text}
      wide={!still}
      className={`break-inside-avoid ${still ? 'mt-10' : 'figure-wide my-10'}`}
    >
      {/* The drawing fills the figure's width at every size; the caption follows it at a reading measure. */}
      <div className="mt-4 w-full">
        {drawing ? (
          <>
            {svg(false)}
            {drawing.wideHeight !== undefined && svg(true)}
          </>
        ) : (
          <SharesChain say={say} />
        )}
      </div>
      <figcaption className="mt-4 max-w-[40rem] text-[0.95rem] leading-relaxed text-muted">
        <span id={ids.desc}>{text.description[locale]}</span> <span className="mt-1 block text-xs">{t(drawing ? 'drawing' : 'flow')}</span>
        {still?.link}
      </figcaption>
    </DiagramFigure>
  );
}
