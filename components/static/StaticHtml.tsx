import { createHash } from 'node:crypto';
import { isValidElement, type ComponentPropsWithoutRef, type ReactNode } from 'react';
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
  once = false,
  children,
  ...props
}: {
  as?: SlotTag;
  /**
   * For the layout's chrome, which search (the one page rendered per request) renders again on every request: the
   * child, one server component with JSON props (`<HeaderBar locale="en" />`), is written out once per process for
   * each component and props, and reused. Its HTML must depend on nothing but those props (never the request).
   */
  once?: boolean;
  children: ReactNode;
} & Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'dangerouslySetInnerHTML'>) {
  // Not while developing: an edited header would otherwise stay as it was until the server restarts.
  const name = once && process.env.NODE_ENV !== 'development' ? partKey(children) : undefined;
  let part = name === undefined ? undefined : written.get(name);
  if (!part) {
    const html = await toHtml(children);
    part = { html, key: createHash('sha256').update(html).digest('base64url').slice(0, 16) };
    if (name !== undefined) remember(name, part);
  }
  putStaticHtml(part.key, part.html);
  return <StaticHtmlSlot as={as} htmlKey={part.key} {...props} />;
}

/** Parts written with `once`, by component and props: a handful per locale, bounded all the same. */
const written = new Map<string, { html: string; key: string }>();
const MAX_PARTS = 200;
function remember(name: string, part: { html: string; key: string }) {
  written.set(name, part);
  for (const oldest of written.keys()) {
    if (written.size <= MAX_PARTS) break;
    written.delete(oldest);
  }
}

/** Each component function's number in this process: its identity, whatever its (minified) name. */
const componentIds = new WeakMap<object, number>();
let nextId = 1;

/**
 * The name of a `once` part: the child component's identity and a hash of its props as canonical JSON (keys
 * sorted). Throws, naming the component, on anything else: a props value JSON cannot hold would make two different
 * parts share a name.
 */
export function partKey(children: ReactNode): string {
  if (!isValidElement(children) || typeof children.type !== 'function')
    throw new Error('StaticHtml once: the child must be a single server component element, e.g. <HeaderBar locale={locale} />');
  const type = children.type as object & { name?: string };
  let id = componentIds.get(type);
  if (id === undefined) componentIds.set(type, (id = nextId++));
  const props = canonical(children.props, type.name || 'component');
  return `${id}:${createHash('sha256').update(props).digest('base64url')}`;
}

function canonical(value: unknown, component: string): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
    return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v, component)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k], component)}`)
      .join(',')}}`;
  throw new Error(`StaticHtml once: <${component}> has a prop JSON cannot hold (${typeof value}); pass plain data, or drop once`);
}
