import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRedirects } from './redirects';

const pages = new Set(['/zh', '/zh/restoration', '/en/restoration', '/zh/gallery']);
const check = (redirects: { from: string; to: string }[]) => () => checkRedirects(redirects, pages);

describe('redirect rules', () => {
  it('accepts an old path pointing at a page (with or without a passage)', () => {
    expect(
      check([
        { from: '/zh/ecology', to: '/zh/restoration' },
        { from: '/zh/old-plan', to: '/zh/restoration#green-mine-plan' },
      ]),
    ).not.toThrow();
  });
  it('rejects a target that is not a page', () => {
    expect(check([{ from: '/zh/ecology', to: '/zh/nowhere' }])).toThrow(/"\/zh\/nowhere" is not a page/);
  });
  it('rejects chains and loops', () => {
    expect(
      check([
        { from: '/zh/a', to: '/zh/b' },
        { from: '/zh/b', to: '/zh/restoration' },
      ]),
    ).toThrow(/itself redirected/);
    expect(
      check([
        { from: '/zh/a', to: '/zh/b' },
        { from: '/zh/b', to: '/zh/a' },
      ]),
    ).toThrow(/no chains or loops/);
  });
  it('rejects a source that is a page, a duplicate source and a non-plain source', () => {
    expect(check([{ from: '/zh/restoration', to: '/en/restoration' }])).toThrow(/is a page/);
    expect(
      check([
        { from: '/zh/x', to: '/zh' },
        { from: '/zh/x', to: '/zh/gallery' },
      ]),
    ).toThrow(/listed twice/);
    expect(check([{ from: '/zh/x/', to: '/zh' }])).toThrow(/plain path/);
    expect(check([{ from: '/zh/:path*', to: '/zh' }])).toThrow(/plain path/);
  });
  it('names the file and entry in the message', () => {
    expect(check([{ from: '/zh/ecology', to: '/zh/nowhere' }])).toThrow(/^content\/redirects\.json: redirects\[0\] "\/zh\/ecology" › to/);
  });
  it('the real file has at least two entries and every source sits under a locale', () => {
    const { redirects } = JSON.parse(readFileSync(path.join(process.cwd(), 'content/redirects.json'), 'utf8')) as {
      redirects: { from: string }[];
    };
    expect(redirects.length).toBeGreaterThanOrEqual(2);
    for (const r of redirects) expect(r.from).toMatch(/^\/(zh|en)\//);
  });
});
