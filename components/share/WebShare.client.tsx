'use client';

import { useBrowserSupports } from '@/lib/dom/supports';
import { onThisOrigin } from '@/lib/share';

/** The system share sheet (phones, some desktops). Rendered only where navigator.share exists. */
export function WebShare({ url, title, text, label }: { url: string; title: string; text: string; label: string }) {
  const can = useBrowserSupports(() => typeof navigator !== 'undefined' && typeof navigator.share === 'function');
  if (!can) return null;
  async function share() {
    try {
      await navigator.share({ url: onThisOrigin(url), title, text });
    } catch {
      // The reader closed the sheet (AbortError) or the platform refused: nothing to report.
    }
  }
  return (
    <button
      type="button"
      onClick={share}
      className="inline-flex min-h-11 items-center rounded-full border border-rule px-5 text-sm font-semibold hover:border-accent"
      data-testid="web-share"
    >
      {label}
    </button>
  );
}
