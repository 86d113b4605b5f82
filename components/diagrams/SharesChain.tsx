import type { Say } from './parts';

/**
 * The chain from land to dividends as a flow chart in HTML (it wraps to any width and reads in order without the
 * drawing): the collective company in the middle, and three changes, each "before → after" with how.
 */
export function SharesChain({ say }: { say: Say }) {
  const rows = [
    ['resources', 'assets'],
    ['funds', 'shares'],
    ['farmers', 'holders'],
  ] as const;
  return (
    <div className="text-[0.95rem] leading-snug">
      <p className="rounded-md border-2 border-[var(--dg-pine)] px-4 py-2 text-center">
        <strong className="block">{say('company')}</strong>
        <span className="text-muted">{say('how')}</span>
      </p>
      <ol className="mt-3 space-y-2">
        {rows.map(([from, to]) => (
          <li key={from} className="grid grid-cols-[1fr_auto_1fr] items-stretch gap-2">
            <span className="rounded-md bg-[var(--dg-silt)]/60 px-3 py-2">
              <strong className="block">{say(from)}</strong>
              <span className="text-muted">{say(`${from}Note`)}</span>
            </span>
            <span aria-hidden="true" className="self-center text-xl text-[var(--dg-line)]">
              →
            </span>
            <span className="rounded-md bg-[var(--dg-grass)]/60 px-3 py-2">
              <strong className="block">{say(to)}</strong>
              <span className="text-muted">{say(`${to}Note`)}</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
