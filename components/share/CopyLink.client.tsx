'use client';

import { useState, useSyncExternalStore } from 'react';
import { onThisOrigin } from '@/lib/share';

const noop = () => () => {};
/** True only in a browser with the async clipboard API; false on the server, so the button is not in the HTML. */
function useClipboard(): boolean {
  return useSyncExternalStore(
    noop,
    () => typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function',
    () => false,
  );
}

/**
 * Copies the page's link. Without JavaScript (or a clipboard) the button is absent and the link stays visible as
 * selectable text next to it. The result is announced through a polite live region.
 */
export function CopyLink({ url, label, copied, failed }: { url: string; label: string; copied: string; failed: string }) {
  const can = useClipboard();
  const [status, setStatus] = useState<'idle' | 'ok' | 'fail'>('idle');
  if (!can) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(onThisOrigin(url));
      setStatus('ok');
    } catch {
      setStatus('fail');
    }
  }
  return (
    <span className="inline-flex items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="inline-flex min-h-11 items-center rounded-full bg-accent px-5 text-sm font-semibold text-accent-ink hover:opacity-90"
        data-testid="copy-link"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-muted">
        {status === 'ok' ? copied : status === 'fail' ? failed : ''}
      </span>
    </span>
  );
}
