import { getTranslations } from 'next-intl/server';
import { getDiagrams } from '@/lib/content';
import { svgDiagrams, type SvgDiagram } from '@/lib/diagrams';
import { langTag, type Locale } from '@/lib/i18n/routing';
import { drawings } from './drawings';
import { SharesChain } from './SharesChain';
import { W, labelSize, sayer } from './parts';
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
export async function Diagram({ id, locale }: { id: string; locale: Locale }) {
  const text = (await getDiagrams())[id];
  if (!text) throw new Error(`Diagram: unknown diagram "${id}" (content/diagrams.json has no such id)`);
  const t = await getTranslations({ locale, namespace: 'story.diagram.credit' });
  const say = sayer(text, locale);
  const titleId = `diagram-${locale}-${id}-title`;
  const descId = `diagram-${locale}-${id}-desc`;
  // The content check gives every entry a drawing (lib/diagrams): an SVG one, else the shares chain's flow chart.
  const drawing = isSvg(id) ? drawings[id] : undefined;
  return (
    <figure
      className="dg figure-wide not-prose @container my-10 break-inside-avoid border-y border-rule py-5 xl:grid xl:grid-cols-[minmax(0,1.75fr)_minmax(0,1fr)] xl:items-center xl:gap-x-10"
      data-graphic="diagram"
      data-wide=""
      data-diagram={id}
      aria-labelledby={titleId}
      lang={langTag[locale]}
    >
      {/* Set wide (from 1280 px, .figure-wide), the drawing grows and the caption moves beside it. */}
      <p className="text-xs font-semibold tracking-widest text-ochre uppercase xl:col-span-2">{text.medium[locale]}</p>
      <p id={titleId} className="mt-1 font-serif text-lg leading-snug font-bold text-balance xl:col-span-2">
        {text.title[locale]}
      </p>
      <div className="mx-auto mt-4 max-w-[32rem] xl:w-full xl:max-w-none">
        {drawing ? (
          <svg
            viewBox={`0 0 ${W} ${drawing.height}`}
            width={W}
            height={drawing.height}
            className="h-auto w-full font-sans"
            role="img"
            aria-labelledby={titleId}
            aria-describedby={descId}
            fontSize={labelSize}
          >
            <drawing.Draw say={say} />
          </svg>
        ) : (
          <SharesChain say={say} />
        )}
      </div>
      <figcaption className="mt-4 text-[0.95rem] leading-relaxed text-muted xl:max-w-[24rem]">
        <span id={descId}>{text.description[locale]}</span> <span className="mt-1 block text-xs">{t(drawing ? 'drawing' : 'flow')}</span>
      </figcaption>
    </figure>
  );
}
