'use client';

import { useEffect } from 'react';
import { SEQ, SEQ_ATTR } from './sequence-keys';

/**
 * Drives the diagrams told in steps (Sequence.tsx): marks each one `data-seq-live`, which lets diagrams.css turn
 * its plain series into a sticky drawing beside the steps (only on wide screens with motion allowed: the CSS
 * decides, so this leaf never has to), and sets its `data-step` to the step crossing the middle of the window.
 * One IntersectionObserver, no scroll listener. Renders nothing; without it the series stays as it is.
 */
export function SequenceSpy() {
  useEffect(() => {
    const figures = [...document.querySelectorAll<HTMLElement>(SEQ.figure)];
    if (!figures.length || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const step = entry.target as HTMLElement;
          const figure = step.closest<HTMLElement>(SEQ.figure);
          const n = step.getAttribute(SEQ_ATTR.step);
          if (figure && n) figure.setAttribute(SEQ_ATTR.current, n);
        }
      },
      // A band across the middle tenth of the window: the step in it is the one being read.
      { rootMargin: '-45% 0px -45% 0px' },
    );
    for (const figure of figures) {
      figure.setAttribute(SEQ_ATTR.live, '');
      for (const step of figure.querySelectorAll(SEQ.step)) observer.observe(step);
    }
    return () => {
      observer.disconnect();
      for (const figure of figures) figure.removeAttribute(SEQ_ATTR.live);
    };
  }, []);
  return null;
}
