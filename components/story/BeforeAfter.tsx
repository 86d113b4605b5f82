import { getTranslations } from 'next-intl/server';
import { getBeforeAfter, type Photo } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { captionLine } from '../photo/PhotoCaption';
import { PhotoImage } from '../photo/PhotoImage';
import { CompareSlider } from './CompareSlider.client';
import { CompareStage } from './CompareStage.client';
import { STAGE_ATTR } from './stage-keys';
import { COMPARE_ATTR } from './compare-keys';

function Half({ photo, locale, label, side }: { photo: Photo; locale: Locale; label: string; side: 'before' | 'after' }) {
  return (
    <div
      className={`relative overflow-hidden rounded-sm group-data-[enhanced]/compare:[grid-area:1/1] ${
        side === 'after' ? 'group-data-[enhanced]/compare:[clip-path:inset(0_0_0_var(--compare,50%))]' : ''
      }`}
    >
      <PhotoImage
        photo={photo}
        locale={locale}
        sizes="(min-width: 1024px) 960px, 100vw"
        className="aspect-[8/5] h-auto w-full object-cover dark:brightness-90"
      />
      <Label text={label} side={side} className="group-data-[enhanced]/compare:hidden" />
    </div>
  );
}

/** A picture's tag, in its own corner. */
function Label({ text, side, className }: { text: string; side: 'before' | 'after'; className: string }) {
  return (
    <span
      className={`pointer-events-none absolute top-2 rounded-sm bg-black/75 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-white transition-opacity duration-150 ${side === 'before' ? 'left-2' : 'right-2'} ${className}`}
      {...{ [COMPARE_ATTR.tag]: side }}
    >
      {text}
    </span>
  );
}

/**
 * Before/after pairs. Without JavaScript: the two pictures side by side, each labelled, and a caption saying
 * what each shows. With it, CompareSlider stacks them and adds a keyboard-operable slider, and from 1024 px
 * CompareStage shows one pair at a time with a row of scene buttons. Both pictures are illustrations (the
 * caption says so and credits the site).
 */
export async function BeforeAfter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'story.compare' });
  const items = await getBeforeAfter();
  // The scene buttons' pictures: the "after" half, small (shown only from 1024 px, once CompareStage runs).
  const scenes = items.map((p) => ({
    id: p.after.id,
    title: p.title[locale],
    thumb: <PhotoImage photo={p.after} locale={locale} sizes="96px" decorative className="aspect-[8/5] h-auto w-full object-cover" />,
  }));
  return (
    <CompareStage label={t('choose')} scenes={scenes}>
      <ul className="mx-auto grid max-w-[60rem] gap-10 md:gap-14" data-wide="">
        {items.map((p) => (
          <li key={p.after.id} {...{ [STAGE_ATTR.scene]: p.after.id }}>
            <figure {...{ [COMPARE_ATTR.figure]: '' }} className="group/compare" aria-labelledby={`compare-${p.after.id}`}>
              <h3 id={`compare-${p.after.id}`} className="font-serif text-lg font-bold">
                {p.title[locale]}
              </h3>
              {/* The pictures are static HTML (server-rendered); only the slider is a client leaf. */}
              {/* Stacked (with JavaScript), the tags sit over the pair, not inside the clipped "after" picture, so
                neither is ever cut; the handle on the divider shows that the picture can be dragged. */}
              <div
                className="relative mt-3 grid grid-cols-2 gap-2 group-data-[enhanced]/compare:cursor-ew-resize group-data-[enhanced]/compare:touch-pan-y group-data-[enhanced]/compare:grid-cols-1 group-data-[enhanced]/compare:gap-0 group-data-[enhanced]/compare:select-none"
                {...{ [COMPARE_ATTR.pictures]: '' }}
              >
                <Half photo={p.before} locale={locale} label={t('before')} side="before" />
                <Half photo={p.after} locale={locale} label={t('after')} side="after" />
                <Label text={t('before')} side="before" className="z-10 hidden group-data-[enhanced]/compare:block" />
                <Label text={t('after')} side="after" className="z-10 hidden group-data-[enhanced]/compare:block" />
                <span
                  aria-hidden="true"
                  className="pointer-events-none absolute inset-y-0 left-[var(--compare,50%)] hidden w-0.5 -translate-x-1/2 bg-white shadow-[0_0_0_1px_rgb(0_0_0/0.4)] group-data-[enhanced]/compare:block"
                >
                  <span className="absolute top-1/2 left-1/2 flex size-9 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full border-2 border-white bg-black/60 text-white shadow">
                    <svg
                      viewBox="0 0 24 24"
                      className="size-5 fill-none stroke-current stroke-2 [stroke-linecap:round] [stroke-linejoin:round]"
                    >
                      <path d="m9 7-5 5 5 5M15 7l5 5-5 5" />
                    </svg>
                  </span>
                </span>
              </div>
              <CompareSlider label={`${t('slider')}: ${p.title[locale]}`} />
              <figcaption className="mt-2 space-y-1 text-sm leading-snug text-muted">
                <span className="block">
                  <strong className="font-semibold text-ink">{t('before')}:</strong>{' '}
                  {captionLine(p.before, locale).replace(/^(Before:\s*|治理前：)/u, '')}
                </span>
                <span className="block">
                  <strong className="font-semibold text-ink">{t('after')}:</strong>{' '}
                  {p.afterCaption?.[locale] ?? captionLine(p.after, locale)}
                </span>
                <span className="block text-xs">
                  {p.after.credit?.[locale]} · {t('note')}
                </span>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </CompareStage>
  );
}
