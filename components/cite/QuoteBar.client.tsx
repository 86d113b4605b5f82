'use client';

import { useEffect, useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CiteSource } from '@/lib/cite';
import type { PassageLabel } from '@/lib/cite/article';
import { documentTextBefore, readingTextAround, selectionReadingText } from '@/lib/cite/reading';
import { onThisOrigin } from '@/lib/share';
import { citedPassage, loadCite, useCopy } from '@/lib/dom/clipboard';
import type { ToolStrings } from './tool-strings';
import { ARTICLE_BODY, passageOf } from './passage-keys';

interface Selected {
  /** The reading text of the selection within its passage (lib/cite/reading.ts). */
  text: string;
  raw: string;
  /** The passage's reading text before and after the selection: a text fragment's context. */
  around: { lead: string; trail: string };
  passage: HTMLElement;
  end: HTMLElement;
  x: number;
  top: number;
  bottom: number;
  /** Touch: the bar goes below the selection, clear of the system's own selection menu above it. */
  below: boolean;
}

/** The passage tools and cite panel (ArticleTools) are not article text to quote. */
const inTools = (node: Node | null) =>
  !!(node instanceof Element ? node : node?.parentElement)?.closest('.passage-tools-host, .quote-host');

/**
 * Selecting text in the article shows a small bar: “copy quote with citation” and “copy link to this text” (a
 * text fragment URL). A mouse/touch nicety; its keyboard route is the passage's “Cite” panel, and with caret
 * browsing Tab still reaches the bar, which sits in the DOM right after the passage where the selection ends.
 */
export function QuoteBar({ source, labels, strings }: { source: CiteSource; labels: Record<string, PassageLabel>; strings: ToolStrings }) {
  const [selected, setSelected] = useState<Selected | null>(null);
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  const { flash, copy } = useCopy(strings.copyFailed);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the portal host exists only in the browser
    setHost(Object.assign(document.createElement('div'), { className: 'quote-host' }));
  }, []);

  useEffect(() => {
    const root = document.querySelector<HTMLElement>(ARTICLE_BODY);
    if (!root || !host) return;
    let pointer = 'mouse';
    let frame = 0;
    const read = () => {
      frame = 0;
      const sel = window.getSelection();
      const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
      if (!range || !root.contains(range.commonAncestorContainer) || inTools(range.commonAncestorContainer)) {
        setSelected(null);
        return;
      }
      const passage = passageOf(range.startContainer);
      if (!passage) return setSelected(null);
      // What the reader sees of the selection in the passage it starts in: never a term card's text.
      const text = selectionReadingText(range, passage);
      if (!text) return setSelected(null);
      // Untrimmed, for the text link: whether the selection ends at a space says whether it ends a word.
      const raw = selectionReadingText(range, passage, false);
      const around = readingTextAround(passage, range);
      void loadCite();
      const r = range.getBoundingClientRect();
      const box = root.getBoundingClientRect();
      const half = Math.min(150, box.width / 2);
      const x = Math.min(Math.max(r.left + r.width / 2 - box.left, half), box.width - half);
      setSelected({
        text,
        raw,
        around,
        passage,
        end: passageOf(range.endContainer) ?? passage,
        x,
        top: r.top - box.top,
        bottom: r.bottom - box.top,
        below: pointer !== 'mouse',
      });
    };
    const onSelection = () => {
      if (!frame) frame = window.requestAnimationFrame(read);
    };
    const onPointerDown = (e: PointerEvent) => (pointer = e.pointerType);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setSelected(null);
    };
    root.addEventListener('pointerdown', onPointerDown);
    root.addEventListener('mouseup', onSelection);
    document.addEventListener('selectionchange', onSelection);
    document.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('pointerdown', onPointerDown);
      root.removeEventListener('mouseup', onSelection);
      document.removeEventListener('selectionchange', onSelection);
      document.removeEventListener('keydown', onKey);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [host]);

  useLayoutEffect(() => {
    if (!host) return;
    if (selected) selected.end.after(host);
    else host.remove();
  }, [selected, host]);

  if (!host || !selected) return null;
  return createPortal(
    <div
      role="toolbar"
      aria-label={strings.quoteTools}
      className="quote-bar"
      style={{ left: selected.x, top: selected.below ? selected.bottom + 12 : selected.top - 12 }}
      data-below={selected.below ? '' : undefined}
      // Keeping the mouse button from moving focus keeps the selection the reader made.
      onMouseDown={(e) => e.preventDefault()}
      data-quote-bar
    >
      <button
        type="button"
        onClick={() =>
          copy((c) => c.quoteWithCitation(selected.text, citedPassage(source, labels, selected.passage)), strings.quoteCopied, 'quote')
        }
      >
        {flash === 'quote' ? strings.copied : strings.copyQuote}
      </button>
      <button
        type="button"
        onClick={() =>
          copy(
            (c) =>
              c.textFragmentUrl(onThisOrigin(source.url), selected.raw, selected.passage.id, {
                ...selected.around,
                before: documentTextBefore(selected.passage),
              }),
            strings.textLinkCopied,
            'fragment',
          )
        }
      >
        {flash === 'fragment' ? strings.copied : strings.copyTextLink}
      </button>
    </div>,
    host,
  );
}
