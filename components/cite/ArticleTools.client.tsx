'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CiteSource } from '@/lib/cite';
import { onThisOrigin } from '@/lib/share';
import { LIVE_REGION_ID, announce, copyText, loadCite, today, type CiteModule } from './clipboard';

export interface ToolStrings {
  tools: string;
  rovingHint: string;
  copyLink: string;
  linkCopied: string;
  cite: string;
  citePassage: string;
  close: string;
  copy: string;
  copied: string;
  citationCopied: string;
  copyFailed: string;
  copyPassageQuote: string;
  quoteCopied: string;
  download: string;
  quoteTools: string;
  copyQuote: string;
  copyTextLink: string;
  textLinkCopied: string;
}

interface Selected {
  text: string;
  passage: HTMLElement;
  end: HTMLElement;
  x: number;
  top: number;
  bottom: number;
  /** Touch: the bar goes below the selection, clear of the system's own selection menu above it. */
  below: boolean;
}

const PASSAGE = '[data-passage]';
const LINK = '[data-passage-link]';
const HINT_ID = 'passage-hint';

function hashId(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1)).split(':~:')[0] ?? '';
  } catch {
    return '';
  }
}

function passageOf(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : (node?.parentElement ?? null);
  return el?.closest<HTMLElement>(PASSAGE) ?? null;
}

/**
 * All the article's passage and quotation tools in one small leaf, driven by one delegated listener per event
 * type on the article body (no per-passage React state or handlers; the passages stay server HTML).
 *
 * Keyboard design: each passage ends with a server-rendered link to itself (a plain anchor that works and can be
 * copied without JavaScript). With JavaScript they form one roving tab stop: only the link of the passage the
 * reader is in (by focus, by URL hash, else the first) is in the tab order, and ↑/↓/Home/End move between
 * passages, so the article adds one tab stop instead of about seventy. Focusing a link shows that passage's tools
 * (copy link, cite) right after it in the DOM, so Tab reaches them next. Mouse readers get the same on hover, touch
 * readers by tapping a paragraph. Quoting a selection is a mouse/touch nicety; its keyboard route is the passage's
 * “Cite” panel (“copy passage as a quote”), and with caret browsing Tab still reaches the quote bar, which sits in
 * the DOM right after the passage where the selection ends.
 */
export function ArticleTools({ source, labels, strings }: { source: CiteSource; labels: Record<string, string>; strings: ToolStrings }) {
  const [active, setActive] = useState<HTMLElement | null>(null);
  const [citeOpen, setCiteOpen] = useState(false);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [flash, setFlash] = useState('');
  const [hosts, setHosts] = useState<{ tools: HTMLDivElement; quote: HTMLDivElement } | null>(null);
  const [cite, setCite] = useState<CiteModule | null>(null);
  const state = useRef({ active: null as HTMLElement | null, citeOpen: false, pointer: 'mouse' });
  useLayoutEffect(() => {
    state.current.active = active;
    state.current.citeOpen = citeOpen;
  }, [active, citeOpen]);

  const cited = (passage: HTMLElement): CiteSource => ({
    ...source,
    url: onThisOrigin(`${source.url}#${passage.id}`),
    passageLabel: labels[passage.id],
    accessed: today(),
  });

  /** `make` may need the formatters; they are normally loaded by then (see `need`). */
  async function copy(make: (c: CiteModule) => string, done: string, key: string) {
    const ok = await copyText(make(await loadCite()));
    announce(ok ? done : strings.copyFailed);
    setFlash(ok ? key : '');
    if (ok) window.setTimeout(() => setFlash((f) => (f === key ? '' : f)), 2000);
  }

  useEffect(() => {
    const host = (className: string) => Object.assign(document.createElement('div'), { className });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- portal hosts exist only in the browser
    setHosts({ tools: host('passage-tools-host'), quote: host('quote-host') });
  }, []);

  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-article-body]');
    if (!root || !hosts) return;
    const links = () => [...root.querySelectorAll<HTMLAnchorElement>(LINK)];
    const rove = (passage: Element | null) => {
      for (const a of links()) a.tabIndex = a.closest(PASSAGE) === passage ? 0 : -1;
    };
    for (const a of links()) a.setAttribute('aria-describedby', HINT_ID);

    // :target does not follow history.pushState (client-side navigation), so the highlight is mirrored here.
    const mark = () => {
      for (const el of root.querySelectorAll('[data-targeted]')) el.removeAttribute('data-targeted');
      const id = hashId();
      const target = id ? document.getElementById(id) : null;
      if (target?.matches(PASSAGE)) target.setAttribute('data-targeted', '');
      if (id === 'cite') document.querySelector<HTMLDetailsElement>('[data-cite-box]')?.setAttribute('open', '');
      rove(target?.matches(PASSAGE) ? target : root.querySelector(PASSAGE));
    };
    mark();

    const need = () => void loadCite().then(setCite);
    const inTools = (n: EventTarget | null) => n instanceof Node && (hosts.tools.contains(n) || hosts.quote.contains(n));
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
      rove(p);
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
      const t = e.target as Element;
      if (e.key === 'Escape') {
        setSelected(null);
        if (state.current.citeOpen || inTools(t)) {
          setCiteOpen(false);
          state.current.active?.querySelector<HTMLElement>(LINK)?.focus();
        } else setActive(null);
        return;
      }
      if (!t.matches?.(LINK)) return;
      const all = links();
      const i = all.indexOf(t as HTMLAnchorElement);
      const j = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[e.key];
      const next = j === undefined ? undefined : all[j];
      if (next) {
        e.preventDefault();
        next.focus();
      }
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

    let frame = 0;
    const readSelection = () => {
      frame = 0;
      const sel = window.getSelection();
      const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
      const text = sel?.toString().replace(/\s+/g, ' ').trim() ?? '';
      if (!range || !text || !root.contains(range.commonAncestorContainer) || inTools(range.commonAncestorContainer)) {
        setSelected(null);
        return;
      }
      const passage = passageOf(range.startContainer);
      if (!passage) return setSelected(null);
      need();
      const r = range.getBoundingClientRect();
      const box = root.getBoundingClientRect();
      const half = Math.min(150, box.width / 2);
      const x = Math.min(Math.max(r.left + r.width / 2 - box.left, half), box.width - half);
      setSelected({
        text,
        passage,
        end: passageOf(range.endContainer) ?? passage,
        x,
        top: r.top - box.top,
        bottom: r.bottom - box.top,
        below: state.current.pointer !== 'mouse',
      });
    };
    const onSelection = () => {
      if (!frame) frame = window.requestAnimationFrame(readSelection);
    };

    root.addEventListener('pointerdown', onPointerDown);
    root.addEventListener('pointerover', onOver);
    root.addEventListener('pointerleave', onLeave);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    root.addEventListener('click', onClick);
    root.addEventListener('mouseup', onSelection);
    document.addEventListener('keydown', onKey);
    document.addEventListener('selectionchange', onSelection);
    document.addEventListener('click', onDocClick);
    window.addEventListener('hashchange', mark);
    return () => {
      root.removeEventListener('pointerdown', onPointerDown);
      root.removeEventListener('pointerover', onOver);
      root.removeEventListener('pointerleave', onLeave);
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      root.removeEventListener('click', onClick);
      root.removeEventListener('mouseup', onSelection);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('selectionchange', onSelection);
      document.removeEventListener('click', onDocClick);
      window.removeEventListener('hashchange', mark);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [hosts]);

  // The hosts move to just after the passage they serve: that is where they sit in the tab order.
  useLayoutEffect(() => {
    if (!hosts) return;
    for (const el of document.querySelectorAll('[data-active]')) el.removeAttribute('data-active');
    if (active) {
      active.setAttribute('data-active', '');
      active.after(hosts.tools);
      hosts.tools.style.setProperty('--tools-top', `${active.offsetTop}px`);
    } else hosts.tools.remove();
  }, [active, hosts]);
  useLayoutEffect(() => {
    if (!hosts) return;
    if (selected) selected.end.after(hosts.quote);
    else hosts.quote.remove();
  }, [selected, hosts]);

  return (
    <>
      <p id={LIVE_REGION_ID} aria-live="polite" className="sr-only" />
      <p id={HINT_ID} hidden>
        {strings.rovingHint}
      </p>
      {hosts && active && createPortal(panel(), hosts.tools)}
      {hosts &&
        selected &&
        createPortal(
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
              onClick={() => copy((c) => c.quoteWithCitation(selected.text, cited(selected.passage)), strings.quoteCopied, 'quote')}
            >
              {flash === 'quote' ? strings.copied : strings.copyQuote}
            </button>
            <button
              type="button"
              onClick={() =>
                copy(
                  (c) => c.textFragmentUrl(onThisOrigin(source.url), selected.text, selected.passage.id),
                  strings.textLinkCopied,
                  'fragment',
                )
              }
            >
              {flash === 'fragment' ? strings.copied : strings.copyTextLink}
            </button>
          </div>,
          hosts.quote,
        )}
    </>
  );

  // A render helper, not a component: a component declared in here would remount (and drop focus) on every render.
  function panel() {
    if (!active) return null;
    const s = cited(active);
    const panelId = `cite-panel-${active.id}`;
    return (
      <>
        <div role="group" aria-label={strings.tools} className="passage-tools" data-passage-tools>
          <button type="button" onClick={() => copy(() => s.url, strings.linkCopied, 'link')} data-copy-link>
            {flash === 'link' ? strings.copied : strings.copyLink}
          </button>
          <button type="button" aria-expanded={citeOpen} aria-controls={panelId} onClick={() => setCiteOpen((o) => !o)} data-cite-passage>
            {strings.cite}
          </button>
        </div>
        {citeOpen && cite && (
          <section id={panelId} aria-label={strings.citePassage} className="cite-panel" data-cite-panel>
            <ul>
              {cite.formatsFor(s.locale).map((f) => {
                const text = f.fn(s);
                return (
                  <li key={f.id}>
                    <span className="cite-label">{f.label[s.locale]}</span>
                    {f.code ? <pre>{text}</pre> : <p dangerouslySetInnerHTML={{ __html: f.html?.(s) ?? text }} />}
                    <span className="cite-actions">
                      <button
                        type="button"
                        className="cite-btn"
                        onClick={() => copy(() => text, strings.citationCopied, f.id)}
                        data-copy={f.id}
                      >
                        {flash === f.id ? strings.copied : strings.copy}
                      </button>
                      {f.code && (
                        <a
                          className="cite-btn"
                          download={`${active.id}.${f.id === 'bibtex' ? 'bib' : 'ris'}`}
                          href={`data:${f.id === 'bibtex' ? 'application/x-bibtex' : 'application/x-research-info-systems'};charset=utf-8,${encodeURIComponent(text)}`}
                        >
                          {strings.download}
                        </a>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
            <p className="cite-actions">
              <button
                type="button"
                className="cite-btn"
                onClick={() => copy((c) => c.quoteWithCitation(active.textContent ?? '', s), strings.quoteCopied, 'passage-quote')}
                data-copy-passage-quote
              >
                {flash === 'passage-quote' ? strings.copied : strings.copyPassageQuote}
              </button>
              <button type="button" className="cite-btn" onClick={() => setCiteOpen(false)}>
                {strings.close}
              </button>
            </p>
          </section>
        )}
      </>
    );
  }
}
