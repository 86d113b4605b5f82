import { createHash } from 'node:crypto';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { putStaticHtml } from './store';
import { StaticHtmlSlot, type SlotTag } from './StaticHtmlSlot.client';
import { toHtml } from './to-html';

/**
 * A large part of a page that never changes in the browser, rendered on the server to one HTML string inside its
 * container element. React hydrates the container but nothing inside it (an element with
 * `dangerouslySetInnerHTML` keeps the server's children), and the RSC payload carries only the string's hash
 * (store.ts, StaticHtmlSlot.client.tsx), so the text reaches the browser once, as HTML.
 *
 * Used only where the benchmark shows it pays in bytes (`npm run bench`: HTML and RSC payload against the framework
 * floor); README.md, "Static parts", lists the places and what each saves. Everywhere else pages are plain server
 * components. Rules inside: server components only (to-html.ts refuses client components), scripts reach it
 * through the DOM (delegated listeners), nothing that depends on the request (store.ts holds strings by content
 * between the page's two renders), and links to such a page are plain `<a>`: the client router cannot draw it
 * (there is no server HTML to keep, so StaticHtmlSlot reloads the page).
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
