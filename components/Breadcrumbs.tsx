/** Breadcrumb trail (WAI-ARIA breadcrumb pattern); the last item is the current page. Links are ≥ 24 px tall (WCAG 2.5.8). */
export function Breadcrumbs({ label, items }: { label: string; items: { href: string; name: string }[] }) {
  return (
    <nav aria-label={label} className="text-sm text-muted" data-print="hide">
      <ol className="flex flex-wrap items-center gap-x-2">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.href} className="flex items-center gap-x-2">
              {last ? (
                <a href={item.href} aria-current="page" className="inline-flex min-h-6 items-center text-ink">
                  {item.name}
                </a>
              ) : (
                <>
                  <a href={item.href} className="inline-flex min-h-6 items-center underline-offset-4 hover:text-ink hover:underline">
                    {item.name}
                  </a>
                  <span aria-hidden="true">/</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
