import type { ReactNode } from 'react';
import type { Photo } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { Phrases } from '../text/Phrases';
import { PhotoImage } from '../photo/PhotoImage';
import { splitTitle } from './title';

/**
 * The first screen of the home page and of each article: the lead picture full-bleed, with the kicker and the
 * headline set over its lower part on a dark scrim. The picture's box has a fixed height (a share of the
 * viewport, clamped), so nothing shifts when the file arrives; the headline sits inside that box, so it is on
 * the first screen at any size from 360 × 640 up.
 *
 * The scrim under the text is at least 70 % black, so white text keeps a contrast of 4.5:1 or better whatever
 * the picture behind it holds (white under 70 % black is #4d4d4d: 8.5:1). `sizes` follows the box: on a
 * portrait screen the picture (8:5) is cropped to the box's height, so it is drawn 1.6 × that height wide (68 % of
 * the viewport's height: 109vh; an article's lower box on phones, 50 %: 80vh); on a landscape one it is the
 * viewport's width. Asking for more (it was 120vh) sent a phone the 2400-pixel file where 1600 pixels fill the box.
 */
const heroSizes = {
  tall: '(max-aspect-ratio: 1/1) 109vh, 100vw',
  short: '(max-aspect-ratio: 1/1) and (max-width: 639px) 80vh, (max-aspect-ratio: 1/1) 109vh, 100vw',
};
export function Hero({
  photo,
  locale,
  kicker,
  title,
  displayTitle,
  short = false,
  children,
}: {
  photo: Photo;
  locale: Locale;
  kicker: ReactNode;
  title: string;
  displayTitle?: string;
  /** A lower picture on phones (articles), so the story's first lines come sooner. */
  short?: boolean;
  /** Caption, standfirst and dateline, set under the picture. */
  children?: ReactNode;
}) {
  const { head, rest } = splitTitle(title, displayTitle);
  return (
    <header data-hero="" className="article-hero">
      <div
        className={`relative isolate overflow-hidden bg-[#1d2521] ${short ? 'h-[clamp(22rem,50svh,52rem)] sm:h-[clamp(24rem,68svh,52rem)]' : 'h-[clamp(24rem,68svh,52rem)]'}`}
      >
        <PhotoImage
          photo={photo}
          locale={locale}
          sizes={short ? heroSizes.short : heroSizes.tall}
          priority
          className="absolute inset-0 -z-10 h-full w-full object-cover dark:brightness-90"
        />
        <div className="absolute inset-x-0 bottom-0 bg-linear-to-t from-black/80 via-black/72 via-55% to-transparent pt-28 pb-7 sm:pb-10">
          <div className="mx-auto max-w-7xl px-4 sm:px-6">
            <p className="text-sm font-semibold tracking-widest text-[#f3d9a4] uppercase [text-shadow:0_1px_2px_rgb(0_0_0/0.6)]">
              {kicker}
            </p>
            <h1 className="mt-3 font-serif font-bold text-white [text-shadow:0_1px_3px_rgb(0_0_0/0.5)]">
              <span className="block max-w-5xl text-display text-balance">
                <Phrases text={head} />
              </span>
              {rest && (
                <span className="mt-3 block max-w-3xl text-xl leading-snug font-semibold text-pretty text-white/95 sm:text-2xl">
                  <span className="sr-only">: </span>
                  <Phrases text={rest} />
                </span>
              )}
            </h1>
          </div>
        </div>
      </div>
      {children}
    </header>
  );
}
