import { createHash } from 'node:crypto';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { putStaticHtml } from './store';
import { StaticHtmlSlot, type SlotTag } from './StaticHtmlSlot.client';
import { toHtml } from './to-html';

/**
 * A part of the page that never changes in the browser (an article's text, the glossary list, the press page),
 * rendered on the server to one HTML string inside its container element. React hydrates the container but
 * nothing inside it (an element with `dangerouslySetInnerHTML` keeps the server's children), and the RSC payload
 * carries neither the element tree nor the string, only its hash (store.ts, StaticHtmlSlot.client.tsx): the text
 * reaches the browser once, as HTML. What is inside is plain HTML to React: scripts reach it through the DOM
 * (delegated listeners, as the passage tools, term cards and glossary filter do), never through React state or
 * handlers, and it may hold server components only (to-html.ts refuses client components).
 */
export async function StaticHtml({
  as,
  children,
  ...props
}: { as?: SlotTag; children: ReactNode } & Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'dangerouslySetInnerHTML'>) {
  const html = await toHtml(children);
  const key = createHash('sha256').update(html).digest('base64url').slice(0, 16);
  putStaticHtml(key, html);
  return <StaticHtmlSlot as={as} htmlKey={key} {...props} />;
}
