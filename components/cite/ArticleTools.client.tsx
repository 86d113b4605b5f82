'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CiteSource } from '@/lib/cite';
import type { PassageLabel } from '@/lib/cite/article';
import { CitePanel } from './CitePanel.client';
import { LIVE_REGION_ID, citedPassage, loadCite, useCopy, type CiteModule } from '@/lib/dom/clipboard';
import { ARTICLE_BODY, LINK, PASSAGE_ATTR, markTarget, movePassageFocus, passageOf, rove, passageLinks } from './passage-keys';
import { QuoteBar } from './QuoteBar.client';
import type { ToolStrings } from './tool-strings';

/** The same passage in the other language (same ids in both): the article's path there, and the link's text. */
export interface OtherLanguage {
  path: string;
  hrefLang: string;
  text: string;
}

const HINT_ID = 'passage-hint';

/**
 * The article's passage tools, driven by one delegated listener per event type on the article body (no
 * per-passage React state or handlers; the passages stay server HTML). Three jobs, three files: this one shows a
 * passage's tools (copy link, cite, the other language) for the passage the reader is at; the keyboard roving and
 * target highlight are in passage-keys.ts; the cite panel in CitePanel; quoting a selection in QuoteBar.
 *
 * Keyboard design: each passage ends with a server-rendered link to itself (a plain anchor that works and can be
 * copied without JavaScript). With JavaScript they form one roving tab stop: only the link of the passage the
 * reader is in (by focus, by URL hash, else the first) is in the tab order, and ↑/↓/Home/End move between
 * passages, so the article adds one tab stop instead of about seventy. Focusing a link shows that passage's tools
 * right after it in the DOM, so Tab reaches them next. Mouse readers get the same on hover, touch readers by
 * tapping a paragraph.
 */
export function ArticleTools({
  source,
  labels,
  strings,
  otherLanguage,
}: {
  source: CiteSource;
  labels: Record<string, PassageLabel>;
  strings: ToolStrings;
  otherLanguage?: OtherLanguage;
}) {
  const [active, setActive] = useState<HTMLElement | null>(null);
  const [citeOpen, setCiteOpen] = useState(false);
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  const [cite, setCite] = useState<CiteModule | null>(null);
  const copier = useCopy(strings.copyFailed);
  const state = useRef({ active: null as HTMLElement | null, citeOpen: false, pointer: 'mouse' });
  useLayoutEffect(() => {
    state.current.active = active;
    state.current.citeOpen = citeOpen;
  }, [active, citeOpen]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the portal host exists only in the browser
    setHost(Object.assign(document.createElement('div'), { className: 'passage-tools-host' }));
  }, []);

  useEffect(() => {
    const root = document.querySelector<HTMLElement>(ARTICLE_BODY);
    if (!root || !host) return;
    for (const a of passageLinks(root)) a.setAttribute('aria-describedby', HINT_ID);
    const mark = () => markTarget(root);
    mark();

    const need = () => void loadCite().then(setCite);
    const inTools = (n: EventTarget | null) => n instanceof Node && host.contains(n);
    const onPointerDown = (e: PointerEvent) => (state.current.pointer = e.pointerType);
    const onOver = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' || state.current.citeOpen || inTools(e.target)) return;
      const p = passageOf(e.target as Node);
      if (p && p !== state.current.active) {
        need();
        setActive(p);
      }
    };
    const onLeave = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && !state.current.citeOpen && !root.contains(document.activeElement)) setActive(null);
    };
    const onFocusIn = (e: FocusEvent) => {
      if (inTools(e.target)) return;
      const p = passageOf(e.target as Node);
      rove(root, p);
      if (p && (e.target as Element).matches(LINK)) {
        if (p !== state.current.active) setCiteOpen(false);
        need();
        setActive(p);
      }
    };
    const onFocusOut = (e: FocusEvent) => {
      const next = e.relatedTarget as Node | null;
      if (next && !inTools(next) && !state.current.active?.contains(next)) {
        setCiteOpen(false);
        setActive(null);
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        if (state.current.citeOpen || inTools(e.target)) {
          setCiteOpen(false);
          state.current.active?.querySelector<HTMLElement>(LINK)?.focus();
        } else setActive(null);
        return;
      }
      movePassageFocus(root, e);
    };
    // Touch has no hover: a tap on a paragraph's text (not a link, not a selection) shows or hides its tools.
    const onClick = (e: MouseEvent) => {
      const t = e.target as Element;
      if (state.current.pointer === 'mouse' || inTools(t) || t.closest('a,button,summary')) return;
      if (!window.getSelection()?.isCollapsed) return;
      const p = passageOf(t);
      need();
      setCiteOpen(false);
      setActive((a) => (a === p ? null : p));
    };
    const onDocClick = (e: MouseEvent) => {
      const a = (e.target as Element).closest?.('a[href*="#"]');
      if (a instanceof HTMLAnchorElement && a.pathname === window.location.pathname) window.setTimeout(mark, 0);
    };

    // One signal removes every listener when the host goes.
    const listeners = new AbortController();
    const on = { signal: listeners.signal };
    root.addEventListener('pointerdown', onPointerDown, on);
    root.addEventListener('pointerover', onOver, on);
    root.addEventListener('pointerleave', onLeave, on);
    root.addEventListener('focusin', onFocusIn, on);
    root.addEventListener('focusout', onFocusOut, on);
    root.addEventListener('click', onClick, on);
    document.addEventListener('keydown', onKey, on);
    document.addEventListener('click', onDocClick, on);
    window.addEventListener('hashchange', mark, on);
    return () => listeners.abort();
  }, [host]);

  // The host moves to just after the passage it serves: that is where it sits in the tab order.
  useLayoutEffect(() => {
    if (!host) return;
    for (const el of document.querySelectorAll(`[${PASSAGE_ATTR.active}]`)) el.removeAttribute(PASSAGE_ATTR.active);
    if (active) {
      active.setAttribute(PASSAGE_ATTR.active, '');
      active.after(host);
      host.style.setProperty('--tools-top', `${active.offsetTop}px`);
    } else host.remove();
  }, [active, host]);

  return (
    <>
      <p id={LIVE_REGION_ID} aria-live="polite" className="sr-only" />
      <p id={HINT_ID} hidden>
        {strings.rovingHint}
      </p>
      {host && active && createPortal(panel(active), host)}
      <QuoteBar source={source} labels={labels} strings={strings} />
    </>
  );

  // A render helper, not a component: a component declared in here would remount (and drop focus) on every render.
  function panel(passage: HTMLElement) {
    const s = citedPassage(source, labels, passage);
    const panelId = `cite-panel-${passage.id}`;
    const { flash, copy } = copier;
    return (
      <>
        <div role="group" aria-label={strings.tools} className="passage-tools" data-passage-tools>
          <button type="button" onClick={() => copy(() => s.url, strings.linkCopied, 'link')} data-copy-link>
            {flash === 'link' ? strings.copied : strings.copyLink}
          </button>
          <button type="button" aria-expanded={citeOpen} aria-controls={panelId} onClick={() => setCiteOpen((o) => !o)} data-cite-passage>
            {strings.cite}
          </button>
          {otherLanguage && (
            <a
              href={`${otherLanguage.path}#${passage.id}`}
              hrefLang={otherLanguage.hrefLang}
              lang={otherLanguage.hrefLang}
              data-passage-language
            >
              {otherLanguage.text}
            </a>
          )}
        </div>
        {citeOpen && cite && (
          <CitePanel
            id={panelId}
            passage={passage}
            source={s}
            cite={cite}
            strings={strings}
            copier={copier}
            onClose={() => setCiteOpen(false)}
          />
        )}
      </>
    );
  }
}
