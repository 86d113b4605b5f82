'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { GALLERY_LINK } from './gallery-keys';

/**
 * The gallery's thumbnails are plain links in static HTML (GalleryGrid). A plain click on one becomes a client
 * navigation without scrolling, which the intercepting route (app/[locale]/@modal) shows as a dialog over the
 * grid; a click with a modifier key or another button is left to the browser (a new tab or window gets the
 * photo page). Renders nothing; one delegated listener.
 */
export function GalleryLinks() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>(`${GALLERY_LINK}[href]`);
      if (!link || (link.target && link.target !== '_self')) return;
      e.preventDefault();
      router.push(link.getAttribute('href')!, { scroll: false });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [router]);
  return null;
}
