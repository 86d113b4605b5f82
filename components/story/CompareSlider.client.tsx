'use client';

import { useEffect, useRef, useState } from 'react';
import { useBrowserSupports } from '@/lib/dom/supports';
import { COMPARE, COMPARE_ATTR, COMPARE_VAR } from './compare-keys';

/** The divider's place (0–100) under a pointer at clientX over the pictures' box. */
export function positionAt(clientX: number, box: { left: number; width: number }): number {
  if (box.width <= 0) return 50;
  return Math.round(Math.min(100, Math.max(0, ((clientX - box.left) / box.width) * 100)));
}

/**
 * The before/after slider. Without JavaScript the pair is two labelled pictures side by side (BeforeAfter.tsx);
 * once this leaf runs it marks its figure `data-enhanced`, which stacks the two pictures, and shows a native
 * range input (arrow keys, Home/End, touch and mouse all work, and it is announced as a slider) that moves
 * the edge of the "after" picture through a CSS variable. Dragging on the pictures themselves moves the same
 * divider (pointer events, captured so the drag may leave the picture; `touch-action: pan-y` leaves vertical
 * swipes to the page's scroll), and the range input follows, so both always show one position. The attributes and
 * the variable are owned by compare-keys.ts.
 */
export function CompareSlider({ label }: { label: string }) {
  const mounted = useBrowserSupports(() => true);
  const [pos, setPos] = useState(50);
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const figure = ref.current?.closest<HTMLElement>(COMPARE.figure);
    if (!figure || !mounted) return;
    figure.setAttribute(COMPARE_ATTR.enhanced, '');
    figure.style.setProperty(COMPARE_VAR, `${pos}%`);
    // A tag the divider has passed would sit over the other picture and name it wrongly: it fades out instead.
    const pictures = figure.querySelector<HTMLElement>(COMPARE.pictures);
    if (!pictures) return;
    const box = pictures.getBoundingClientRect();
    const divider = box.left + (box.width * pos) / 100;
    for (const tag of pictures.querySelectorAll<HTMLElement>(COMPARE.overTags)) {
      const r = tag.getBoundingClientRect();
      const crossed = tag.getAttribute(COMPARE_ATTR.tag) === 'after' ? divider > r.left - 4 : divider < r.right + 4;
      tag.style.opacity = crossed ? '0' : '';
    }
  }, [mounted, pos]);
  useEffect(() => {
    const pictures = ref.current?.closest(COMPARE.figure)?.querySelector<HTMLElement>(COMPARE.pictures);
    if (!pictures || !mounted) return;
    let dragging: number | undefined;
    const move = (e: PointerEvent) => setPos(positionAt(e.clientX, pictures.getBoundingClientRect()));
    const down = (e: PointerEvent) => {
      if (e.button !== 0) return;
      dragging = e.pointerId;
      pictures.setPointerCapture(e.pointerId);
      move(e);
    };
    const drag = (e: PointerEvent) => {
      if (e.pointerId === dragging) move(e);
    };
    const up = (e: PointerEvent) => {
      if (e.pointerId === dragging) dragging = undefined;
    };
    // A drag on a picture must not start the browser's image drag (it would swallow the pointer events).
    const noDrag = (e: Event) => e.preventDefault();
    pictures.addEventListener('pointerdown', down);
    pictures.addEventListener('pointermove', drag);
    pictures.addEventListener('pointerup', up);
    pictures.addEventListener('pointercancel', up);
    pictures.addEventListener('dragstart', noDrag);
    return () => {
      pictures.removeEventListener('pointerdown', down);
      pictures.removeEventListener('pointermove', drag);
      pictures.removeEventListener('pointerup', up);
      pictures.removeEventListener('pointercancel', up);
      pictures.removeEventListener('dragstart', noDrag);
    };
  }, [mounted]);
  return (
    <span ref={ref} className="contents">
      {mounted && (
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          value={pos}
          aria-label={label}
          aria-valuetext={`${pos}%`}
          onChange={(e) => setPos(Number(e.target.value))}
          className="mt-3 block h-6 w-full cursor-ew-resize accent-accent"
        />
      )}
    </span>
  );
}
