import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../content/errors';
import { cleanFixtures, fixtureSite } from '../testing/fixtures/content/site-fixture';

afterAll(() => cleanFixtures());

/** content/previews.json names the illustration on each listing page's preview card, where the content check sees it. */
describe('content/previews.json', () => {
  it('loads the photo id of each listing page', async () => {
    const site = await (await fixtureSite()).load();
    expect(site.previews.home).toBe('hill');
  });
  it('refuses an unknown photo, naming the file and the page (negative control)', async () => {
    const s = await fixtureSite();
    s.replace('content/previews.json', '"gallery": "field"', '"gallery": "nowhere"');
    const error = await s.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect(String((error as Error).message)).toMatch(/content\/previews\.json.*gallery.*unknown photo "nowhere"/s);
  });
});
