'use client';

import { usePathname, useRouter } from 'next/navigation';
import { localeOfPath, type Locale } from '@/lib/i18n/routing';
import { useEffect, useRef, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { GALLERY_LINK } from './gallery-keys';
import { darkColours } from '@/lib/design/tokens';
import { href } from '@/lib/routes';
import { openModal } from '@/lib/dom/modal';

/**
 * The dark palette, whatever the reader's scheme: photos read best on near-black. Tailwind's colour utilities
 * read the `--color-*` tokens (resolved once on :root), so those are the ones set here.
 */
const dark = {
  // From the design tokens (lib/design/tokens.ts), which app/globals.css matches; the copy here had drifted.
  ...Object.fromEntries(Object.entries(darkColours).map(([name, value]) => [`--color-${name}`, value])),
  '--accent': darkColours.accent,
  colorScheme: 'dark',
} as CSSProperties;

const button =
  'inline-flex size-11 items-center justify-center rounded-full border border-white/25 text-xl hover:bg-white/10 disabled:opacity-35 disabled:hover:bg-transparent';

/**
 * The modal over the grid (WAI-ARIA dialog pattern on a native `<dialog>` opened with showModal(): the page
 * behind is inert, Escape is a close request). Closing is `router.back()`, so the address bar, the Back button
 * and this close button all agree; neighbours use `router.replace`, so Back still closes. Focus goes to the
 * close button on open, stays inside (Tab wraps), and on close returns to the thumbnail of the photo last shown (the
 * link that opened the dialog, unless the reader moved on with the arrows).
 */
export function PhotoDialog({
  locale,
  ids,
  labels,
  children,
}: {
  locale: Locale;
  ids: string[];
  labels: { close: string; previous: string; next: string; hint: string };
  children: ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const closing = useRef(false);
  const swipe = useRef<{ x: number; y: number } | null>(null);

  // Only while the URL is a photo: after a link inside the dialog leads elsewhere, the slot keeps its old
  // content (parallel routes keep state on client navigation), so the shell hides itself.
  const [, , segment, photoId, rest] = pathname.split('/');
  const id = localeOfPath(pathname) && segment === 'gallery' && rest === undefined ? photoId : undefined;
  const index = id ? ids.indexOf(id) : -1;
  const open = index >= 0;
  const photoAt = (i: number) => href.photo(locale, ids[i]!);
  // The photo on screen, read when the dialog closes: focus returns to its thumbnail (after → or ← that is not the
  // one that opened the dialog), so the reader goes on from where they were looking.
  const shown = useRef<string | undefined>(undefined);

  useEffect(() => {
    const el = dialog.current;
    if (!open || !el) return;
    // The opener: the focused link (keyboard, and mouse in most browsers) or the thumbnail for this URL.
    const active = document.activeElement;
    const opener =
      active instanceof HTMLElement && active !== document.body
        ? active
        : document.querySelector<HTMLElement>(`a[href="${window.location.pathname}"]`);
    closing.current = false;
    const undo = openModal(el, closeButton.current);
    return () => {
      undo();
      if (!closing.current) return;
      const viewed = shown.current ? document.querySelector<HTMLElement>(`${GALLERY_LINK}[href="${shown.current}"]`) : null;
      if (viewed && viewed !== opener) viewed.focus();
      else if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, [open]);

  function close() {
    if (closing.current) return;
    closing.current = true;
    router.back();
  }

  function go(step: -1 | 1) {
    const target = index + step;
    if (index < 0 || target < 0 || target >= ids.length) return;
    router.replace(photoAt(target), { scroll: false });
  }

  useEffect(() => {
    // A new photo replaces the links inside; if focus was on one of them it fell to <body>: keep it in the
    // dialog (focusing the dialog itself also makes screen readers announce the new caption, its label).
    if (index >= 0) shown.current = photoAt(index);
    const el = dialog.current;
    if (el?.open && !el.contains(document.activeElement)) el.focus();
    // Warm the neighbours so the arrow keys feel instant.
    if (index > 0) router.prefetch(photoAt(index - 1));
    if (index >= 0 && index < ids.length - 1) router.prefetch(photoAt(index + 1));
    // Once per photo shown: `router` and `photoAt` are new objects on every render and would prefetch again each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index]);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      go(event.key === 'ArrowLeft' ? -1 : 1);
    } else if (event.key === 'Tab') {
      // showModal() makes the page inert, but Tab can still leave for the browser's own UI: wrap instead.
      const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), summary')];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const onDialog = document.activeElement === event.currentTarget;
      if (event.shiftKey && (onDialog || document.activeElement === first)) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && (onDialog || document.activeElement === last)) {
        event.preventDefault();
        first?.focus();
      }
    }
  }

  function onPointerDown(event: PointerEvent) {
    if (event.pointerType !== 'mouse') swipe.current = { x: event.clientX, y: event.clientY };
  }
  function onPointerUp(event: PointerEvent) {
    const start = swipe.current;
    swipe.current = null;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) > 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) go(dx < 0 ? 1 : -1);
  }

  if (!open) return null;
  return (
    <dialog
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-labelledby="photo-dialog-caption"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClose={close}
      style={dark}
      className="m-0 flex h-dvh max-h-none w-full max-w-none flex-col overflow-hidden bg-paper p-0 text-ink backdrop:bg-black/80 focus:outline-none"
    >
      <div className="flex shrink-0 items-center justify-between gap-3 px-3 py-3 sm:px-5">
        <p className="hidden text-sm text-muted sm:block" aria-hidden="true">
          {labels.hint}
        </p>
        <div className="ml-auto flex items-center gap-2">
          <button type="button" aria-label={labels.previous} disabled={index <= 0} onClick={() => go(-1)} className={button}>
            <span aria-hidden="true">←</span>
          </button>
          <button type="button" aria-label={labels.next} disabled={index >= ids.length - 1} onClick={() => go(1)} className={button}>
            <span aria-hidden="true">→</span>
          </button>
          <button ref={closeButton} type="button" onClick={close} className={`${button} ml-2 w-auto gap-2 px-4 text-base`}>
            <span aria-hidden="true" className="text-xl leading-none">
              ×
            </span>
            {labels.close}
          </button>
        </div>
      </div>
      <div
        className="flex min-h-0 flex-1 touch-pan-y flex-col"
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (swipe.current = null)}
      >
        {children}
      </div>
    </dialog>
  );
}
