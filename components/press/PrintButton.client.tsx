'use client';

import { useBrowserSupports } from '@/lib/dom/supports';

/** Opens the browser's print dialog. Not rendered without JavaScript (the browser's own Print still works). */
export function PrintButton({ label }: { label: string }) {
  const can = useBrowserSupports(() => typeof window.print === 'function');
  if (!can) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center rounded-full bg-accent px-6 font-semibold text-accent-ink hover:opacity-90"
      data-testid="print"
    >
      {label}
    </button>
  );
}
