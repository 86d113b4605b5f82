import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useBrowserSupports } from './supports';

function Probe({ test }: { test: () => boolean }) {
  return createElement('output', null, useBrowserSupports(test) ? 'yes' : 'no');
}

describe('useBrowserSupports', () => {
  it('answers false on the server without running the test, so the HTML never offers a JavaScript-only control', () => {
    let ran = 0;
    const html = renderToStaticMarkup(createElement(Probe, { test: () => (ran++, true) }));
    expect(html).toBe('<output>no</output>');
    expect(ran).toBe(0);
  });
});
