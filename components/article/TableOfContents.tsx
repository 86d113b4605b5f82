import type { Passage } from '@/lib/content';
import { StaticHtml } from '../static/StaticHtml';
import { Phrases } from '../text/Phrases';
import { TocSpy } from './TocSpy.client';
import { TOC_ATTR } from './toc-keys';

function ContentsList({ headings }: { headings: Passage[] }) {
  return (
    <ol className="mt-3 space-y-1 text-[0.95rem]">
      {headings.map((h) => (
        <li key={h.id} className={h.depth === 3 ? 'pl-4' : ''}>
          <a
            href={`#${h.id}`}
            className="-ml-3 inline-block border-l-2 border-transparent py-1 pl-[calc(0.75rem-2px)] leading-snug hover:text-accent aria-[current]:border-accent aria-[current]:font-semibold aria-[current]:text-accent"
          >
            <Phrases text={h.text} />
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * The article's contents, from its headings. From 1024 px: a sticky list beside the text. Below that: a drawer
 * opened from the header's contents button (ContentsButton), so the story starts right after the standfirst and a
 * reader deep in the text opens the list where they are instead of jumping back to the top. The drawer is a
 * native popover (HTML, no script: it opens, closes on Escape and on a tap outside); a browser without popover
 * support shows it as an ordinary box in the page. With JavaScript, TocSpy marks the section being read in both
 * lists (`aria-current="location"`) and closes the drawer when a link in it is followed.
 */
export function TableOfContents({ title, closeLabel, headings }: { title: string; closeLabel: string; headings: Passage[] }) {
  return (
    <>
      <StaticHtml as="aside" className="hidden lg:sticky lg:top-20 lg:block lg:self-start" data-print="hide" {...{ [TOC_ATTR.toc]: '' }}>
        <nav aria-labelledby="toc-title">
          <h2 id="toc-title" className="text-sm font-semibold tracking-wider text-muted uppercase">
            {title}
          </h2>
          <ContentsList headings={headings} />
        </nav>
      </StaticHtml>
      <StaticHtml
        id="toc"
        popover="auto"
        className="toc-drawer lg:hidden"
        data-print="hide"
        {...{ [TOC_ATTR.toc]: '', [TOC_ATTR.drawer]: '' }}
      >
        <nav aria-labelledby="toc-drawer-title" className="rounded-md border border-rule bg-paper p-4">
          <div className="flex items-center justify-between gap-4">
            <h2 id="toc-drawer-title" className="text-sm font-semibold tracking-wider text-muted uppercase">
              {title}
            </h2>
            <button
              type="button"
              popoverTarget="toc"
              popoverTargetAction="hide"
              className="toc-drawer-close -m-2 size-11 items-center justify-center rounded-full text-muted hover:bg-paper-2 hover:text-ink"
              aria-label={closeLabel}
            >
              <svg viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2 [stroke-linecap:round]" aria-hidden="true">
                <path d="M6 6l12 12M18 6 6 18" />
              </svg>
            </button>
          </div>
          <ContentsList headings={headings} />
        </nav>
      </StaticHtml>
      <TocSpy />
    </>
  );
}

/** The phones' contents button, drawn at the end of the sticky header's row (app/styles/header.css .header-contents). */
export function ContentsButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      popoverTarget="toc"
      className="header-contents size-11 items-center justify-center rounded-full bg-paper text-muted hover:bg-paper-2 hover:text-ink"
      aria-label={label}
      data-print="hide"
    >
      <svg viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2 [stroke-linecap:round]" aria-hidden="true">
        <path d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01" />
      </svg>
    </button>
  );
}
