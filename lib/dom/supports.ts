import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * Whether this browser can do something (`test` runs only in the browser): false on the server and while
 * hydrating, so the prerendered HTML never offers a control that needs JavaScript, then the test's answer.
 * The answer never changes for a page's life, so nothing is subscribed to (React's useSyncExternalStore).
 * For client leaves only (*.client.tsx).
 */
export function useBrowserSupports(test: () => boolean): boolean {
  return useSyncExternalStore(subscribe, test, () => false);
}

/**
 * Whether the window fires `scrollend` (Chromium 114, Firefox 109; not Safari as of 2026): without it, code that
 * must act once a scroll has stopped waits for a pause in `scroll` events instead. Browser only.
 */
export const supportsScrollEnd = (): boolean => 'onscrollend' in window;
