/** Browser-side helpers shared by the copy and citation leaves (imported only from *.client.tsx files). */

import { useState } from 'react';
import type { CiteSource } from '@/lib/cite';
import { withPassage, type PassageLabel } from '@/lib/cite/article';
import { onThisOrigin } from '@/lib/share';
import { useBrowserSupports } from './supports';

/** The id of the one polite live region (rendered by ArticleTools on the server) that announces copies. */
export const LIVE_REGION_ID = 'cite-live';

export function announce(message: string): void {
  const region = document.getElementById(LIVE_REGION_ID);
  if (!region) return;
  // Clearing first makes a screen reader announce the same message twice in a row.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

/** What a copy puts on the clipboard: plain text, and the same as HTML where it has italics to keep. */
export type Copied = string | { text: string; html?: string };

/**
 * Copies text (and its HTML form, so a word processor keeps the italics APA and MLA require, as `text/html` beside
 * `text/plain`); false when the browser refuses (no permission, insecure context, old browser). A browser without
 * ClipboardItem gets the plain text.
 */
export async function copyText(copied: Copied): Promise<boolean> {
  const { text, html } = typeof copied === 'string' ? { text: copied, html: undefined } : copied;
  try {
    if (html && typeof ClipboardItem === 'function' && typeof navigator.clipboard.write === 'function') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
    } else await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Today's date in the reader's own time zone, as an ISO date: the access date a citation needs. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The citation formatters, loaded on first use (a passage's tools shown, a selection made, the cite box
 * opened) rather than with the page: readers who never cite never download them.
 */
export type CiteModule = typeof import('@/lib/cite') & Pick<typeof import('@/lib/cite/fragment'), 'textFragmentUrl'>;
let citeModule: Promise<CiteModule> | undefined;
export function loadCite(): Promise<CiteModule> {
  citeModule ??= Promise.all([import('@/lib/cite'), import('@/lib/cite/fragment')]).then(([cite, fragment]) => ({
    ...cite,
    textFragmentUrl: fragment.textFragmentUrl,
  }));
  return citeModule;
}

/** A passage's CiteSource: the article's, with the passage's #id on the origin the page is read on, its heading and today's access date. */
export function citedPassage(source: CiteSource, labels: Record<string, PassageLabel>, passage: HTMLElement): CiteSource {
  return { ...withPassage(source, passage.id, labels[passage.id], onThisOrigin(source.url)), accessed: today() };
}

/**
 * Copy with feedback: `copy(make, done, key)` copies `make(formatters)`, announces `done` (or `failed`) in the live
 * region, and sets `flash` to `key` for two seconds so the pressed button can say “copied”.
 */
export function useCopy(failed: string) {
  const [flash, setFlash] = useState('');
  async function copy(make: (c: CiteModule) => Copied, done: string, key: string) {
    const ok = await copyText(make(await loadCite()));
    announce(ok ? done : failed);
    setFlash(ok ? key : '');
    if (ok) window.setTimeout(() => setFlash((f) => (f === key ? '' : f)), 2000);
  }
  return { flash, copy };
}

/** True only in a browser with the async clipboard API; false on the server, so copy buttons are not in the HTML. */
export function useClipboard(): boolean {
  return useBrowserSupports(() => typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function');
}
