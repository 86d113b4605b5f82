'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { pathInLocale, type Locale } from '@/lib/i18n/routing';
import { PASSAGE } from './cite/passage-keys';
import { HEADER } from './header-keys';

/** Passages (articles, the home lead) and rows of the side-by-side view: the same ids in both languages. */
const PLACES = `${PASSAGE}[id], .parallel-row[id]`;

/**
 * The passage the reader is at: the URL's #id while it is still on screen, else the passage at the top of the
 * screen, the first whose box reaches into the band just under the sticky header by more than a line and a half.
 * The last line of the passage before, left peeking under the header, is what the reader has just read: it does
 * not count (the switch would land one passage early). Nothing at the top of the page.
 */
function placeHash(): string {
  const header = document.querySelector(HEADER.header)?.getBoundingClientRect().bottom ?? 0;
  const below = (el: Element) => {
    const line = parseFloat(getComputedStyle(el).lineHeight) || 28;
    return el.getBoundingClientRect().bottom > header + 1.5 * line;
  };
  const targeted = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  if (targeted && below(targeted) && targeted.getBoundingClientRect().top < window.innerHeight) return window.location.hash;
  if (window.scrollY < 40) return '';
  const first = [...document.querySelectorAll<HTMLElement>(PLACES)].find(below);
  return first ? `#${first.id}` : '';
}

/**
 * Link to the same page in the other language. The server-rendered href works without JavaScript; with it, the
 * click also carries the reader's place (see placeHash) and the search query, and remembers the choice for `/`.
 */
export function LanguageSwitch({
  target,
  hrefLang,
  label,
  text,
  className,
}: {
  target: Locale;
  hrefLang: string;
  label: string;
  text: string;
  className?: string;
}) {
  const href = pathInLocale(usePathname() ?? '/', target);
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    event.currentTarget.href = href + window.location.search + placeHash();
    document.cookie = `NEXT_LOCALE=${target}; path=/; max-age=31536000; samesite=lax`;
  }
  return (
    <a
      href={href}
      hrefLang={hrefLang}
      lang={hrefLang}
      aria-label={label}
      onClick={onClick}
      className={className}
      data-testid="language-switch"
    >
      {text}
    </a>
  );
}
