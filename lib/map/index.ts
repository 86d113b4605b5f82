import { z } from 'zod';
import base from '../../content/map/base.json';
import places from '../../content/map/places.json';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const placesSchema = z.object({
  cities: z.array(
    z.object({
      id: z.string(),
      name: bilingual,
      source: z.string().min(1),
      sourceUrl: z.url().optional(),
      ne: z.string().optional(),
      lonLat: z.tuple([z.number(), z.number()]).optional(),
      labelAt: z.enum(['n', 'ne', 'e', 'w', 's']),
    }),
  ),
  banner: z.object({
    name: bilingual,
    extent: z.object({ west: z.number(), east: z.number(), south: z.number(), north: z.number() }),
    source: z.string().min(1),
    sourceUrl: z.url(),
  }),
  sites: z.array(z.object({ id: z.string(), name: bilingual, lonLat: z.null(), known: bilingual.nullable(), source: z.string().min(1) })),
});

/** content/map/places.json, checked when the page module loads (a bad entry fails the build, naming the file). */
export function mapPlaces() {
  const parsed = placesSchema.safeParse(places);
  if (!parsed.success) throw new Error(`content/map/places.json: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export const mapBase = base as unknown as {
  width: number;
  height: number;
  rivers: { name: string; major: boolean; d: string }[];
  lakes: { name: string; d: string }[];
  cities: { id: string; lonLat: [number, number]; at: [number, number]; labelAt: string }[];
  banner: { cx: number; cy: number; rx: number; ry: number };
};

/** Great-circle distance in km, rounded to 5 km (the banner's middle is itself approximate). */
export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return Math.round((2 * 6371 * Math.asin(Math.sqrt(a))) / 5) * 5;
}
