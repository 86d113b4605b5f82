import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PhotoDialog } from '@/components/gallery/PhotoDialog.client';
import { listPhotos } from '@/lib/content';
import { galleryOrder } from '@/lib/gallery';
import { isLocale } from '@/lib/i18n/routing';

/**
 * The dialog shell lives in this layout, not in the page, so moving to a neighbour (a new [photo] page) keeps
 * the same open `<dialog>` and the element that opened it, and only the photo inside changes.
 */
export default async function ModalLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
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
