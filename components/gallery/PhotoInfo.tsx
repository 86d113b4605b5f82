import { getTranslations } from 'next-intl/server';
import type { Photo } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { CaptionText } from '@/components/text/CaptionText';

/**
 * A photo's `<figcaption>`: caption (as the page's h1 or the dialog's label), then credit, place and licence,
 * the things a journalist needs to reuse it. Shared by the photo page and the modal so they never disagree.
 */
export async function PhotoInfo({
  photo,
  locale,
  heading,
  captionId,
  kicker,
  className = '',
}: {
  photo: Photo;
  locale: Locale;
  heading: 'h1' | 'h2';
  captionId?: string;
  kicker?: string;
  className?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'gallery' });
  const Heading = heading;
  const rows: { label: string; value: React.ReactNode }[] = [
    { label: t('credit'), value: photo.credit?.[locale] },
    { label: t('place'), value: photo.place[locale] },
    {
      label: t('license'),
      value: photo.licenseUrl ? (
        <a href={photo.licenseUrl} rel="license" className="link" lang="en">
          {photo.license}
        </a>
      ) : (
        photo.license
      ),
    },
  ];
  return (
    <figcaption className={className}>
      {kicker && <p className="mb-3 text-sm font-semibold tracking-widest text-ochre uppercase">{kicker}</p>}
      <Heading
        id={captionId}
        className={
          heading === 'h1'
            ? 'font-serif text-[1.625rem] leading-snug font-bold text-balance sm:text-[2rem]'
            : 'font-serif text-lg leading-snug font-bold text-balance sm:text-xl'
        }
      >
        <CaptionText text={photo.caption[locale]} />
      </Heading>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm leading-relaxed">
        {rows
          .filter((r) => r.value)
          .map((r) => (
            <div key={r.label} className="contents">
              <dt className="text-muted">{r.label}</dt>
              <dd>{r.value}</dd>
            </div>
          ))}
      </dl>
    </figcaption>
  );
}
