import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixtureSite } from '../content/__fixtures__/site-fixture';
import { displayText } from './build';

const root = mkdtempSync(path.join(os.tmpdir(), 'font-text-'));
afterAll(() => {
  cleanFixtures();
  rmSync(root, { recursive: true, force: true });
});

describe('displayText', () => {
  it('takes the titles of every message namespace there is, and the site’s data from the site it is given', async () => {
    const site = await (await fixtureSite()).load();
    const dir = path.join(root, 'content/messages/zh');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'common.json'), JSON.stringify({ siteName: '甲站' }));
    // A namespace no list names: its titles must still be in the subset, its other strings must not.
    writeFileSync(path.join(dir, 'newpart.json'), JSON.stringify({ part: { title: '鑫标题', body: '鬣正文' } }));
    const text = displayText(site, root);
    expect(text).toContain('甲站');
    expect(text).toContain('鑫标题');
    expect(text).not.toContain('鬣正文');
    expect(text).toContain('山→田'); // the fixture's before/after pair title
    expect(text).toContain('标题terraces'); // the fixture's diagram title
  });
});
