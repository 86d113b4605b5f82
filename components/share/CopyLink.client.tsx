'use client';

import { useState } from 'react';
import { onThisOrigin } from '@/lib/share';
import { copyText, useClipboard } from '@/lib/dom/clipboard';

/**
 * Copies the page's link. Without JavaScript (or a clipboard) the button is absent and the link stays visible as
 * selectable text next to it. The result is announced through a polite live region.
 */
export function CopyLink({ url, label, copied, failed }: { url: string; label: string; copied: string; failed: string }) {
  const can = useClipboard();
  const [status, setStatus] = useState<'idle' | 'ok' | 'fail'>('idle');
  if (!can) return null;
  async function copy() {
    setStatus((await copyText(onThisOrigin(url))) ? 'ok' : 'fail');
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
