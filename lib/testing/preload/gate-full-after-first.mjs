/**
 * Test-only, loaded with `node --import` (lib/testing/serve.ts `preload`): once the first search has taken its render
 * slot, the process's search gate (lib/search/gate.ts, found through its global) gets a capacity of zero, so every
 * later search is refused with 503 while pages are served as usual. The page takes the slot and the proxy refuses:
 * the 503 follows only if both use the one gate.
 */
let gate;
Object.defineProperty(globalThis, Symbol.for('zhungeer.search-gate'), {
  configurable: true,
  get: () => gate,
  set(value) {
    gate = value;
    const enter = value.enter.bind(value);
    value.enter = async () => {
      const release = await enter();
      value.options = { ...value.options, slots: 0, queue: 0 };
      console.warn('test preload: search gate full from now on');
      return release;
    };
  },
});
