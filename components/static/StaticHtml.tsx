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
  once,
  children,
  ...props
}: {
  as?: SlotTag;
  /**
   * For the layout's chrome, which search (the one page rendered per request) renders again on every request: a
   * name for everything this part's HTML depends on (`header:en`). The part is written out once per process and
   * reused under that name; the children are not rendered again. Give it only to parts that depend on nothing but
   * the name (the locale), never to anything that depends on the request or the page.
   */
  once?: string;
  children: ReactNode;
} & Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'dangerouslySetInnerHTML'>) {
  // Not while developing: an edited header would otherwise stay as it was until the server restarts.
  const name = process.env.NODE_ENV === 'development' ? undefined : once;
  let part = name === undefined ? undefined : written.get(name);
  if (!part) {
    const html = await toHtml(children);
    part = { html, key: createHash('sha256').update(html).digest('base64url').slice(0, 16) };
    if (name !== undefined) written.set(name, part);
  }
  putStaticHtml(part.key, part.html);
  return <StaticHtmlSlot as={as} htmlKey={part.key} {...props} />;
}

/** Parts named with `once`: a handful per locale (header, menu, footer, not-found view), so never pruned. */
const written = new Map<string, { html: string; key: string }>();
