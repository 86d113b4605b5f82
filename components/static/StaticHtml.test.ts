import { createElement as h, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { partKey, StaticHtml } from './StaticHtml';
import { readStaticHtml } from './store';

vi.mock('server-only', () => ({}));

/** The stored HTML behind the slot a StaticHtml call returns. */
async function htmlOf(props: Parameters<typeof StaticHtml>[0]): Promise<string> {
  const slot = (await StaticHtml(props)) as ReactElement<{ htmlKey: string }>;
  return readStaticHtml(slot.props.htmlKey);
}

describe('StaticHtml', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('renders its children each time without a name', async () => {
    expect(await htmlOf({ children: h('p', null, 'one') })).toBe('<p>one</p>');
    expect(await htmlOf({ children: h('p', null, 'two') })).toBe('<p>two</p>');
  });

  it('with `once`, writes a part out once per component and props, and reuses it (the component is not called again)', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const Part = vi.fn(({ locale }: { locale: string }) => h('p', null, `header ${locale}`));
    expect(await htmlOf({ once: true, children: h(Part, { locale: 'en' }) })).toBe('<p>header en</p>');
    expect(await htmlOf({ once: true, children: h(Part, { locale: 'en' }) })).toBe('<p>header en</p>');
    expect(Part).toHaveBeenCalledTimes(1);
  });

  it('gives different props two parts: a header that came to depend on the page is never shared between pages', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const Header = vi.fn(({ current }: { locale: string; current: string }) => h('a', { 'aria-current': 'page' }, current));
    expect(await htmlOf({ once: true, children: h(Header, { locale: 'en', current: '/en/press' }) })).toContain('/en/press');
    expect(await htmlOf({ once: true, children: h(Header, { locale: 'en', current: '/en/about' }) })).toContain('/en/about');
    expect(Header).toHaveBeenCalledTimes(2);
    // The same props in another order are the same part (canonical JSON), and another component is another part.
    expect(await htmlOf({ once: true, children: h(Header, { current: '/en/about', locale: 'en' }) })).toContain('/en/about');
    expect(Header).toHaveBeenCalledTimes(2);
    const Other = () => h('p', null, 'other');
    expect(partKey(h(Other, { locale: 'en', current: '/en/about' }))).not.toBe(partKey(h(Header, { locale: 'en', current: '/en/about' })));
  });

  it('refuses, naming the component, a child it cannot name by its props', () => {
    const Part = ({ onClick }: { onClick?: () => void; at?: Date }) => h('p', { onClick }, 'x');
    expect(() => partKey(h(Part, { onClick: () => {} }))).toThrow('<Part> has a prop JSON cannot hold (function)');
    expect(() => partKey(h(Part, { at: new Date() }))).toThrow('<Part> has a prop JSON cannot hold (object)');
    expect(() => partKey(h('p', null, 'plain element'))).toThrow('the child must be a single server component element');
    expect(() => partKey([h(Part), h(Part)])).toThrow('the child must be a single server component element');
  });

  it('while developing, renders a `once` part every time, so an edit shows at once', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    let text = 'old';
    const Part = () => h('p', null, text);
    expect(await htmlOf({ once: true, children: h(Part) })).toBe('<p>old</p>');
    text = 'edited';
    expect(await htmlOf({ once: true, children: h(Part) })).toBe('<p>edited</p>');
  });
});
