import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import zhStory from '../../content/messages/zh/story.json';
import enStory from '../../content/messages/en/story.json';
import { mapSvg, mapWordKeys, type MapWords } from './MapDrawing';
const words = (map: Record<string, string>) => Object.fromEntries(mapWordKeys.map((k) => [k, map[k]!])) as MapWords;
it('preview', async () => {
  writeFileSync('/tmp/map-zh.svg', await mapSvg('zh', words(zhStory.map)));
  writeFileSync('/tmp/map-en.svg', await mapSvg('en', words(enStory.map)));
});
