'use client';

import { useEffect } from 'react';
import { TERM, TERM_ATTR } from './term-keys';

type Open = { link: HTMLAnchorElement; card: HTMLElement };

const linkOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLAnchorElement>(TERM.link) : null);
const cardOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>(TERM.card) : null);
const GAP = 8;

/**
 * Term cards for the whole page with one set of delegated listeners (not one component per term): the cards
 * are already in the HTML beside each term link (components/mdx/Term.tsx; the attributes: term-keys.ts), this only
 * shows, hides and places them. Mouse: hover opens; the pointer may move onto the card (WCAG 1.4.13). Keyboard: focus opens, Escape
 * or Tab away closes. Touch: the first tap opens the card instead of following the link, a second tap follows
 * it, a tap elsewhere closes it. Without JavaScript the term is a plain link to its glossary page.
 * Position is computed (CSS anchor positioning is not yet safe everywhere): below the link, or above it when
 * there is no room, kept inside the viewport; `position: fixed`, so it is re-placed on scroll and resize.
 */
export function TermCards() {
  useEffect(() => {
    let open: Open | null = null;
    let timer = 0;
    let pointer = '';
    let tappedOpen = false;

    const place = () => {
      if (!open) return;
      const { link, card } = open;
      const rects = link.getClientRects();
      const first = rects[0] ?? link.getBoundingClientRect();
      const last = rects[rects.length - 1] ?? first;
      const vw = document.documentElement.clientWidth;
      const vh = window.innerHeight;
      const { offsetWidth: w, offsetHeight: h } = card;
      const below = last.bottom + GAP;
      const top = below + h > vh - GAP && first.top - GAP - h > GAP ? first.top - GAP - h : below;
      const anchor = top === below ? last : first;
      const left = Math.min(Math.max(GAP, anchor.left), vw - w - GAP);
      card.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    };
    const hide = () => {
      window.clearTimeout(timer);
      if (open) open.card.hidden = true;
      open = null;
    };
    const show = (link: HTMLAnchorElement) => {
      window.clearTimeout(timer);
      if (open?.link === link) return;
      hide();
      const card = document.getElementById(link.getAttribute(TERM_ATTR.link) ?? '');
      if (!card) return;
      card.hidden = false;
      open = { link, card };
      place();
    };
    const within = (t: EventTarget | null) => !!open && (linkOf(t) === open.link || cardOf(t) === open.card);

    const handlers: [string, (e: Event) => void][] = [
      [
        'pointerover',
        (e) => {
          if ((e as PointerEvent).pointerType === 'touch') return;
          const link = linkOf(e.target);
          if (link) show(link);
          else if (within(e.target)) window.clearTimeout(timer);
        },
      ],
      [
        'pointerout',
        (e) => {
          const p = e as PointerEvent;
          if (p.pointerType === 'touch' || !open || !within(p.target) || within(p.relatedTarget)) return;
          if (document.activeElement === open.link) return; // keyboard focus keeps it open
          window.clearTimeout(timer);
          timer = window.setTimeout(hide, 250);
        },
      ],
      [
        'pointerdown',
        (e) => {
          pointer = (e as PointerEvent).pointerType;
          const link = linkOf(e.target);
          tappedOpen = !!link && open?.link === link;
          if (open && !within(e.target)) hide();
        },
      ],
      [
        'click',
        (e) => {
          const link = linkOf(e.target);
          if (!link || pointer !== 'touch' || tappedOpen) return;
          e.preventDefault(); // first tap: show the card; the second follows the link
          show(link);
        },
      ],
      [
        'focusin',
        (e) => {
          const link = linkOf(e.target);
          if (link) show(link);
          else if (open && !within(e.target)) hide();
        },
      ],
      [
        'focusout',
        (e) => {
          const f = e as FocusEvent;
          if (open && linkOf(f.target) === open.link && !within(f.relatedTarget) && pointer !== 'touch') hide();
        },
      ],
      [
        'keydown',
        (e) => {
          if ((e as KeyboardEvent).key === 'Escape' && open) {
            hide();
            e.stopPropagation();
          }
        },
      ],
    ];
    for (const [type, fn] of handlers) document.addEventListener(type, fn);
    const replace = () => place();
    window.addEventListener('scroll', replace, { passive: true, capture: true });
    window.addEventListener('resize', replace, { passive: true });
    return () => {
      hide();
      for (const [type, fn] of handlers) document.removeEventListener(type, fn);
      window.removeEventListener('scroll', replace, { capture: true });
      window.removeEventListener('resize', replace);
    };
  }, []);
  return null;
}
