'use client';

import { useEffect, useRef, useState } from 'react';
import { openModal } from '@/lib/dom/modal';
import { UnplacedList } from './UnplacedList';
import { MAP, MAP_ATTR } from './map-keys';

type Shown = { src: string; title: string; alt: string; opener: HTMLElement };

/**
 * The locator map enlarged over the page: a native `<dialog>` opened with showModal() (the page behind is inert,
 * Escape is a close request). The map itself is server HTML inside a static part (StaticHtml), so this leaf reaches
 * it through one delegated click listener on `a[data-map-enlarge]`; without JavaScript that link simply opens the
 * SVG file. Opening pushes a history entry, so the Back button closes the view and leaves the reader where they
 * were; the close button and Escape go back through the same entry. Focus returns to the link.
 */
export function MapDialog({
  labels,
  views,
  unplaced,
}: {
  labels: { close: string; hint: string; unplacedTitle: string; unplacedMark: string };
  /** The width and height of the file's two views (lib/map/drawing.ts, mapViews), to size their pictures. */
  views: Record<'region' | 'overview', [number, number]>;
  /** The places the map cannot place, listed beside it (LocatorMap's list). */
  unplaced: { id: string; name: string; known?: string | null }[];
}) {
  const [shown, setShown] = useState<Shown | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(MAP.enlargeLink);
      if (!link) return;
      event.preventDefault();
      const figure = link.closest('figure');
      const title = figure?.querySelector(`#${CSS.escape(figure.getAttribute('aria-labelledby') ?? '')}`)?.textContent ?? '';
      const alt = link.querySelector('img')?.getAttribute('alt') ?? '';
      // An entry of our own, so Back closes the view instead of leaving the page; the URL does not change.
      history.pushState({ ...(history.state as object | null), mapDialog: true }, '');
      setShown({ src: link.href, title, alt, opener: link });
    };
    const onPop = () => setShown(null);
    document.addEventListener('click', onClick);
    window.addEventListener('popstate', onPop);
    return () => {
      document.removeEventListener('click', onClick);
      window.removeEventListener('popstate', onPop);
    };
  }, []);

  useEffect(() => {
    const el = dialog.current;
    if (!shown || !el) return;
    const undo = openModal(el, closeButton.current);
    return () => {
      undo();
      if (shown.opener.isConnected) shown.opener.focus({ preventScroll: true });
    };
  }, [shown]);

  // Every way out goes back through the entry pushed on open; popstate then closes the dialog.
  const close = () => {
    if ((history.state as { mapDialog?: boolean } | null)?.mapDialog) history.back();
    else setShown(null);
  };

  if (!shown) return null;
  return (
    <dialog
      ref={dialog}
      aria-labelledby="map-dialog-title"
      className="map-dialog"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      {...{ [MAP_ATTR.dialog]: '' }}
    >
      <div className="map-dialog-bar">
        <p id="map-dialog-title" className="min-w-0 font-serif text-base font-bold text-balance sm:text-lg">
          {shown.title}
        </p>
        <button ref={closeButton} type="button" onClick={close} className="map-dialog-close" aria-label={labels.close}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" />
          </svg>
          <span aria-hidden="true" className="max-sm:hidden">
            {labels.close}
          </span>
        </button>
      </div>
      {/* The scroller: on a phone the drawing is wider than the screen and pans by scrolling; pinch-zoom is left on. */}
      <div className="map-dialog-scroll" tabIndex={0} role="region" aria-label={labels.hint}>
        {/* eslint-disable-next-line @next/next/no-img-element -- the same static SVG the page already loaded */}
        <img
          src={shown.src}
          alt={shown.alt}
          className="map-dialog-img"
          {...{ [MAP_ATTR.dialogImg]: '' }}
          onLoad={(event) => {
            // Wider than the phone: start at the east side, where the banner is; the reader pans west.
            const scroller = event.currentTarget.parentElement!;
            scroller.scrollLeft = scroller.scrollWidth - scroller.clientWidth;
          }}
        />
        {/* From 1024 px (app/styles/figures.css): the regional panel alone, as tall as the window allows, with the overview
            and the places the map cannot place beside it. The same file, shown through its views (#region,
            #overview); each picture gets its view's proportions, which the file's own size would not give it. */}
        <div className="map-dialog-desk">
          {/* eslint-disable-next-line @next/next/no-img-element -- the same static SVG, one of its views */}
          <img
            src={`${shown.src}#region`}
            alt={shown.alt}
            className="map-dialog-region"
            style={{ aspectRatio: `${views.region[0]} / ${views.region[1]}`, ['--map-ratio' as string]: views.region[0] / views.region[1] }}
            {...{ [MAP_ATTR.dialogImg]: '' }}
          />
          <div className="map-dialog-side @container">
            {/* eslint-disable-next-line @next/next/no-img-element -- the same static SVG, its overview */}
            <img
              src={`${shown.src}#overview`}
              alt=""
              className="w-full rounded-md border border-rule"
              style={{ aspectRatio: `${views.overview[0]} / ${views.overview[1]}` }}
            />
            <UnplacedList
              id="map-dialog-unplaced"
              title={labels.unplacedTitle}
              mark={labels.unplacedMark}
              places={unplaced}
              className="mt-4"
            />
          </div>
        </div>
      </div>
    </dialog>
  );
}
