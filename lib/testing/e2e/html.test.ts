import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, inject, it } from 'vitest';

/**
 * Gate: the Nu Html Checker finds 0 errors on every crawled page. vnu refuses loopback URLs, so the pages are
 * saved to files and checked in one JVM run.
 */
const origin = inject('origin');
const pages = inject('pages');
const vnu = path.resolve(import.meta.dirname, '../../../node_modules/vnu-jar/build/dist/vnu.jar');

type Message = { type: string; subType?: string; url: string; lastLine?: number; firstColumn?: number; message: string; extract?: string };

/**
 * Messages that are understood and not ours to fix. Each entry says why; anything else fails the gate.
 * (None is needed yet: add one only with the reason, never a blanket pattern.)
 */
const understood: { pattern: RegExp; why: string }[] = [];

it('the Nu Html Checker finds 0 errors on every page', { timeout: 300_000 }, async () => {
  expect(pages.length).toBeGreaterThanOrEqual(8);
  const dir = await mkdtemp(path.join(tmpdir(), 'vnu-'));
  try {
    const files = new Map<string, string>();
    await Promise.all(
      pages.map(async (page, i) => {
        const res = await fetch(origin + page);
        const file = path.join(dir, `${String(i).padStart(4, '0')}${page.replace(/[^a-z0-9]+/gi, '_')}.html`);
        await writeFile(file, await res.text());
        files.set(`file:${file}`, page);
      }),
    );
    // vnu exits 1 when it reports errors; the JSON on stderr is what we read either way.
    const { stderr } = await promisify(execFile)('java', ['-Xss1m', '-jar', vnu, '--errors-only', '--format', 'json', ...files.keys()], {
      maxBuffer: 64 << 20,
    }).catch((e: { stderr?: string; stdout?: string; code?: number }) => {
      if (!e.stderr?.trim().startsWith('{')) throw new Error(`vnu failed to run (exit ${e.code}): ${e.stderr}`);
      return { stderr: e.stderr };
    });
    const messages = (JSON.parse(stderr) as { messages: Message[] }).messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
    const errors = messages.filter((m) => !understood.some((u) => u.pattern.test(m.message)));
    const lines = errors.map(
      (m) =>
        `${files.get(m.url) ?? m.url}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}${m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').slice(0, 160)}` : ''}`,
    );
    expect(lines, `${lines.length} HTML error(s):\n${lines.join('\n')}`).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
