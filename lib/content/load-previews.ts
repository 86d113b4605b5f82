import { ContentError } from './errors';
import { readJson } from './read';
import { previewsFile } from './schema';
import type { Photo, Site } from './site-types';
import { validate } from './validate';

/** content/previews.json: the picture on each listing page's link-preview card, a photo of photos.json. */
export function loadPreviews(root: string, photos: Photo[]): Site['previews'] {
  const previewsJson = readJson(root, 'previews.json');
  const previews = validate(previewsFile, previewsJson.data, previewsJson.file, previewsJson.source).previews;
  for (const [page, id] of Object.entries(previews))
    if (!photos.some((p) => p.id === id))
      throw new ContentError(
        previewsJson.file,
        `previews › ${page}`,
        `unknown photo "${id}"`,
        previewsJson.source.lineOf(['previews', page]),
      );
  return previews;
}
