'use client';

import { useEffect, useRef, useState } from 'react';
import { foldLoose } from '@/lib/glossary/fold';
import { fill, type ClientMessage } from '@/lib/i18n/template';
import type { Locale } from '@/lib/i18n/routing';
import { FILTER, FILTER_ATTR } from './filter-keys';

export interface FilterStrings {
  label: string;
  placeholder: string;
  hint: string;
  submit: string;
  /** "{shown}" and "{total}" are filled in here (lib/i18n/template.ts). */
  shown: ClientMessage;
  /** "{query}" is filled in here. */
  none: ClientMessage;
}

/**
 * The glossary's filter. The form is a plain GET form to the site search (`/{locale}/search?q=…`), which also
 * finds terms, so it works without JavaScript. With JavaScript, typing hides the entries that do not match, at
 * once, by toggling `hidden` on the server-rendered list (each entry's `data-filter` holds its folded Chinese,
 * pinyin, English and aliases), and empty groups with them (the attributes: filter-keys.ts). The list itself never leaves the static HTML.
 */
export function GlossaryFilter({
  locale,
  action,
  list,
  total,
  strings,
}: {
  locale: Locale;
  action: string;
  list: string;
  total: number;
  strings: FilterStrings;
}) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(total);
  const input = useRef<HTMLInputElement>(null);

  function filter(value: string) {
    setQuery(value);
    const q = foldLoose(value);
    const root = document.getElementById(list);
    if (!root) return;
    let count = 0;
    for (const item of root.querySelectorAll<HTMLElement>(FILTER.item)) {
      const match = !q || (item.getAttribute(FILTER_ATTR.item) ?? '').includes(q);
      item.hidden = !match;
      if (match) count++;
    }
    for (const group of root.querySelectorAll<HTMLElement>(FILTER.group)) group.hidden = !group.querySelector(FILTER.shownItem);
    setShown(count);
  }

  // Text typed before the scripts arrived (they load after the page) is in the box but not in React's state:
  // filter for it once, on hydration.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed) filter(typed);
    // Once, on mount: later keystrokes arrive through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const status = query.trim()
    ? shown
      ? fill(locale, strings.shown, { shown, total })
      : fill(locale, strings.none, { query: query.trim() })
    : '';
  return (
    <form action={action} method="get" role="search" className="w-full" data-print="hide">
      <label htmlFor="glossary-filter" className="block text-sm font-semibold">
        {strings.label}
      </label>
      <div className="mt-2 flex gap-2">
        <input
          id="glossary-filter"
          name="q"
          type="search"
          ref={input}
          value={query}
          onChange={(event) => filter(event.target.value)}
          placeholder={strings.placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="glossary-filter-hint"
          className="min-h-11 w-full min-w-0 flex-1 rounded-md border border-rule bg-paper px-3 text-base focus:border-accent"
        />
        <button type="submit" className="min-h-11 shrink-0 rounded-md border border-rule px-4 text-sm font-medium hover:border-accent">
          {strings.submit}
        </button>
      </div>
      <p id="glossary-filter-hint" className="mt-2 text-sm text-muted">
        {strings.hint}
      </p>
      <p role="status" className="mt-1 min-h-6 text-sm font-medium">
        {status}
      </p>
    </form>
  );
}
