import { getTranslations } from 'next-intl/server';
import { getMap } from '@/lib/content';
import { parenthetical } from '@/lib/i18n/format';
import { distanceKm, unplacedSites } from '@/lib/map';
import { mapSize } from '@/lib/map/drawing';
import { hanRuns } from '@/lib/text/han';
import { Phrases } from '../text/Phrases';
import { UnplacedList } from './UnplacedList';
import { MAP_ATTR } from './map-keys';
import { langTag, type Locale } from '@/lib/i18n/routing';
import { href } from '@/lib/routes';

/**
 * "Where is this?": a regional sketch map of the Yellow River's "Ji"-shaped bend with Zhungeer Banner in its
 * north-east corner. The drawing is a static SVG file per locale (lib/map/drawing.ts, served by
 * app/[locale]/map.svg), shown with a lazy <img> whose width and height reserve its place, so the page's HTML
 * carries one element instead of the whole drawing. The caption says in words what the drawing shows, and a
 * disclosure lists every place with the source of its position, including the sites the articles name that no
 * public source locates.
 */
export async function LocatorMap({ locale, headingLevel = 2, id = 'locator-map' }: { locale: Locale; headingLevel?: 2 | 3; id?: string }) {
  const t = await getTranslations({ locale, namespace: 'story.map' });
  const { places, base } = await getMap();
  const { cities, overview } = base;
  const size = mapSize(base);
  const e = places.banner.extent;
  const middle: [number, number] = [(e.west + e.east) / 2, (e.south + e.north) / 2];
  const at = (cid: string) => [...cities, ...overview.cities].find((c) => c.id === cid)!.lonLat;
  const summary = t('summary', {
    beijing: distanceKm(middle, at('overview-beijing')),
    ordos: distanceKm(middle, at('ordos')),
    hohhot: distanceKm(middle, at('hohhot')),
    baotou: distanceKm(middle, at('baotou')),
  });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} className="not-prose @container" data-graphic="map">
      <p className="text-sm font-semibold tracking-widest text-ochre uppercase">{t('kicker')}</p>
      <Heading id={`${id}-title`} className="mt-1 font-serif text-2xl font-bold text-balance sm:text-3xl">
        <Phrases text={t('title')} />
      </Heading>
      <div className="mt-5 grid items-start gap-6 @3xl:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)] @3xl:gap-10">
        {/* Two columns only when the figure itself is 48rem wide (a container query), so in the article column the
            drawing stays full width and its labels 13 px or more. The full-size view is the SVG file itself: a plain
            link, so it enlarges without JavaScript and can be zoomed. */}
        <div>
          <a href={href.mapSvg(locale)} className="group block" {...{ [MAP_ATTR.enlarge]: '' }}>
            {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG: next/image would add its loader and client code for nothing */}
            <img
              src={href.mapSvg(locale)}
              alt={t('svgLabel')}
              width={size.width}
              height={size.height}
              loading="lazy"
              decoding="async"
              className="h-auto w-full rounded-md border border-rule bg-[#f7f7f1] dark:bg-[#171c19]"
              data-graphic=""
            />
            <span
              className="mt-2 inline-flex min-h-6 items-center gap-1.5 text-sm font-semibold text-accent group-hover:underline"
              data-print="hide"
            >
              <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.8">
                <path d="M9.5 2.5h4v4M13.5 2.5 9 7M6.5 13.5h-4v-4M2.5 13.5 7 9" />
              </svg>
              {t('enlarge')}
            </span>
          </a>
          <UnplacedList
            id={`${id}-unplaced`}
            title={t('unplacedTitle')}
            mark={t('unplacedMark')}
            collapsed
            places={unplacedSites(places.sites).map((p) => ({
              id: p.id,
              name: p.name[locale],
              known: p.known && parenthetical(p.known[locale], locale),
            }))}
            className="mt-4"
          />
        </div>
        <div id={`${id}-text`} className="space-y-4 text-[1.02rem] leading-relaxed">
          <p className="text-xs font-semibold tracking-wider text-muted uppercase">{t('label')}</p>
          <p>{summary}</p>
          <p className="text-sm text-muted">{t('sitesNote')}</p>
          <details className="text-sm text-muted">
            <summary className="inline-flex min-h-6 cursor-pointer items-center font-semibold text-ink hover:text-accent">
              {t('sourcesTitle')}
            </summary>
            <ul className="mt-3 space-y-2">
              <li>
                <span className="font-semibold text-ink">{places.banner.name[locale]}</span>: {e.west.toFixed(2)}–{e.east.toFixed(2)}° E,{' '}
                {e.south.toFixed(2)}–{e.north.toFixed(2)}° N. <SourceText text={places.banner.source} locale={locale} />
              </li>
              {/* A city drawn on both panels is listed once, under both of its marks' ids. */}
              {[...places.overview, ...places.cities.filter((c) => !places.overview.some((o) => o.id === `overview-${c.id}`))].map((c) => {
                const lonLat = at(c.id);
                const both = places.cities.find((r) => `overview-${r.id}` === c.id);
                return (
                  <li key={c.id} data-place={both ? `${c.id} ${both.id}` : c.id}>
                    <span className="font-semibold text-ink">{c.name[locale]}</span>: {lonLat[1].toFixed(2)}° N, {lonLat[0].toFixed(2)}° E.{' '}
                    {c.source === 'natural-earth' ? (
                      t('sourceNe')
                    ) : (
                      <SourceText text={c.source} url={c.sourceUrl} locale={locale} label={t('sourceLink')} />
                    )}
                  </li>
                );
              })}
              {places.sites.map((s) => {
                const town = s.inTown ? places.sites.find((p) => p.id === s.inTown) : undefined;
                return (
                  <li key={s.id} data-place={s.lonLat ? s.id : undefined}>
                    <span className="font-semibold text-ink">{s.name[locale]}</span>
                    {s.known && !town ? `, ${s.known[locale]}` : ''}:{' '}
                    {s.lonLat ? (
                      <>
                        {s.lonLat[1].toFixed(2)}° N, {s.lonLat[0].toFixed(2)}° E.{' '}
                        <SourceText text={s.source} url={s.sourceUrl} locale={locale} label={t('sourceLink')} />
                      </>
                    ) : town ? (
                      `${t('inTown', { town: town.name[locale] })}.`
                    ) : (
                      `${t('notPlaced')}.`
                    )}
                  </li>
                );
              })}
            </ul>
          </details>
          <p className="text-xs text-muted">{t('credit')}</p>
        </div>
      </div>
    </figure>
  );
}

/**
 * A source note as written in content/map/places.json: English, quoting Chinese where the source is Chinese. It
 * carries its own `lang` on a Chinese page, and each run of Chinese inside it carries `zh-Hans`.
 */
function SourceText({ text, url, locale, label }: { text: string; url?: string; locale: Locale; label?: string }) {
  return (
    <span lang={locale === 'en' ? undefined : 'en'}>
      {hanRuns(text).map((run, i) =>
        run.han ? (
          <span key={i} lang={langTag.zh}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
      {url && label && (
        <>
          {' '}
          <a
            href={url}
            className="underline decoration-1 underline-offset-2 hover:text-accent"
            lang={locale === 'en' ? undefined : langTag.zh}
          >
            {label}
          </a>
        </>
      )}
    </span>
  );
}
