'use client';

import { useEffect } from 'react';
import { TOC } from './toc-keys';

/**
 * Marks the contents links of the section being read (`aria-current="location"`), in the rail and in the phones'
 * drawer: the last heading that has passed the top fifth of the screen. One passive scroll listener, read once
 * per frame. Following a link in the drawer closes it (a popover stays open on a click inside it), and opening the
 * drawer brings the marked entry into its view. Renders nothing.
 */
export function TocSpy() {
  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>(TOC.links)];
    const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
    const targets = ids.map((id) => document.getElementById(id));
    const drawer = document.querySelector<HTMLElement>(TOC.drawer);
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight / 5;
      let current: string | undefined;
      targets.forEach((el, i) => {
        if (el && el.getBoundingClientRect().top <= line) current = ids[i];
      });
      for (const a of links) {
        if (current !== undefined && decodeURIComponent(a.hash.slice(1)) === current) a.setAttribute('aria-current', 'location');
        else a.removeAttribute('aria-current');
      }
    };
    const onScroll = () => {
      if (!frame) frame = window.requestAnimationFrame(update);
    };
    const onClick = (e: MouseEvent) => {
      if ((e.target as Element).closest('a[href^="#"]') && drawer?.matches(':popover-open')) drawer.hidePopover();
    };
    const onToggle = (e: Event) => {
      if ((e as ToggleEvent).newState === 'open') drawer?.querySelector('[aria-current]')?.scrollIntoView({ block: 'nearest' });
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    drawer?.addEventListener('click', onClick);
    drawer?.addEventListener('toggle', onToggle);
    return () => {
      window.removeEventListener('scroll', onScroll);
      drawer?.removeEventListener('click', onClick);
      drawer?.removeEventListener('toggle', onToggle);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
