import type { Passage } from '@/lib/content';

/**
 * Contents from the article's headings. A <details> that is open on wide screens (sticky beside the text) and
 * collapsed on phones; it needs no JavaScript either way.
 */
export function TableOfContents({ title, headings }: { title: string; headings: Passage[] }) {
  return (
    <aside className="lg:sticky lg:top-6 lg:self-start" data-print="hide">
      <nav aria-labelledby="toc-title" className="rounded-md border border-rule p-4 lg:border-0 lg:p-0">
        <h2 id="toc-title" className="text-sm font-semibold tracking-wider text-muted uppercase">
          {title}
        </h2>
        <ol className="mt-3 space-y-1 text-[0.95rem]">
          {headings.map((h) => (
            <li key={h.id} className={h.depth === 3 ? 'pl-4' : ''}>
              <a href={`#${h.id}`} className="inline-block py-1 leading-snug hover:text-accent">
                {h.text}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </aside>
  );
}
