import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PhotoDialog } from '@/components/gallery/PhotoDialog.client';
import { listPhotos } from '@/lib/content';
import { galleryOrder } from '@/lib/gallery';
import { pageLocale } from '@/lib/i18n/page';

/**
 * The dialog shell lives in this layout, not in the page, so moving to a neighbour (a new [photo] page) keeps
 * the same open `<dialog>` and the element that opened it, and only the photo inside changes.
 */
export default async function ModalLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const [photos, t] = await Promise.all([listPhotos(), getTranslations({ locale, namespace: 'gallery' })]);
  return (
    <PhotoDialog
      locale={locale}
      ids={galleryOrder(photos).map((p) => p.id)}
      labels={{ close: t('close'), previous: t('previous'), next: t('next'), hint: t('keysHint') }}
    >
      {children}
    </PhotoDialog>
  );
}
