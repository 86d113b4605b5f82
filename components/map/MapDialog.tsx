import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { MapDialog } from './MapDialog.client';

/** The enlarged-map view for a page that shows the locator map (LocatorMap), outside its static part. */
export async function LocatorMapDialog({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'story.map' });
  return <MapDialog labels={{ close: t('close'), hint: t('dialogHint') }} />;
}
