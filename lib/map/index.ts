import { z } from 'zod';
import base from '../../content/map/base.json';
import places from '../../content/map/places.json';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const city = z.object({
  id: z.string(),
  name: bilingual,
  source: z.string().min(1),
  sourceUrl: z.url().optional(),
  ne: z.string().optional(),
  lonLat: z.tuple([z.number(), z.number()]).optional(),
  labelAt: z.enum(['n', 'ne', 'e', 'w', 's']),
});
export const placesSchema = z
  .object({
    cities: z.array(city),
    /** The overview panel's cities (Natural Earth's inset extract): ids start with `overview-`. */
    overview: z.array(city.refine((c) => c.id.startsWith('overview-'), { message: 'overview city ids start with "overview-"' })),
    banner: z.object({
      name: bilingual,
      extent: z.object({ west: z.number(), east: z.number(), south: z.number(), north: z.number() }),
      source: z.string().min(1),
      sourceUrl: z.url(),
    }),
    sites: z.array(
      z
        .object({
          id: z.string(),
          name: bilingual,
          /** Only where a public source gives the position; `source` then quotes its coordinate text. */
          lonLat: z.tuple([z.number(), z.number()]).nullable(),
          /** A drawn site's id this one is known to lie in (it gets no mark of its own). */
          inTown: z.string().optional(),
          known: bilingual.nullable(),
          source: z.string().min(1),
          sourceUrl: z.url().optional(),
          labelAt: z.enum(['n', 'ne', 'e', 'w', 's']).optional(),
        })
        .refine((s) => !s.lonLat || (s.sourceUrl && s.labelAt), {
          message: 'a site with lonLat needs sourceUrl (where the coordinate is published) and labelAt',
        }),
    ),
  })
  .refine((p) => p.sites.every((s) => !s.inTown || p.sites.some((t) => t.id === s.inTown && t.lonLat)), {
    message: 'inTown must name a site that has lonLat',
  });

/** content/map/places.json, checked when the page module loads (a bad entry fails the build, naming the file). */
export function mapPlaces() {
  const parsed = placesSchema.safeParse(places);
  if (!parsed.success) throw new Error(`content/map/places.json: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

type Drawn = { id: string; lonLat: [number, number]; at: [number, number]; labelAt: string };
type Layers = {
  width: number;
  height: number;
  rivers: { name: string; major: boolean; d: string }[];
  lakes: { name: string; d: string }[];
};
export type Oval = { cx: number; cy: number; rx: number; ry: number };

/** content/map/base.json: the regional panel at the top level, the overview under `overview`. */
export const mapBase = base as unknown as Layers & {
  cities: Drawn[];
  sites: Drawn[];
  banner: Oval;
  overview: Layers & { cities: Drawn[]; banner: Oval; regionKey: { x: number; y: number; width: number; height: number } };
};

/** Great-circle distance in km, rounded to 5 km (the banner's middle is itself approximate). */
export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return Math.round((2 * 6371 * Math.asin(Math.sqrt(a))) / 5) * 5;
}

/**
 * Where content/map/base.json (drawn) and content/map/places.json (sourced) disagree: a drawn site with no
 * sourced coordinate, or a sourced one the drawing lacks or puts elsewhere (run `npx tsx lib/map/build.ts`).
 */
export function drawnSiteProblems(
  sourced: { id: string; lonLat: [number, number] | null }[],
  drawn: { id: string; lonLat: [number, number] }[],
): string[] {
  const problems: string[] = [];
  for (const d of drawn) {
    const s = sourced.find((x) => x.id === d.id);
    if (!s?.lonLat) problems.push(`"${d.id}" is drawn but places.json gives it no sourced coordinate`);
    else if (s.lonLat.join() !== d.lonLat.join())
      problems.push(`"${d.id}" is drawn at ${d.lonLat.join(', ')}, places.json says ${s.lonLat.join(', ')}`);
  }
  for (const s of sourced) if (s.lonLat && !drawn.some((d) => d.id === s.id)) problems.push(`"${s.id}" has a coordinate but is not drawn`);
  return problems;
}
