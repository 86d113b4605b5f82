'use client';

import { useEffect, useRef, useState } from 'react';
import type { SearchIndex } from '@/lib/search';
import { ResultCount, SearchResults, type ResultItem, type SearchLabels, type Suggestions } from './SearchResults';
import type { Locale } from '@/lib/i18n/routing';

type Engine = { index: SearchIndex; run: (q: string) => { query: string; results: ResultItem[] } };

/**
 * The search form, its live result count and the results. Without JavaScript it is a plain GET form and the
 * server renders the results. With it, typing searches in the browser: the first keystroke loads lib/search
 * (its own chunk) and the prebuilt index, later ones answer at once, and the URL follows the query.
 */
export function SearchLive(props: {
  locale: Locale;
  action: string;
  indexUrl: string;
  initialQuery: string;
  initialResults: ResultItem[];
  limit: number;
  labels: SearchLabels & { label: string; placeholder: string; submit: string; loadFailed: string };
  suggestions: Suggestions;
  /** Shown under the form, e.g. that an over-long query was cut. */
  notice?: string;
}) {
  const { labels } = props;
  const [query, setQuery] = useState(props.initialQuery);
  const [state, setState] = useState({ query: props.initialQuery, results: props.initialResults });
  const [failed, setFailed] = useState(false);
  const engine = useRef<Promise<Engine> | null>(null);
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  // On a slow connection the reader may type before the scripts arrive (they load after the page). React keeps
  // the rendered value in its state, not what is in the box, so pick the box's text up once, on hydration, and
  // search for it as if it had just been typed.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed !== props.initialQuery) setQuery(typed);
    // Once, on mount: later keystrokes arrive through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function load(): Promise<Engine> {
    engine.current ??= Promise.all([
      import('@/lib/search'),
      fetch(props.indexUrl).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status))))),
      import('@/lib/search/collapse'),
    ]).then(([lib, json, { collapseSections }]) => {
      const index = lib.loadIndex(json);
      return {
        index,
        run: (q: string) => ({ query: lib.normalizeQuery(q), results: collapseSections(lib.search(index, q, { limit: props.limit })) }),
      };
    });
    engine.current.catch(() => {
      engine.current = null;
      setFailed(true);
    });
    return engine.current;
  }

  async function update(raw: string) {
    const ticket = ++latest.current;
    try {
      const { run } = await load();
      if (ticket !== latest.current) return; // a newer keystroke already answered
      const next = run(raw);
      setState(next);
      setFailed(false);
      // Keep the address shareable and the back button sane: replace, never push, on each keystroke.
      const url = next.query ? `${props.action}?q=${encodeURIComponent(next.query)}` : props.action;
      window.history.replaceState(window.history.state, '', url);
    } catch {
      /* failed is set in load(); the form still submits normally */
    }
  }

  // Typing: search after a short pause so fast typists do not search for every letter.
  useEffect(() => {
    if (query === state.query) return;
    const timer = setTimeout(() => void update(query), 120);
    return () => clearTimeout(timer);
    // Only a change of the typed query starts a search: `update` and `state` change with every answer, and would
    // search again for the query just answered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  return (
    <>
      <form
        role="search"
        action={props.action}
        method="get"
        aria-label={labels.label}
        className="mt-8"
        onSubmit={(e) => {
          if (failed) return; // let the browser do a normal GET
          e.preventDefault();
          void update(query);
        }}
      >
        <label htmlFor="search-q" className="sr-only">
          {labels.label}
        </label>
        <div className="flex items-stretch gap-2 border-b-2 border-ink transition-colors focus-within:border-accent">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="my-auto size-6 shrink-0 text-muted"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" strokeLinecap="round" />
          </svg>
          <input
            ref={input}
            id="search-q"
            name="q"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onFocus={() => void load().catch(() => {})}
            placeholder={labels.placeholder}
            maxLength={200}
            autoComplete="off"
            enterKeyHint="search"
            spellCheck={false}
            className="min-h-14 w-full min-w-0 bg-transparent py-3 font-serif text-2xl placeholder:text-muted/70 focus-visible:outline-offset-4 sm:text-3xl"
          />
          <button type="submit" className="my-2 shrink-0 rounded-md bg-accent px-4 font-semibold text-accent-ink sm:px-6">
            {labels.submit}
          </button>
        </div>
      </form>
      {props.notice && state.query === props.initialQuery && (
        <p className="mt-3 border-l-2 border-ochre pl-3 text-sm text-muted" data-testid="truncated">
          {props.notice}
        </p>
      )}
      <p role="status" aria-live="polite" aria-atomic="true" className="mt-6 min-h-7 text-muted" data-testid="result-count">
        {state.query ? <ResultCount labels={labels} count={state.results.length} query={state.query} locale={props.locale} /> : null}
        {failed ? labels.loadFailed : null}
      </p>
      <div className="mt-6">
        <SearchResults locale={props.locale} query={state.query} results={state.results} labels={labels} suggestions={props.suggestions} />
      </div>
    </>
  );
}
