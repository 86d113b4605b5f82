'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { HEADER } from './header-keys';

/**
 * The header's behaviour, on server markup (renders nothing; the attributes it reaches for are in header-keys.ts):
 * - marks the current page and section in every site navigation (`aria-current`: "page" for the page itself,
 *   "true" for the section it belongs to);
 * - the phone menu, a native <details> disclosure that works without JavaScript: opening it moves focus to its
 *   first link, Escape or a click outside closes it and returns focus to its button.
 */
export function SiteNav() {
  const pathname = usePathname() ?? '';
  useEffect(() => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>(HEADER.navLinks)) {
      const href = a.getAttribute('href')!;
      const current = pathname === href ? 'page' : pathname.startsWith(`${href}/`) ? 'true' : null;
      if (current) a.setAttribute('aria-current', current);
      else a.removeAttribute('aria-current');
    }
  }, [pathname]);

  useEffect(() => {
    const menu = document.querySelector<HTMLDetailsElement>(HEADER.menu);
    if (!menu) return;
    const summary = menu.querySelector('summary');
    const close = (refocus: boolean) => {
      if (!menu.open) return;
      menu.open = false;
      if (refocus) summary?.focus();
    };
    const onToggle = () => {
      if (menu.open) menu.querySelector<HTMLElement>('nav a, input')?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && menu.open) {
        e.preventDefault();
        close(true);
      }
    };
    const onDown = (e: PointerEvent) => {
      if (!menu.contains(e.target as Node)) close(false);
    };
    menu.addEventListener('toggle', onToggle);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      menu.removeEventListener('toggle', onToggle);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, []);
  return null;
}
