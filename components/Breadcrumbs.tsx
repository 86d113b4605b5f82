import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import { JsonLd } from './JsonLd';
import { href } from '@/lib/routes';

/**
 * Breadcrumb trail (WAI-ARIA breadcrumb pattern) from the home page to the current page, the last item. `items`
 * are the steps after home, which is added here. With `jsonLd`, the same trail is also written as a BreadcrumbList.
 * Links are ≥ 24 px tall (WCAG 2.5.8).
 */
export async function Breadcrumbs({
  locale,
  items,
  jsonLd = false,
}: {
  locale: Locale;
  items: { href: string; name: string }[];
  jsonLd?: boolean;
}) {
  const tc = await getTranslations({ locale, namespace: 'common' });
  const trail = [{ href: href.home(locale), name: tc('nav.home') }, ...items];
  return (
    <>
      {jsonLd && <JsonLd data={breadcrumbJsonLd(trail)} />}
      <nav aria-label={tc('breadcrumb')} className="text-sm text-muted" data-print="hide">
        <ol className="flex flex-wrap items-center gap-x-2">
          {trail.map((item, i) => {
            const last = i === trail.length - 1;
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
    </>
  );
}
