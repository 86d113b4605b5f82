import type { Photo } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';

/**
 * The manifest caption ends with its kind, "(illustration)" / "（示意图）", and the credit starts with it
 * ("Illustration: …" / "插图：…"). Printed one after the other that read "(illustration) Illustration: …", so the
 * caption line drops the trailing marker whenever the credit line, set right under it, says the same.
 */
export function captionLine(photo: Photo, locale: Locale): string {
  const caption = photo.caption[locale];
  const credit = photo.credit?.[locale] ?? '';
  const marker = locale === 'zh' ? /[（(]示意图[)）]\s*$/u : /\s*\(illustration\)\s*$/iu;
  const creditSays = locale === 'zh' ? /^(插图|示意图)/u : /^illustration/iu;
  return photo.kind === 'illustration' && creditSays.test(credit) ? caption.replace(marker, '') : caption;
}

/** Caption, then the credit on its own quieter line (it may wrap: a long credit must not push the page wide). */
export function PhotoCaption({
  photo,
  locale,
  className = '',
  as: Tag = 'figcaption',
}: {
  photo: Photo;
  locale: Locale;
  className?: string;
  /** `p` where the caption sits under a picture that is not wrapped in a figure (the hero). */
  as?: 'figcaption' | 'p';
}) {
  return (
    <Tag className={`text-sm leading-relaxed text-muted ${className}`}>
      <span className="text-ink/85">{captionLine(photo, locale)}</span>
      {photo.credit && <span className="block text-xs tracking-wide">{photo.credit[locale]}</span>}
    </Tag>
  );
}
