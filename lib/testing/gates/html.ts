/**
 * Gate: the Nu Html Checker (vnu) finds no error. All pages go to one JVM run. vnu is given plain file paths:
 * given `file:` URLs it validates nothing and answers `{"messages":[]}` (how this gate once passed while 1,520
 * errors went unseen). Every page must also come back from vnu as checked: a page it skipped is a problem.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Problem } from './types';

const vnu = path.resolve(import.meta.dirname, '../../../node_modules/vnu-jar/build/dist/vnu.jar');

type Message = { type: string; subType?: string; url?: string; lastLine?: number; firstColumn?: number; message: string; extract?: string };

export async function htmlGate(pages: readonly { path: string; html: string }[]): Promise<Problem[]> {
  if (pages.length === 0) return [{ page: '(none)', message: 'no pages to check' }];
  const dir = await mkdtemp(path.join(tmpdir(), 'vnu-'));
  try {
    const files = new Map<string, string>(); // absolute file path → page
    await Promise.all(
      pages.map(async (page, i) => {
        const file = path.join(dir, `${String(i).padStart(4, '0')}${page.path.replace(/[^a-z0-9]+/gi, '_')}.html`);
        await writeFile(file, page.html);
        files.set(file, page.path);
      }),
    );
    // --verbose makes vnu print the path of every file it checks (stdout), so a skipped file is visible.
    const { stdout, stderr } = await promisify(execFile)(
      'java',
      ['-Xss1m', '-jar', vnu, '--verbose', '--errors-only', '--format', 'json', ...files.keys()],
      {
        maxBuffer: 64 << 20,
      },
    ).catch((e: { stderr?: string; code?: number }) => {
      if (!e.stderr?.trim().startsWith('{')) throw new Error(`vnu failed to run (exit ${e.code}): ${e.stderr}`);
      return { stdout: (e as { stdout?: string }).stdout ?? '', stderr: e.stderr };
    });
    const messages = (JSON.parse(stderr) as { messages: Message[] }).messages;
    const pageOf = (url = '') => {
      const file = url.startsWith('file:') ? fileURLToPath(url) : url;
      return files.get(file);
    };
    const problems: Problem[] = [];
    const checked = new Set(stdout.split('\n').flatMap((line) => files.get(line.trim()) ?? []));
    for (const m of messages) {
      const page = pageOf(m.url);
      if (m.type !== 'error' && m.subType !== 'fatal') continue;
      const extract = m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').slice(0, 160)}` : '';
      problems.push({ page: page ?? m.url ?? '(vnu)', message: `${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}${extract}` });
    }
    for (const page of files.values()) if (!checked.has(page)) problems.push({ page, message: 'vnu did not report checking this page' });
    return problems;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
