import type { Passage } from '@/lib/content';
import { StaticHtml } from '../static/StaticHtml';
import { KeepNames } from './KeepNames';
import { TocSpy } from './TocSpy.client';

/**
 * Contents from the article's headings: sticky beside the text on wide screens, a box above the text on phones
 * (reached from the header's contents button, `#toc`). Plain links without JavaScript; with it, TocSpy marks the
 * section being read (`aria-current="location"`). The list is static HTML (StaticHtml); TocSpy renders nothing, so
 * it sits beside the aside rather than in it.
 */
export function TableOfContents({ title, headings }: { title: string; headings: Passage[] }) {
  return (
    <>
      <StaticHtml as="aside" id="toc" className="scroll-mt-20 lg:sticky lg:top-20 lg:self-start" data-print="hide" data-toc>
        <nav aria-labelledby="toc-title" className="rounded-md border border-rule p-4 lg:border-0 lg:p-0">
          <h2 id="toc-title" className="text-sm font-semibold tracking-wider text-muted uppercase">
            {title}
          </h2>
          <ol className="mt-3 space-y-1 text-[0.95rem]">
            {headings.map((h) => (
              <li key={h.id} className={h.depth === 3 ? 'pl-4' : ''}>
                <a
                  href={`#${h.id}`}
                  className="-ml-3 inline-block border-l-2 border-transparent py-1 pl-[calc(0.75rem-2px)] leading-snug hover:text-accent aria-[current]:border-accent aria-[current]:font-semibold aria-[current]:text-accent"
                >
                  <KeepNames text={h.text} />
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </StaticHtml>
      <TocSpy />
    </>
  );
}
