import { describe, expect, it } from 'vitest';
import { sharedBrowser } from '../e2e/browser';
import { axeGate } from './axe';
import { headerGate } from './headers';
import { htmlGate } from './html';
import { linkGate } from './links';
import { watchPolicy } from './policy';
import { structuredDataGate } from './structured-data';

/**
 * Negative controls: each gate is fed a small known-bad input through the same function the crawl tests call,
 * and must report the planted defect (and pass the good twin, so the control is not just "everything fails").
 */
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Control</title>${head}</head><body><main><h1>Control</h1>${body}</main></body></html>`;

describe('HTML gate (vnu)', () => {
  it('reports a forbidden code point and an <ol> after a mid-figure caption, and passes a valid page', { timeout: 60_000 }, async () => {
    const problems = await htmlGate([
      {
        path: '/bad',
        html: page('<ul><li data-filter="a\u0001b">x</li></ul><figure><h2>t</h2><figcaption>c</figcaption><ol><li>x</li></ol></figure>'),
      },
      { path: '/good', html: page('<p>Fine.</p>') },
    ]);
    const messages = problems.map((p) => `${p.page} ${p.message}`);
    expect(messages.some((m) => m.startsWith('/bad') && m.includes('Forbidden code point U+0001'))).toBe(true);
    expect(messages.some((m) => m.startsWith('/bad') && /Element “ol” not allowed as child of element “figure”/.test(m))).toBe(true);
    expect(problems.filter((p) => p.page === '/good')).toEqual([]);
  });
  it('reports that there was nothing to check', async () => {
    expect(await htmlGate([])).toHaveLength(1);
  });
});

describe('link gate', () => {
  const origin = 'http://site.test';
  const publicOrigin = 'https://public.test';
  // A site of three URLs, served by a fake fetch: /zh/a links to a page, a missing page and a missing #id.
  const served: Record<string, () => Response> = {
    '/zh/b': () => new Response(page('<h2 id="here">Here</h2>'), { headers: { 'content-type': 'text/html' } }),
    '/zh/old': () => new Response(null, { status: 308, headers: { location: '/zh/b' } }),
    '/zh/a': () => new Response(page('')),
  };
  const fakeFetch = async (url: string) => (served[new URL(url).pathname] ?? (() => new Response('', { status: 404 })))();
  const bad = page(
    // Unquoted and single-quoted attributes and a `>` in a value: a real parser reads them as a browser does.
    `<a href=/zh/b#here>ok</a> <a href='/zh/old' title="a > b">moved</a> <a href="https://public.test/zh/missing">gone</a> <a href="/zh/b#nowhere">bad fragment</a>`,
    `<link rel="canonical" href="https://public.test/zh/a">`,
  );

  it('reports a broken link and a missing #fragment, and follows redirects and public-origin URLs', async () => {
    const { problems, urls, fragments } = await linkGate([{ path: '/zh/a', html: bad }], { origin, publicOrigin, fetch: fakeFetch });
    const messages = problems.map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/^\/zh\/missing → 404/));
    expect(messages).toContainEqual(expect.stringMatching(/#nowhere: no element with id="nowhere"/));
    expect(problems).toHaveLength(2);
    expect(urls).toBe(4); // /zh/b, /zh/old, /zh/missing, /zh/a (canonical)
    expect(fragments).toBe(2);
  });
  it('reports a page with no internal URL and a canonical URL that does not map back', async () => {
    const { problems } = await linkGate(
      [{ path: '/zh/a', html: page('<p>No links.</p>', '<link rel="canonical" href="https://elsewhere.test/zh/a">') }],
      {
        origin,
        publicOrigin,
        fetch: fakeFetch,
      },
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/no internal URL/),
      expect.stringMatching(/canonical https:\/\/elsewhere\.test\/zh\/a does not map/),
    ]);
  });
});

describe('structured-data gate', () => {
  const article = (publisher: object) =>
    page(
      `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'H',
        datePublished: '2026-01-01',
        image: ['https://x.test/a.jpg'],
        author: { '@type': 'Organization', name: 'Site' },
        publisher,
      })}</script>`,
    );
  it('reports a NewsArticle whose publisher has no logo, and passes one that has', () => {
    const problems = structuredDataGate([
      { path: '/no-logo', html: article({ '@type': 'Organization', name: 'Site' }) },
      {
        path: '/logo',
        html: article({ '@type': 'Organization', name: 'Site', logo: { '@type': 'ImageObject', url: 'https://x.test/l.png' } }),
      },
    ]);
    expect(problems).toEqual([{ page: '/no-logo', message: 'NewsArticle without publisher.logo (an absolute URL)' }]);
  });
  it('reports a page missing the type it must carry, invalid JSON and an item without a name', () => {
    const problems = structuredDataGate(
      [
        { path: '/zh/glossary/by-pinyin', html: page('<script type="application/ld+json">{"@context": "https://schema.org",}</script>') },
        {
          path: '/crumbs',
          html: page(
            `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, item: 'https://x.test/' }] })}</script>`,
          ),
        },
      ],
      { expect: [{ pattern: /\/glossary\/by-/, type: 'DefinedTermSet' }] },
    );
    expect(problems.map((p) => `${p.page} ${p.message}`)).toEqual([
      expect.stringMatching(/^\/zh\/glossary\/by-pinyin JSON-LD is not valid JSON/),
      '/zh/glossary/by-pinyin no DefinedTermSet JSON-LD',
      expect.stringMatching(/^\/crumbs BreadcrumbList items need/),
    ]);
  });
});

describe('security-header gate', () => {
  const good = {
    'content-security-policy': "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), geolocation=()',
    'cross-origin-resource-policy': 'same-origin',
  };
  it('passes a complete set and reports a missing header, a weak policy and an unknown feature', () => {
    expect(headerGate([{ path: '/good', headers: good }])).toEqual([]);
    const { ['strict-transport-security']: hsts, ...noHsts } = good;
    expect(hsts).toBeTruthy();
    const problems = headerGate([
      { path: '/no-hsts', headers: noHsts },
      {
        path: '/inline',
        headers: {
          ...good,
          'content-security-policy': "script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        },
      },
      { path: '/web-share', headers: { ...good, 'permissions-policy': 'camera=(), geolocation=(), web-share=(self)' } },
    ]);
    expect(problems.map((p) => `${p.page} ${p.message}`)).toEqual([
      '/no-hsts HSTS missing or short: null',
      expect.stringMatching(/^\/inline script-src allows too much/),
      '/web-share Permissions-Policy names a feature browsers do not recognise: web-share',
    ]);
  });
});

describe('browser gates (axe, policy)', () => {
  const browser = sharedBrowser();

  it('axe reports a contrast failure and an image without alt text, and passes a clean page', { timeout: 60_000 }, async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.setContent(
      page(
        '<p style="color:#999;background:#aaa">Faint text.</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">',
      ),
    );
    const problems = await axeGate(tab, { path: '/bad', label: 'control' });
    expect(problems.map((p) => p.message.split(':')[0])).toEqual(
      expect.arrayContaining(['[control] color-contrast (serious)', '[control] image-alt (critical)']),
    );
    expect(await axeGate(tab, { path: '/bad', label: 'control', colours: true })).toHaveLength(1);
    await tab.setContent(page('<p>Plain text.</p>'));
    expect(await axeGate(tab, { path: '/good', label: 'control' })).toEqual([]);
    await context.close();
  });

  it(
    'the policy watch reports an inline script the CSP blocks and an unknown Permissions-Policy feature',
    { timeout: 60_000 },
    async () => {
      const context = await browser.newContext();
      const watch = await watchPolicy(context);
      const html = page('<script>document.title = "ran"</script><p>Control.</p>');
      await context.route('http://control.test/**', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: html,
          headers: route.request().url().endsWith('/bad')
            ? { 'content-security-policy': "script-src 'self'", 'permissions-policy': 'web-share=(self)' }
            : { 'content-security-policy': "script-src 'self' 'unsafe-inline'" },
        }),
      );
      const tab = await context.newPage();
      await tab.goto('http://control.test/bad');
      const problems = (await watch.problems(tab, '/bad')).map((p) => p.message);
      expect(problems).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
      expect(problems).toContainEqual(expect.stringMatching(/web-share/));
      const good = await context.newPage();
      await good.goto('http://control.test/good');
      expect(await watch.problems(good, '/good')).toEqual([]);
      await context.close();
    },
  );
});
