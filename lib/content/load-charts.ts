import { ContentError } from './errors';
import { readJson } from './read';
import { beforeAfterFile, scaleFile } from './schema';
import type { Photo, Site } from './site-types';
import { validate } from './validate';

/** content/charts/: the before/after pairs name photos of photos.json; the scale's figure names a passage. */
export function loadCharts(root: string, photos: Photo[], articles: Site['articles']): Pick<Site, 'beforeAfter' | 'scale'> {
  const pairsJson = readJson(root, 'charts/before-after.json');
  const pairs = validate(beforeAfterFile, pairsJson.data, pairsJson.file, pairsJson.source).pairs;
  for (const [i, pair] of pairs.entries())
    for (const side of ['before', 'after'] as const)
      if (!photos.some((p) => p.id === pair[side]))
        throw new ContentError(
          pairsJson.file,
          `pairs[${i}] › ${side}`,
          `unknown photo "${pair[side]}" (content/photos.json has no such id)`,
          pairsJson.source.lineOf(['pairs', i, side]),
        );
  const scaleJson = readJson(root, 'charts/pv-belt-scale.json');
  const scale = validate(scaleFile, scaleJson.data, scaleJson.file, scaleJson.source);
  const { section, id } = scale.belt.passage;
  if (!articles[section].zh.passages.some((p) => p.id === id))
    throw new ContentError(
      scaleJson.file,
      'belt › passage › id',
      `${section}#${id} is not a passage (passage ids are written in content/articles/${section}/*.mdx)`,
      scaleJson.source.lineOf(['belt', 'passage', 'id']),
    );
  return { beforeAfter: pairs, scale };
}
