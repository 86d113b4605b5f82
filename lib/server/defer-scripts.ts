/**
 * Scripts after the page: rewrites a page's HTML so that its framework and component scripts start loading only once
 * the page itself has loaded (the window's `load` event: the HTML, the stylesheet and the lead picture), instead of at
 * the top of the HTML.
 *
 * Two callers, one at build time and one at request time (hence lib/server, not lib/build):
 * - postbuild (lib/build/postbuild.ts) rewrites every prerendered page once, and fails the build when no page had
 *   the tags this step rewrites;
 * - the search page cache (lib/search/page-cache.ts) rewrites each search page it fills, on the request that fills
 *   it: those tags carry the response's nonce, and the loader takes it over (the scripts it adds are allowed by the
 *   policy's 'self'). A failure there, or a page whose tags this step does not recognise, is logged once and counted
 *   on /healthz, and the page is served as Next.js wrote it. Before and after: lib/testing/bench/HISTORY.md.
 *
 * Why: every page works without JavaScript (the scripts only enhance it), but Next.js asks for about 135 KiB of
 * gzipped script in the `<head>`, and on a slow mobile connection those requests share the bandwidth with the
 * picture at the top of the page, which then appears later (the README's target: largest contentful paint within
 * 300 ms of the same page with no scripts). Loaded after `load`, they no longer compete; the page hydrates a moment
 * later, so on a slow network the interactive parts (cite tools, filters) arrive late: acceptable only because
 * every page works without them.
 *
 * What changes in the HTML, and nothing else:
 * - every `<script src="…" async="">` Next.js wrote goes; one inline loader takes the place of the first, with
 *   the list in its `data-scripts` attribute. The loader's text is the same on every page, so the CSP manifest
 *   (lib/build/manifest.ts, hashed after this step) gains one hash, the same everywhere;
 * - `<link rel="preload" as="script">` goes too (it would fetch the same files at once).
 * The `noModule` fallback (never run by a modern browser), the inline bootstrap and the RSC payload stay as they
 * are. React finds the scripts the loader added by their `src` when it hydrates, as it would have found Next's.
 */
import { escapeHtml } from '../text/escape';

/** Marks a rewritten page, so the step is idempotent and tests can find the loader. */
export const loaderAttribute = 'data-scripts';

/**
 * The loader (runs in the `<head>`, as parsed): reads its own list, then appends each script, async, after
 * `load` (a zero timeout lets the load event's other work finish first), or after 8 s if `load` is held up by
 * a picture that never arrives. Plain ES5, no globals.
 */
export const loaderSource =
  '(function(d,w){var me=d.currentScript,done=false;' +
  `var list=JSON.parse(me.getAttribute('${loaderAttribute}')||'[]');` +
  'function go(){if(done)return;done=true;for(var i=0;i<list.length;i++){var s=d.createElement("script");' +
  's.src=list[i];s.setAttribute("async","");d.head.appendChild(s)}}' +
  'if(d.readyState==="complete")go();else{w.addEventListener("load",function(){setTimeout(go,0)});setTimeout(go,8000)}' +
  '})(document,window)';

// A prerendered page's tags carry no nonce; a page rendered on request (search) carries its response's nonce on each.
const scriptTag = /<script src="([^"]+)" async=""(?: nonce="([^"]*)")?><\/script>/g;
const preloadTag = /<link rel="preload" as="script"[^>]*\/>/g;

export type Deferred = { html: string; scripts: string[] };

/** Whether a page has been through this step (it carries the loader). */
export const hasLoader = (html: string) => html.includes(`<script ${loaderAttribute}=`);

/**
 * Rewrites one page. A page with no async script is returned as it is (`scripts` empty). Throws when the page
 * was already rewritten but still has an async script tag (the build wrote something this step did not expect).
 */
export function deferScripts(html: string): Deferred {
  const scripts = [...new Set([...html.matchAll(scriptTag)].map((m) => m[1]!))];
  if (hasLoader(html)) {
    if (scripts.length) throw new Error('a page already has the script loader and still an async script tag');
    return { html, scripts: [] };
  }
  if (!scripts.length) return { html, scripts: [] };
  // The nonce the page's own tags carried (CSP3 §7.2), so that the loader runs under the same policy they would have.
  const nonce = [...html.matchAll(scriptTag)].find((m) => m[2] !== undefined)?.[2];
  const nonceAttr = nonce === undefined ? '' : ` nonce="${escapeHtml(nonce)}"`;
  const loader = `<script ${loaderAttribute}='${escapeHtml(JSON.stringify(scripts))}'${nonceAttr}>${loaderSource}</script>`;
  let placed = false;
  const out = html
    .replace(scriptTag, () => {
      if (placed) return '';
      placed = true;
      return loader;
    })
    .replace(preloadTag, '');
  return { html: out, scripts };
}
