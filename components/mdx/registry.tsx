import type { MDXComponents } from 'mdx/types';
import type { ComponentProps, ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { PassageHeading } from '../article/PassageHeading';
import { PassageLink, excerpt } from '../article/PassageLink';
import { Diagram } from '../diagrams/Diagram';
import { Figure, Gallery } from './Figure';
import { Term } from './Term';
import { Timeline } from './Timeline';

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
  /** Parts of the page set just before a heading, by the heading's id (an article's opening graphic). */
  inserts: ReadonlyMap<string, ReactNode> = new Map(),
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
      <>
        {id && inserts.get(id)}
        <PassageHeading level={2} id={id} href={`${page}#${id}`} anchorLabel={anchorLabel(text(children))}>
          {children}
          {id && marks.get(id)}
        </PassageHeading>
      </>
    ),
    h3: ({ id, children }: ComponentProps<'h3'>) => (
      <>
        {id && inserts.get(id)}
        <PassageHeading level={3} id={id} href={`${page}#${id}`} anchorLabel={anchorLabel(text(children))}>
          {children}
          {id && marks.get(id)}
        </PassageHeading>
      </>
    ),
    p: ({ id, children }: ComponentProps<'p'>) => (
      <p id={id} data-passage="">
        {children}
        {id && marks.get(id)}
        {id && <PassageLink href={`${page}#${id}`} label={anchorLabel(excerpt(text(children)))} mark="¶" />}
      </p>
    ),
    Figure: ({ id, bleed }: { id: string; bleed?: boolean }) => <Figure id={id} locale={locale} bleed={bleed} />,
    Gallery: ({ ids }: { ids: string[] }) => <Gallery ids={ids} locale={locale} />,
    Timeline: () => <Timeline locale={locale} />,
    Diagram: ({ id }: { id: string }) => <Diagram id={id} locale={locale} />,
    Term: ({ id, use, children }: { id: string; use?: string; children: ReactNode }) => (
      <Term id={id} locale={locale} use={use ? Number(use) : 1}>
        {children}
      </Term>
    ),
  };
}
