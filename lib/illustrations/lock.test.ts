import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFile, lockProblems, sha256, type Lock } from './lock';
import { renderSvg } from './render';
import { SCENES } from './scenes/index';

const root = path.resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(path.join(root, lockFile), 'utf8')) as Lock;
const ids = Object.keys(SCENES);
const readOutput = (file: string) => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file)) : undefined);

describe('the committed illustrations are what their scenes draw (illustrations.lock.json)', () => {
  it('every scene draws the SVG its committed file was made from, and every file is the one the generator wrote', () => {
    expect(lockProblems(lock, ids, renderSvg, readOutput)).toEqual([]);
  });

  it('reports a changed scene, naming it and the command that redraws it (negative control)', () => {
    const edited = (id: string) => (id === 'xuxu-solar-park' ? renderSvg(id).replace('</svg>', '<circle r="1"/></svg>') : renderSvg(id));
    expect(lockProblems(lock, ids, edited, readOutput)).toEqual([
      'xuxu-solar-park: the scene draws a different SVG than the one public/photos/xuxu-solar-park.jpg was made from; run npx tsx lib/illustrations/generate.ts xuxu-solar-park',
    ]);
  });

  it('reports a replaced or missing file, a scene without an entry and an entry without a scene (negative controls)', () => {
    const render = (id: string) => (id === 'vineyards' || id === 'rose-fields' ? '<svg/>' : 'x');
    const small: Lock = {
      vineyards: { svg: sha256('<svg/>'), file: 'public/photos/vineyards.jpg', sha256: sha256('other bytes') },
      'rose-fields': { svg: sha256('<svg/>'), file: 'public/photos/nope.jpg', sha256: sha256('') },
      gone: { svg: sha256('x'), file: 'public/photos/gone.jpg', sha256: sha256('') },
    };
    const problems = lockProblems(small, ['vineyards', 'rose-fields', 'pv-hydrogen'], render, readOutput);
    expect(problems).toEqual([
      'vineyards: public/photos/vineyards.jpg is not the file the generator wrote (its hash differs); run npx tsx lib/illustrations/generate.ts vineyards',
      'rose-fields: public/photos/nope.jpg is missing; run npx tsx lib/illustrations/generate.ts rose-fields',
      `pv-hydrogen: no entry in ${lockFile}; run npx tsx lib/illustrations/generate.ts pv-hydrogen`,
      `gone: in ${lockFile} but no scene draws it; run npx tsx lib/illustrations/generate.ts`,
    ]);
  });
});
