'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

const noop = () => () => {};

/**
 * The before/after slider. Without JavaScript the pair is two labelled pictures side by side (BeforeAfter.tsx);
 * once this leaf runs it marks its figure `data-enhanced`, which stacks the two pictures, and shows a native
 * range input (arrow keys, Home/End, touch and mouse all work, and it is announced as a slider) that moves
 * the edge of the "after" picture through a CSS variable.
 */
export function CompareSlider({ label }: { label: string }) {
  const mounted = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [pos, setPos] = useState(50);
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const figure = ref.current?.closest<HTMLElement>('[data-compare]');
    if (!figure || !mounted) return;
    figure.dataset.enhanced = '';
    figure.style.setProperty('--compare', `${pos}%`);
  }, [mounted, pos]);
  return (
    <span ref={ref} className="contents">
      {mounted && (
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          value={pos}
          aria-label={label}
          aria-valuetext={`${pos}%`}
          onChange={(e) => setPos(Number(e.target.value))}
          className="mt-3 block h-6 w-full cursor-ew-resize accent-accent"
        />
      )}
    </span>
  );
}
