import type { MDXComponents } from 'mdx/types';
import type { ComponentProps, ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { PassageHeading } from './PassageHeading';
import { PassageLink, excerpt } from './PassageLink';
import { Diagram } from '../diagrams/Diagram';
import { LocatorMap } from '../map/LocatorMap';
import { ScaleDrawing } from '../charts/ScaleDrawing';
import { Figure, Gallery } from './Figure';
import { Term } from './Term';
import { Timeline } from './Timeline';
import { SourceGaps } from './SourceGaps';
import { PASSAGE_ATTR } from '../cite/passage-keys';

/**
 * The one registry of components MDX content may use (lib/content/mdx.ts rejects any other). Headings and
 * paragraphs are passages: they carry the id written in the content and end with a link to themselves
 * (`page` is the page's path, so the link is the passage's full address).
 */
export function mdxComponents(
  locale: Locale,
  anchorLabel: (text: string) => string,
  page = '',
  /** Extra marks after a passage's text, by passage id (the "corrected" marker). */
  marks: ReadonlyMap<string, ReactNode> = new Map(),
): MDXComponents {
  const text = (node: ReactNode): string =>
    typeof node === 'string'
      ? node
      : Array.isArray(node)
        ? node.map(text).join('')
        : node && typeof node === 'object' && 'props' in node
          ? text((node.props as { children?: ReactNode }).children)
          : '';
  return {
    h2: ({ id, children }: ComponentProps<'h2'>) => (
      <PassageHeading level={2} id={id} href={`${page}#${id}`} anchorLabel={anchorLabel(text(children))}>
        {children}
        {id && marks.get(id)}
      </PassageHeading>
    ),
    h3: ({ id, children }: ComponentProps<'h3'>) => (
      <PassageHeading level={3} id={id} href={`${page}#${id}`} anchorLabel={anchorLabel(text(children))}>
        {children}
        {id && marks.get(id)}
      </PassageHeading>
    ),
    p: ({ id, children }: ComponentProps<'p'>) => (
      <p id={id} {...{ [PASSAGE_ATTR.passage]: '' }}>
        {children}
        {id && marks.get(id)}
        {id && <PassageLink href={`${page}#${id}`} label={anchorLabel(excerpt(text(children)))} mark="¶" />}
      </p>
    ),
    Figure: ({ id, bleed }: { id: string; bleed?: boolean }) => <Figure id={id} locale={locale} bleed={bleed} />,
    Gallery: ({ ids }: { ids: string[] }) => <Gallery ids={ids} locale={locale} />,
    Timeline: () => <Timeline locale={locale} />,
    Diagram: ({ id }: { id: string }) => <Diagram id={id} locale={locale} />,
    // A section's "what the feature does not say" box; its paragraphs are passages (the `p` above).
    SourceGaps: ({ section, children }: { section?: string; children: ReactNode }) => (
      <SourceGaps locale={locale} section={section}>
        {children}
      </SourceGaps>
    ),
    // An article's opening graphics, each placed once in the MDX after the passages it follows (lib/content/mdx.ts).
    Locator: () => (
      <div className="figure-wide my-12" data-wide="">
        <LocatorMap locale={locale} />
      </div>
    ),
    Scale: () => (
      <div className="my-12">
        <ScaleDrawing locale={locale} headingLevel={2} />
      </div>
    ),
    Term: ({ id, use, children }: { id: string; use?: string; children: ReactNode }) => (
      <Term id={id} locale={locale} use={use ? Number(use) : 1}>
        {children}
      </Term>
    ),
  };
}
