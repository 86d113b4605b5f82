'use client';

import { useEffect } from 'react';

/**
 * Marks the contents link of the section being read (`aria-current="location"`): the last heading that has
 * passed the top fifth of the screen. One passive scroll listener, read once per frame; renders nothing.
 */
export function TocSpy() {
  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
    const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight / 5;
      let current = -1;
      targets.forEach((el, i) => {
        if (el && el.getBoundingClientRect().top <= line) current = i;
      });
      links.forEach((a, i) => (i === current ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
    };
    const onScroll = () => {
      if (!frame) frame = window.requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
