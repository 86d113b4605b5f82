import { createElement as h, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { StaticHtml } from './StaticHtml';
import { readStaticHtml } from './store';

vi.mock('server-only', () => ({}));

/** The stored HTML behind the slot a StaticHtml call returns. */
async function htmlOf(props: Parameters<typeof StaticHtml>[0]): Promise<string> {
  const slot = (await StaticHtml(props)) as ReactElement<{ htmlKey: string }>;
  return readStaticHtml(slot.props.htmlKey);
}

describe('StaticHtml', () => {
  it('renders its children to one HTML string, each time', async () => {
    expect(await htmlOf({ children: h('p', null, 'one') })).toBe('<p>one</p>');
    expect(await htmlOf({ children: h('p', null, 'two') })).toBe('<p>two</p>');
  });
});
