'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';

/**
 * Link to the same page in the other language. The server-rendered href works without JavaScript; with it, the
 * click also carries the passage the reader is at (the URL's #id, or the first passage on screen), since
 * passage ids are the same in both locales, and remembers the choice for `/`.
 */
export function LanguageSwitch({ target, hrefLang, label, text }: { target: string; hrefLang: string; label: string; text: string }) {
  const pathname = usePathname() ?? '/';
  const href = pathname.replace(/^\/(zh|en)(?=\/|$)/, `/${target}`);
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    let hash = window.location.hash;
    if (!hash) {
      const onScreen = [...document.querySelectorAll<HTMLElement>('[data-passage]')].find((el) => el.getBoundingClientRect().bottom > 80);
      if (onScreen && window.scrollY > 200) hash = `#${onScreen.id}`;
    }
    event.currentTarget.href = href + window.location.search + hash;
    document.cookie = `NEXT_LOCALE=${target}; path=/; max-age=31536000; samesite=lax`;
  }
  return (
    <a
      href={href}
      hrefLang={hrefLang}
      lang={hrefLang}
      aria-label={label}
      onClick={onClick}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-rule px-4 text-sm font-medium hover:border-accent"
      data-testid="language-switch"
    >
      {text}
    </a>
  );
}
