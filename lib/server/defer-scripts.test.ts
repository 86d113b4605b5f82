import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferScripts, loaderAttribute, loaderSource } from './defer-scripts';

/** The shape of what `next build` writes (Next 16, Turbopack): head scripts, a preload, the body's bootstrap. */
const page =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="preload" as="image" fetchPriority="high" href="/hero.jpg"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>' +
  '<script src="/_next/static/chunks/react.js" async=""></script>' +
  '<script src="/_next/static/chunks/page.js" async=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
  '<title>T</title></head><body><main><p>Text</p></main>' +
  '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>' +
  '<script src="/_next/static/chunks/boot.js" async=""></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>';

describe('deferScripts (postbuild): scripts start loading after the page has loaded', () => {
  it('replaces every async script and the script preload with one loader in the head, in order', () => {
    const { html, scripts } = deferScripts(page);
    expect(scripts).toEqual(['/_next/static/chunks/react.js', '/_next/static/chunks/page.js', '/_next/static/chunks/boot.js']);
    expect(html).not.toMatch(/<script src="[^"]+" async="">/);
    expect(html).not.toContain('as="script"');
    const loaders = [...html.matchAll(new RegExp(`<script ${loaderAttribute}='([^']*)'>([\\s\\S]*?)</script>`, 'g'))];
    expect(loaders).toHaveLength(1);
    expect(JSON.parse(loaders[0]![1]!.replaceAll('&quot;', '"'))).toEqual(scripts);
    expect(loaders[0]![2]).toBe(loaderSource);
    // In the head, where Next's first script was: after the stylesheet, before the title.
    expect(html.indexOf(loaders[0]![0])).toBeGreaterThan(html.indexOf('a.css'));
    expect(html.indexOf(loaders[0]![0])).toBeLessThan(html.indexOf('<title>'));
  });

  it('leaves the rest of the page as it was', () => {
    const { html } = deferScripts(page);
    for (const kept of [
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script id="_R_">',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<link rel="preload" as="image" fetchPriority="high" href="/hero.jpg"/>',
      '<main><p>Text</p></main>',
    ])
      expect(html).toContain(kept);
  });

  it('is idempotent, and leaves a page without scripts alone', () => {
    const once = deferScripts(page).html;
    expect(deferScripts(once)).toEqual({ html: once, scripts: [] });
    const plain = '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>';
    expect(deferScripts(plain)).toEqual({ html: plain, scripts: [] });
  });

  it('gives the loader the nonce of a page rendered on request (search), and none to a prerendered one', () => {
    const nonce = 'fGoDeN52KDzfP7H/hZdKjw==';
    const rendered = page.replaceAll('async=""', `async="" nonce="${nonce}"`);
    const { html, scripts } = deferScripts(rendered);
    expect(scripts).toEqual(['/_next/static/chunks/react.js', '/_next/static/chunks/page.js', '/_next/static/chunks/boot.js']);
    expect(html).not.toMatch(/<script src="[^"]+" async=""/);
    expect(html).toMatch(new RegExp(`<script ${loaderAttribute}='[^']*' nonce="${nonce.replace(/[+/=]/g, '\\$&')}">`));
    // Control: the prerendered page's loader has no nonce attribute.
    expect(deferScripts(page).html).not.toContain('nonce=');
  });

  it('refuses a page that has the loader and still an async script tag', () => {
    const broken = deferScripts(page).html.replace('</body>', '<script src="/late.js" async=""></script></body>');
    expect(() => deferScripts(broken)).toThrow(/already has the script loader/);
  });
});

describe('the loader, run against a minimal document', () => {
  afterEach(() => vi.useRealTimers());

  function run(readyState: 'loading' | 'complete') {
    vi.useFakeTimers();
    const appended: { src: string; async: boolean }[] = [];
    const listeners: Record<string, (() => void)[]> = {};
    const list = JSON.stringify(['/a.js', '/b.js']);
    const document = {
      readyState,
      currentScript: { getAttribute: (name: string) => (name === loaderAttribute ? list : null) },
      createElement: () => {
        const el = { src: '', attrs: {} as Record<string, string>, setAttribute: (k: string, v: string) => (el.attrs[k] = v) };
        return el;
      },
      head: {
        appendChild: (el: { src: string; attrs: Record<string, string> }) => appended.push({ src: el.src, async: 'async' in el.attrs }),
      },
    };
    const window = { addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn) };
    // The loader is an expression over `document` and `window`; evaluate it with stand-ins for both.
    new Function('document', 'window', loaderSource)(document, window);
    return { appended, fire: (type: string) => listeners[type]?.forEach((fn) => fn()) };
  }

  it('adds nothing while the page loads, then every script once, async, after the load event', () => {
    const { appended, fire } = run('loading');
    expect(appended).toEqual([]);
    fire('load');
    expect(appended).toEqual([]); // after the load event's own work (a zero timeout)
    vi.advanceTimersByTime(1);
    expect(appended).toEqual([
      { src: '/a.js', async: true },
      { src: '/b.js', async: true },
    ]);
    vi.advanceTimersByTime(10_000); // the fallback timer does not add them again
    expect(appended).toHaveLength(2);
  });

  it('adds them after 8 s when the load event never comes (a picture that never arrives)', () => {
    const { appended } = run('loading');
    vi.advanceTimersByTime(7_999);
    expect(appended).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(appended).toHaveLength(2);
  });

  it('adds them at once when the page has already loaded', () => {
    const { appended } = run('complete');
    expect(appended).toHaveLength(2);
  });
});
