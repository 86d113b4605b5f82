'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useBrowserSupports } from '@/lib/dom/supports';
import { STAGE, STAGE_ATTR } from './stage-keys';

/** The stage needs nothing beyond running in a browser: false on the server and while hydrating. */
const inBrowser = () => true;

export type StageScene = { id: string; title: string; thumb: ReactNode };

/**
 * The before/after pairs as one stage on wide screens. Without JavaScript, and on phones and tablets, every pair
 * stays in the list below, one after another (BeforeAfter.tsx). Once this leaf runs it adds a row of scene
 * buttons (toggle buttons, `aria-pressed`; Tab reaches them, Enter or Space picks one, ← and → move along the row)
 * and marks the list `data-stage`: from 1024 px (app/styles/figures.css) only the chosen pair is shown, large, instead
 * of three near-identical sliders stacked two thousand pixels deep. Each pair keeps its own slider.
 */
export function CompareStage({ label, scenes, children }: { label: string; scenes: StageScene[]; children: ReactNode }) {
  const mounted = useBrowserSupports(inBrowser);
  const [current, setCurrent] = useState(scenes[0]?.id);
  const root = useRef<HTMLDivElement>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    const el = root.current;
    if (!el || !mounted) return;
    el.setAttribute(STAGE_ATTR.stage, '');
    for (const item of el.querySelectorAll<HTMLElement>(STAGE.scene))
      item.toggleAttribute(STAGE_ATTR.onStage, item.getAttribute(STAGE_ATTR.scene) === current);
    return () => {
      el.removeAttribute(STAGE_ATTR.stage);
    };
  }, [mounted, current]);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (i + step + scenes.length) % scenes.length;
    setCurrent(scenes[next]!.id);
    buttons.current[next]?.focus();
  };
  return (
    <div ref={root}>
      {mounted && (
        <div
          role="group"
          aria-label={label}
          className="mx-auto mb-6 hidden max-w-[60rem] grid-cols-3 gap-3 lg:grid"
          {...{ [STAGE_ATTR.choices]: '' }}
        >
          {scenes.map((s, i) => (
            <button
              key={s.id}
              ref={(b) => {
                buttons.current[i] = b;
              }}
              type="button"
              aria-pressed={s.id === current}
              onClick={() => setCurrent(s.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
              className="group/choice flex items-center gap-3 rounded-md border border-rule bg-paper p-2 text-left text-sm leading-snug font-semibold text-ink transition-colors hover:border-accent aria-pressed:border-accent aria-pressed:bg-paper-2 aria-pressed:shadow-[inset_0_0_0_1px_var(--accent)]"
              {...{ [STAGE_ATTR.choice]: s.id }}
            >
              <span className="block w-24 flex-none overflow-hidden rounded-sm">{s.thumb}</span>
              <span className="min-w-0">{s.title}</span>
            </button>
          ))}
        </div>
      )}
      {children}
    </div>
  );
}
