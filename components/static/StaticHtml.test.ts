import { createElement as h, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StaticHtml } from './StaticHtml';
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

  it('with `once`, writes the part out once per process and reuses it under that name (the children are not rendered again)', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const Part = vi.fn(() => h('p', null, 'header'));
    expect(await htmlOf({ once: 'test-part:en', children: h(Part) })).toBe('<p>header</p>');
    expect(await htmlOf({ once: 'test-part:en', children: h(Part) })).toBe('<p>header</p>');
    expect(Part).toHaveBeenCalledTimes(1);
    // Control: another name is another part.
    expect(await htmlOf({ once: 'test-part:zh', children: h('p', null, '页眉') })).toBe('<p>页眉</p>');
  });

  it('while developing, renders a named part every time, so an edit shows at once', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(await htmlOf({ once: 'dev-part', children: h('p', null, 'old') })).toBe('<p>old</p>');
    expect(await htmlOf({ once: 'dev-part', children: h('p', null, 'edited') })).toBe('<p>edited</p>');
  });
});
