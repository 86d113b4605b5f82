import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { toHtml } from './to-html';

type Tag = 'div' | 'section' | 'ul' | 'ol' | 'tbody';

/**
 * A part of the page that never changes in the browser (an article's text, the glossary list, the press
 * figures), rendered on the server to one HTML string inside its container element. React hydrates the container
 * but not what is inside it (an element with `dangerouslySetInnerHTML` keeps the server's children), and the RSC
 * payload carries one string instead of the serialised element tree. What is inside is plain HTML to React:
 * scripts reach it through the DOM (delegated listeners, as the passage tools and term cards do), never through
 * React state or handlers, and it may hold server components only (to-html.ts refuses client components).
 */
export async function StaticHtml<T extends Tag = 'div'>({
  as,
  children,
  ...props
}: { as?: T; children: ReactNode } & Omit<ComponentPropsWithoutRef<T>, 'children' | 'dangerouslySetInnerHTML'>) {
  const Container = (as ?? 'div') as 'div';
  const __html = await toHtml(children);
  return <Container {...(props as ComponentPropsWithoutRef<'div'>)} dangerouslySetInnerHTML={{ __html }} />;
}
