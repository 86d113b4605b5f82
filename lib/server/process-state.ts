/**
 * Every process-wide value the site keeps on `globalThis`, keyed here and nowhere else.
 *
 * The assumption they all make: the proxy (proxy.ts, Next's middleware), the server-component render, the HTML
 * render, route handlers and instrumentation.ts run in ONE Node process and ONE JavaScript realm. Next bundles them
 * into separate module graphs, so a module-level variable would exist once per graph; `Symbol.for` keys on
 * `globalThis` are what they share. If Next moves any of them into another process, worker or realm (as it has
 * moved middleware between runtimes before), these values silently stop being shared.
 *
 * The proof: lib/testing/e2e/fuzz.test.ts, "the search gate's 503, negative control". Its server loads
 * lib/testing/preload/gate-full-after-first.mjs, which fills the gate after the page takes a render slot; the proxy
 * answers the next search 503 only if it sees the same gate object as the page. Add a key here, not a new
 * `Symbol.for` elsewhere (lib/server/process-state.test.ts checks that none is written outside this file).
 */
export const processKeys = {
  /** Written by StaticHtml's server-component render, read by the HTML render of the same page (components/static/store.ts). */
  staticHtml: Symbol.for('zhungeer.static-html'),
  /** The search render slots: taken by the search page, checked by the proxy before it lets a search through (lib/search/gate.ts). */
  searchGate: Symbol.for('zhungeer.search-gate'),
  /** Cached search pages: filled and read by the proxy, counted by the /healthz route (lib/search/page-cache.ts). */
  searchPageCache: Symbol.for('zhungeer.search-page-cache'),
  /** The security headers: written by instrumentation.ts at start, read by the patched Next server (lib/build/patch-next.mjs). */
  securityHeaders: Symbol.for('zhungeer.security-headers'),
  /** The first origin mismatch: written by the proxy, read by the /healthz route (lib/share/origin.ts). */
  originMismatch: Symbol.for('zhungeer.originMismatch'),
} as const;
