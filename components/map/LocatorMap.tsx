import { getTranslations } from 'next-intl/server';
import { distanceKm, mapBase, mapPlaces } from '@/lib/map';
import { project } from '@/lib/map/project';
import { KeepNames } from '../article/KeepNames';
import { langTag, type Locale } from '@/lib/i18n/routing';

const offsets: Record<string, { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' }> = {
  n: { dx: 0, dy: -12, anchor: 'middle' },
  ne: { dx: 9, dy: -9, anchor: 'start' },
  e: { dx: 10, dy: 6, anchor: 'start' },
  w: { dx: -10, dy: 6, anchor: 'end' },
  s: { dx: 0, dy: 24, anchor: 'middle' },
};

/** A place on the map: a dot for a city, a square for a site the articles name, and its label. */
function Mark({
  id,
  at,
  labelAt,
  shape,
  name,
}: {
  id: string;
  at: readonly number[];
  labelAt: string;
  shape: 'city' | 'site';
  name: string;
}) {
  const o = offsets[labelAt]!;
  const [x, y] = [at[0]!, at[1]!];
  return (
    <g data-place={id}>
      {shape === 'city' ? (
        <circle
          cx={x}
          cy={y}
          r={4.5}
          className="fill-[#1b1f1c] stroke-[#eef0e6] dark:fill-[#e8ebe6] dark:stroke-[#1f2622]"
          strokeWidth={1.5}
        />
      ) : (
        <rect
          x={x - 4.5}
          y={y - 4.5}
          width={9}
          height={9}
          className="fill-[#eef0e6] stroke-[#1b1f1c] dark:fill-[#1f2622] dark:stroke-[#e8ebe6]"
          strokeWidth={2.5}
        />
      )}
      <text
        x={x + o.dx}
        y={y + o.dy}
        textAnchor={o.anchor}
        fontSize={shape === 'city' ? 18 : 17}
        className="stroke-[#eef0e6] dark:stroke-[#1f2622]"
      >
        {name}
      </text>
    </g>
  );
}

/**
 * "Where is this?": a regional sketch map of the Yellow River's "Ji"-shaped bend with Zhungeer Banner in its
 * north-east corner, drawn on the server as SVG from content/map/base.json (Natural Earth rivers and towns,
 * projected and simplified once by lib/map/build.ts). It draws rivers, a lake and towns only, never a
 * boundary: a map that shows national borders needs official approval to be published in China. No tiles, no
 * map library, no client code. The caption says in words what the drawing shows, and a disclosure lists every
 * place with the source of its position, including the sites the articles name that no public source locates.
 */
export async function LocatorMap({ locale, headingLevel = 2, id = 'locator-map' }: { locale: Locale; headingLevel?: 2 | 3; id?: string }) {
  const t = await getTranslations({ locale, namespace: 'story.map' });
  const places = mapPlaces();
  const { width, height, rivers, lakes, cities, sites, banner } = mapBase;
  const e = places.banner.extent;
  const middle: [number, number] = [(e.west + e.east) / 2, (e.south + e.north) / 2];
  const at = (cid: string) => cities.find((c) => c.id === cid)!.lonLat;
  const summary = t('summary', {
    ordos: distanceKm(middle, at('ordos')),
    hohhot: distanceKm(middle, at('hohhot')),
    baotou: distanceKm(middle, at('baotou')),
  });
  const [riverX, riverY] = project([107.6, 41.12]);
  const [plateauX, plateauY] = project([108.4, 38.75]);
  const kmPerUnit = 111.2 / 88;
  const bar = 100 / kmPerUnit;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} className="not-prose" data-graphic="map">
      <p className="text-sm font-semibold tracking-widest text-ochre uppercase">{t('kicker')}</p>
      <Heading id={`${id}-title`} className="mt-1 font-serif text-2xl font-bold text-balance sm:text-3xl">
        <KeepNames text={t('title')} />
      </Heading>
      <div className="mt-5 grid items-start gap-6 md:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)] md:gap-10">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={t('svgLabel')}
          lang={langTag[locale]}
          className="h-auto w-full rounded-md border border-rule bg-[#eef0e6] font-sans dark:bg-[#1f2622]"
          data-graphic=""
        >
          <g fill="none" strokeLinecap="round" strokeLinejoin="round">
            {rivers
              .filter((r) => !r.major)
              .map((r, i) => (
                <path key={`${r.name}-${i}`} d={r.d} className="stroke-[#8fb0c2] dark:stroke-[#4f7386]" strokeWidth={1.4} />
              ))}
            {rivers
              .filter((r) => r.major)
              .map((r, i) => (
                <path key={`huang-${i}`} d={r.d} className="stroke-[#3f7fa3] dark:stroke-[#7fb4d4]" strokeWidth={4} />
              ))}
          </g>
          {lakes.map((l) => (
            <path key={l.name} d={l.d} className="fill-[#8fb0c2] dark:fill-[#4f7386]" />
          ))}
          <ellipse
            cx={banner.cx}
            cy={banner.cy}
            rx={banner.rx}
            ry={banner.ry}
            className="fill-[#c98a2b]/35 stroke-[#8a5a14] dark:fill-[#e0a84f]/30 dark:stroke-[#f0c27a]"
            strokeWidth={2.5}
            strokeDasharray="6 4"
          />
          <g className="fill-[#1b1f1c] dark:fill-[#e8ebe6]" style={{ paintOrder: 'stroke' }} strokeWidth={4} strokeLinejoin="round">
            <text
              x={riverX}
              y={riverY}
              fontSize={18}
              fontStyle="italic"
              className="fill-[#245d7d] stroke-[#eef0e6] dark:fill-[#a9d0e6] dark:stroke-[#1f2622]"
            >
              {t('river')}
            </text>
            <text
              x={plateauX}
              y={plateauY}
              fontSize={17}
              textAnchor="middle"
              className="fill-[#56605a] stroke-[#eef0e6] dark:fill-[#b9c2bb] dark:stroke-[#1f2622]"
            >
              <tspan>{t('plateau')}</tspan>
              <tspan x={plateauX} dy={21}>
                {t('bend')}
              </tspan>
            </text>
            {[
              ...cities.map((c) => ({ ...c, shape: 'city' as const, name: places.cities.find((p) => p.id === c.id)!.name[locale] })),
              ...sites.map((d) => ({ ...d, shape: 'site' as const, name: places.sites.find((p) => p.id === d.id)!.name[locale] })),
            ].map((m) => (
              <Mark key={m.id} id={m.id} at={m.at} labelAt={m.labelAt} shape={m.shape} name={m.name} />
            ))}
            <text
              x={banner.cx}
              y={banner.cy + banner.ry + 26}
              textAnchor="middle"
              fontSize={22}
              fontWeight={700}
              className="fill-[#6f4610] stroke-[#eef0e6] dark:fill-[#f0c27a] dark:stroke-[#1f2622]"
            >
              {places.banner.name[locale]}
              <tspan x={banner.cx} dy={20} fontSize={15} fontWeight={400}>
                ({t('approx')})
              </tspan>
            </text>
          </g>
          <g className="fill-[#56605a] stroke-[#56605a] dark:fill-[#b9c2bb] dark:stroke-[#b9c2bb]" fontSize={15}>
            <path d={`M${width - 40} ${height - 70}l10 -26l10 26l-10 -7z`} strokeWidth={1} />
            <text x={width - 30} y={height - 102} textAnchor="middle" stroke="none">
              {t('north')}
            </text>
            <path d={`M24 ${height - 28}h${bar}`} strokeWidth={3} />
            <path d={`M24 ${height - 34}v12M${24 + bar} ${height - 34}v12`} strokeWidth={2} />
            <text x={24} y={height - 40} stroke="none">
              {t('scale')}
            </text>
            <text x={width - 16} y={height - 16} textAnchor="end" stroke="none" fontSize={14}>
              {t('label')}
            </text>
          </g>
        </svg>
        <div id={`${id}-text`} className="space-y-4 text-[1.02rem] leading-relaxed">
          <p className="text-xs font-semibold tracking-wider text-muted uppercase">{t('label')}</p>
          <p>{summary}</p>
          <p className="text-muted">{t('sitesNote')}</p>
          <details className="text-sm text-muted">
            <summary className="inline-flex min-h-6 cursor-pointer items-center font-semibold text-ink hover:text-accent">
              {t('sourcesTitle')}
            </summary>
            <ul className="mt-3 space-y-2">
              <li>
                <span className="font-semibold text-ink">{places.banner.name[locale]}</span>: {e.west.toFixed(2)}–{e.east.toFixed(2)}° E,{' '}
                {e.south.toFixed(2)}–{e.north.toFixed(2)}° N. <SourceText text={places.banner.source} locale={locale} />
              </li>
              {places.cities.map((c) => {
                const lonLat = at(c.id);
                return (
                  <li key={c.id} data-place={c.id}>
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
  const parts = text.split(/([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+(?:[ ·][\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+)*)/);
  return (
    <span lang={locale === 'en' ? undefined : 'en'}>
      {parts.map((part, i) =>
        i % 2 ? (
          <span key={i} lang={langTag.zh}>
            {part}
          </span>
        ) : (
          part
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
