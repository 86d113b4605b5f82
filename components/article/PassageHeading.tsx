import type { ReactNode } from 'react';

/** Article h2/h3 with a visible-on-hover-or-focus anchor link to itself. */
export function PassageHeading({ level, id, children, anchorLabel }: { level: 2 | 3; id?: string; children: ReactNode; anchorLabel: string }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} data-passage="" className="group relative">
      {children}
      {id && (
        <a
          href={`#${id}`}
          aria-label={anchorLabel}
          className="text-muted hover:text-accent focus:text-accent ml-2 inline-block align-middle text-[0.7em] font-normal no-underline opacity-60 group-hover:opacity-100 focus:opacity-100 sm:opacity-0"
          data-print="hide"
        >
          #
        </a>
      )}
    </Tag>
  );
}
