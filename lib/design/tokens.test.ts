import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { darkColours, lightColours } from './tokens';

/** `--name: #hex;` declarations of the first `:root { … }` block after `start` in the stylesheet. */
function rootVars(css: string, start: number): Record<string, string> {
  const open = css.indexOf(':root', start);
  const block = css.slice(open, css.indexOf('}', open));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,8})\s*;/g)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

export function tokenDrift(css: string): string[] {
  const light = rootVars(css, 0);
  const dark = rootVars(css, css.indexOf('@media (prefers-color-scheme: dark)'));
  const out: string[] = [];
  for (const [scheme, tokens, declared] of [
    ['light', lightColours, light],
    ['dark', darkColours, dark],
  ] as const) {
    for (const [name, value] of Object.entries(tokens))
      if (declared[name] !== value) out.push(`${scheme} --${name}: css ${declared[name]} ≠ ${value}`);
    for (const name of Object.keys(declared)) if (!(name in tokens)) out.push(`${scheme} --${name}: in css only`);
  }
  return out;
}

describe('design tokens', () => {
  const css = readFileSync(path.join(process.cwd(), 'app/globals.css'), 'utf8');
  it('lib/design/tokens.ts and app/globals.css declare the same colours, light and dark', () => {
    expect(tokenDrift(css)).toEqual([]);
  });
  it('reports a colour changed on one side only (negative control)', () => {
    expect(tokenDrift(css.replace('--accent: #2c6a4c;', '--accent: #2c6a4d;'))).toEqual(['light --accent: css #2c6a4d ≠ #2c6a4c']);
  });
});
