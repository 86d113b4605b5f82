import { getTranslations } from 'next-intl/server';
import { getMap } from '@/lib/content';
import { parenthetical } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import { unplacedSites } from '@/lib/map';
import { mapViews } from '@/lib/map/drawing';
import { MapDialog } from './MapDialog.client';

/** The enlarged-map view for a page that shows the locator map (LocatorMap), outside its static part. */
export async function LocatorMapDialog({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'story.map' });
  const { places, base } = await getMap();
  const views = mapViews(base);
  return (
    <MapDialog
      labels={{ close: t('close'), hint: t('dialogHint'), unplacedTitle: t('unplacedTitle'), unplacedMark: t('unplacedMark') }}
      views={{ region: [views.region.width, views.region.height], overview: [views.overview.width, views.overview.height] }}
      unplaced={unplacedSites(places.sites).map((p) => ({
        id: p.id,
        name: p.name[locale],
        known: p.known && parenthetical(p.known[locale], locale),
      }))}
    />
  );
}
