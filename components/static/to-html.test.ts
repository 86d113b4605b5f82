import { createElement as h, Fragment, memo } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { toHtml } from './to-html';

/** The same tree through React's own server renderer and through toHtml, compared as parsed HTML. */
const parsed = (html: string) => cheerio.load(`<body>${html}</body>`).html();

describe('toHtml', () => {
  it('writes what React writes for HTML, SVG, styles, booleans and escaping', async () => {
    const tree = h(
      'article',
      { className: 'prose', 'data-article-body': '', id: 'a' },
      h(
        'h2',
        { id: 'x', 'data-passage': '' },
        'Title & <more>',
        h('a', { href: '/zh/x#y', 'aria-label': 'say "hi"', className: 'passage-link' }),
      ),
      h('p', { lang: 'en', hidden: true, tabIndex: -1 }, 'one ', 2, ' three', null, false, undefined),
      h('img', {
        srcSet: 'a.webp 640w, b.webp 1080w',
        sizes: '100vw',
        alt: '',
        fetchPriority: 'high',
        loading: 'lazy',
        style: { color: 'transparent', aspectRatio: 1.5, marginTop: 4 },
      }),
      h('label', { htmlFor: 'q' }, 'q'),
      h('time', { dateTime: '2026-01-01' }, 'today'),
      h('a', { hrefLang: 'en', 'aria-hidden': true, 'data-x': false }, 'en'),
      h('a', { href: '/a.jpg', download: true }, 'a'),
      h('a', { href: '/b.jpg', download: 'b.jpg' }, 'b'),
      h(
        'svg',
        { viewBox: '0 0 10 10', className: 'size-5', 'aria-hidden': 'true' },
        h('path', { d: 'M0 0h10', strokeWidth: 2, strokeLinecap: 'round', fillOpacity: 0.5 }),
        h('text', { textAnchor: 'middle', dominantBaseline: 'middle', fontSize: 3 }, 'Ordos'),
        h('linearGradient', { gradientUnits: 'userSpaceOnUse', id: 'g' }),
      ),
      h(Fragment, null, [h('li', { key: 1 }, 'a'), h('li', { key: 2 }, 'b')]),
      h('details', { open: true }, h('summary', null, 's')),
      h('span', { dangerouslySetInnerHTML: { __html: '<b>raw</b>' } }),
    );
    expect(parsed(await toHtml(tree))).toBe(parsed(renderToStaticMarkup(tree)));
    // Byte for byte where React adds nothing for hydration (no text separators, no style spacing).
    const text = h('p', { title: `it's "x" & <y>` }, `Zhǔngé'ěr & "Qí" <b>`);
    expect(await toHtml(text)).toBe(renderToStaticMarkup(text));
  });

  it('runs function, async and memo components', async () => {
    const Sync = ({ n }: { n: number }) => h('b', null, n);
    const Async = async ({ t }: { t: string }) => h('i', null, await Promise.resolve(t));
    const Memo = memo(Sync);
    const html = await toHtml(h('p', null, h(Sync, { n: 1 }), h(Async, { t: 'two' }), h(Memo, { n: 3 })));
    expect(html).toBe('<p><b>1</b><i>two</i><b>3</b></p>');
  });

  it('refuses client components and event handlers', async () => {
    const client = Object.assign(() => null, { $$typeof: Symbol.for('react.client.reference'), $$id: 'components/X.client.tsx#X' });
    await expect(toHtml(h('div', null, h(client)))).rejects.toThrow(/X\.client\.tsx#X is a client component/);
    await expect(toHtml(h('button', { onClick: () => {} }))).rejects.toThrow(/event handlers/);
  });
});
