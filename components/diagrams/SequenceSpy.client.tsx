'use client';

import { useEffect } from 'react';
import { stepAt } from '@/lib/diagrams';
import { supportsScrollEnd } from '@/lib/dom/supports';
import { SEQ, SEQ_ATTR } from './sequence-keys';

/**
 * Drives the diagrams told in steps (Sequence.tsx): marks each one `data-seq-live`, which lets diagrams.css turn
 * its plain series into a sticky drawing beside the steps (only on wide screens with motion allowed: the CSS
 * decides, so this leaf never has to), and sets its `data-step` to the step at the middle of the window.
 *
 * An IntersectionObserver on a band across the middle follows a reader who scrolls. It only reports steps that
 * cross the band, so a jump that lands beyond a step (a contents link, End, Find in page, a reload mid-page, a
 * new `location.hash`) would leave the previous step shown: the step is also worked out from the steps' boxes
 * (`stepAt`) when the page is ready, when a scroll ends (`scrollend`; where a browser lacks it, a short pause in
 * `scroll` events), on `hashchange` and on `resize`. Renders nothing; without it the series stays as it is.
 */
export function SequenceSpy() {
  useEffect(() => {
    const figures = [...document.querySelectorAll<HTMLElement>(SEQ.figure)];
    if (!figures.length || typeof IntersectionObserver === 'undefined') return;
    const settle = () => {
      const middle = window.innerHeight / 2;
      for (const figure of figures) {
        const boxes = [...figure.querySelectorAll(SEQ.step)].map((li) => li.getBoundingClientRect());
        if (boxes.length) figure.setAttribute(SEQ_ATTR.current, String(stepAt(boxes, middle)));
      }
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) settle();
      },
      // A band across the middle tenth of the window: the step in it is the one being read.
      { rootMargin: '-45% 0px -45% 0px' },
    );
    for (const figure of figures) {
      figure.setAttribute(SEQ_ATTR.live, '');
      for (const step of figure.querySelectorAll(SEQ.step)) observer.observe(step);
    }
    // `scrollend` where the browser fires it; elsewhere, 120 ms without a `scroll` event.
    const hasScrollEnd = supportsScrollEnd();
    let pause: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(pause);
      pause = setTimeout(settle, 120);
    };
    const scrollEvent = hasScrollEnd ? 'scrollend' : 'scroll';
    const onScrollEvent = hasScrollEnd ? settle : onScroll;
    window.addEventListener(scrollEvent, onScrollEvent, { passive: true });
    window.addEventListener('hashchange', settle);
    window.addEventListener('resize', settle);
    window.addEventListener('load', settle);
    window.addEventListener('pageshow', settle);
    // The layout switches once `data-seq-live` is set: measure after it has been applied.
    const frame = requestAnimationFrame(settle);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(pause);
      window.removeEventListener(scrollEvent, onScrollEvent);
      window.removeEventListener('hashchange', settle);
      window.removeEventListener('resize', settle);
      window.removeEventListener('load', settle);
      window.removeEventListener('pageshow', settle);
      for (const figure of figures) figure.removeAttribute(SEQ_ATTR.live);
    };
  }, []);
  return null;
}
