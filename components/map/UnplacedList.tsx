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
  className = '',
}: {
  id: string;
  title: string;
  mark: string;
  /** `known`: what is known of the place, already set in brackets for the page's language. */
  places: { id: string; name: string; known?: string | null }[];
  className?: string;
}) {
  return (
    <div
      role="group"
      aria-labelledby={id}
      className={`rounded-md border border-dashed border-muted/60 px-3 py-2.5 text-sm ${className}`}
      {...{ [MAP_ATTR.unplaced]: '' }}
    >
      <p id={id} className="font-semibold text-ink">
        {title}
      </p>
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
    </div>
  );
}
