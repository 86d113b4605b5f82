'use client';

import { useEffect, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { readStaticHtml } from './store';

export type SlotTag = 'div' | 'section' | 'article' | 'aside' | 'footer' | 'ul' | 'ol' | 'tbody' | 'p' | 'details' | 'summary';

/**
 * Where StaticHtml's string goes into the page. Rendered into HTML on the server, it writes the string (handed
 * over by content hash, store.ts). In the browser it hydrates with an empty `dangerouslySetInnerHTML`: React
 * leaves the children of such an element as the server sent them and never compares them, and as the props never
 * change it never writes them either. Should the client router ever render the page itself (a client-side
 * navigation; the site uses plain links to these pages), there is no server HTML to keep, so the page is loaded
 * from the server instead.
 */
export function StaticHtmlSlot({
  as,
  htmlKey,
  ...props
}: { as?: SlotTag; htmlKey: string } & Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'dangerouslySetInnerHTML'>) {
  const Tag = (as ?? 'div') as 'div';
  // Read once: on the server the stored string; in the browser nothing (hydration keeps the server's children).
  const [html] = useState(() => (typeof window === 'undefined' ? readStaticHtml(htmlKey) : ''));
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A client render (not hydration) leaves the element empty: load the page from the server. Only when the
    // router brought us here from another document's page, so an empty element can never cause a reload loop.
    const loaded = performance.getEntriesByType('navigation')[0]?.name;
    if (!ref.current?.hasChildNodes() && loaded && new URL(loaded).pathname !== window.location.pathname) window.location.reload();
  }, []);
  return <Tag {...props} ref={ref} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}
