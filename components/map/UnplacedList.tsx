import { MAP_ATTR } from './map-keys';

/**
 * The places the articles name that the map cannot place, each marked "location not given": a list under the
 * drawing on the page (LocatorMap) and beside the regional panel in the enlarged view (MapDialog.client.tsx),
 * built from the same places.json as the drawing, so the two cannot disagree. No server imports: both use it.
 */
export function UnplacedList({
  id,
  title,
  mark,
  places,
  collapsed = false,
  className = '',
}: {
  id: string;
  title: string;
  mark: string;
  /** `known`: what is known of the place, already set in brackets for the page's language. */
  places: { id: string; name: string; known?: string | null }[];
  /** Under the map on a page: one line (the title and how many) that opens the list; a native <details>. */
  collapsed?: boolean;
  className?: string;
}) {
  const box = `rounded-md border border-dashed border-muted/60 px-3 py-2.5 text-sm ${className}`;
  if (collapsed)
    return (
      <details className={box} {...{ [MAP_ATTR.unplaced]: '' }}>
        <summary id={id} className="min-h-6 cursor-pointer font-semibold text-ink">
          {title} <span className="font-normal text-muted">({places.length})</span>
        </summary>
        <List places={places} mark={mark} />
      </details>
    );
  return (
    <div role="group" aria-labelledby={id} className={box} {...{ [MAP_ATTR.unplaced]: '' }}>
      <p id={id} className="font-semibold text-ink">
        {title}
      </p>
      <List places={places} mark={mark} />
    </div>
  );
}

function List({ places, mark }: { places: { id: string; name: string; known?: string | null }[]; mark: string }) {
  return (
    <ul className="mt-1.5 grid gap-x-5 gap-y-1 @md:grid-cols-2">
      {places.map((p) => (
        <li key={p.id} className="flex gap-2 leading-snug" data-unplaced={p.id}>
          <span
            aria-hidden="true"
            className="mt-0.5 inline-flex size-4 flex-none items-center justify-center rounded-sm border border-dashed border-muted text-[0.65rem] font-bold text-muted"
          >
            ?
          </span>
          <span>
            <span className="text-ink">{p.name}</span>
            {p.known}
            <span className="ms-[0.35em] whitespace-nowrap text-muted">·&nbsp;{mark}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
