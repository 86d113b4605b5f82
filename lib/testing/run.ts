/**
 * `npm test` and `npm run test:quick`: the test phases in order, each timed, with the times printed at the end
 * (also when a phase fails), so the next slowdown is visible.
 *
 *   npm test            environment, lint + types + formatting (in parallel), then the unit tests and gate controls
 *                       beside one production build (its prebuild is the content check; typecheck, test:unit and
 *                       prebuild each write the search index first: it is build output, not in git), then every
 *                       browser and HTTP test.
 *   npm run test:quick  the same checks and unit tests, then the crawl gates on one page of each type per locale
 *                       against the last build (built first only if there is none). For the edit loop.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { buildFile } from '../server/build-file';

const quick = process.argv.includes('--quick');
const times: { name: string; seconds: number; ok: boolean }[] = [];

function run(command: string, env: Record<string, string> = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code === 0));
  });
}

/** Runs commands at once (one phase), timing the phase; false when any of them failed. */
async function phase(name: string, commands: string[], env: Record<string, string> = {}): Promise<boolean> {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${commands.join(' & ')}`);
  const ok = (await Promise.all(commands.map((c) => run(c, env)))).every(Boolean);
  times.push({ name, seconds: (Date.now() - started) / 1000, ok });
  return ok;
}

function report() {
  const total = times.reduce((s, t) => s + t.seconds, 0);
  const fmt = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
  console.log(`\nphase times (${quick ? 'test:quick' : 'npm test'}):`);
  for (const t of times) console.log(`  ${t.ok ? '✓' : '✗'} ${t.name.padEnd(34)} ${fmt(t.seconds).padStart(6)}`);
  console.log(`  ${'total'.padEnd(36)} ${fmt(total).padStart(6)}`);
}

async function main(): Promise<boolean> {
  if (!(await phase('environment', ['node lib/testing/ensure-browser.mjs']))) return false;
  const statics = ['npm run -s lint', 'npm run -s typecheck', 'npm run -s format:check'];
  if (!(await phase('lint, types, formatting', quick ? [...statics, 'npm run -s content:check'] : statics))) return false;
  const server = buildFile('standalone', 'server.js');
  if (!quick) {
    // The unit tests and the build share no files but the search index, which both write whole and atomically, so
    // they run together: on two cores each fills the other's idle time (about a third off their sum).
    if (!(await phase('unit tests and gate controls + build', ['npm run -s test:unit', 'npm run -s build']))) return false;
  } else if (!(await phase('unit tests and gate controls', ['npm run -s test:unit']))) {
    return false;
  } else if (!existsSync(server)) {
    if (!(await phase('build (content check, next build, postbuild)', ['npm run -s build']))) return false;
  } else {
    const minutes = Math.round((Date.now() - statSync(server).mtimeMs) / 60_000);
    console.log(`\ntest:quick uses the last build (${minutes} min old); run \`npm run build\` after changing pages or content.`);
  }
  if (quick)
    return phase(
      'browser gates on a sample',
      ['npx vitest run --config lib/testing/vitest.e2e.config.ts lib/testing/e2e/gates.test.ts lib/testing/e2e/a11y.test.ts'],
      {
        E2E_SAMPLE: '1',
      },
    );
  return phase('browser and HTTP tests', ['npx vitest run --config lib/testing/vitest.e2e.config.ts']);
}

const ok = await main();
report();
process.exit(ok ? 0 : 1);
