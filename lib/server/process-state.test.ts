import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersKey } from '../build/patch-next.mjs';
import { processKeys } from './process-state';

/** A process-wide key written outside process-state.ts (tests and plain-Node files that cannot import it aside). */
const KEY = /Symbol\.for\(\s*['"`](zhungeer\.[^'"`]+)/g;
/** Plain Node that cannot import TypeScript; each has a test comparing its literal with processKeys. */
const plainNode = ['lib/build/patch-next.mjs', 'lib/testing/preload/'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : sources(p);
    return /\.(ts|tsx|mjs|js)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

function strayKeys(files: { file: string; text: string }[]): string[] {
  return files
    .filter(({ file }) => file !== 'lib/server/process-state.ts' && !plainNode.some((p) => file.startsWith(p)))
    .flatMap(({ file, text }) => [...text.matchAll(KEY)].map((m) => `${file}: ${m[1]}`));
}

describe('process-wide state has one owner (lib/server/process-state.ts)', () => {
  const files = [...['app', 'components', 'lib'].flatMap(sources), 'proxy.ts', 'instrumentation.ts'].map((file) => ({
    file,
    text: readFileSync(file, 'utf8'),
  }));
  it('no other source file makes a zhungeer.* Symbol.for key', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(strayKeys(files)).toEqual([]);
  });
  it('control: a file that makes its own key is reported', () => {
    expect(strayKeys([{ file: 'lib/x.ts', text: "const K = Symbol.for('zhungeer.my-cache');" }])).toEqual(['lib/x.ts: zhungeer.my-cache']);
  });
  it('the keys are distinct, and the plain-Node patch reads the security headers under the same one', () => {
    const all = Object.values(processKeys);
    expect(new Set(all).size).toBe(all.length);
    expect(Symbol.for(headersKey)).toBe(processKeys.securityHeaders);
    expect(Symbol.for('zhungeer.other')).not.toBe(processKeys.securityHeaders);
  });
});
