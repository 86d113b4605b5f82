import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchGateKey } from '../../search/gate';
import { fillHeader } from '../../search/page-cache';

/** The preloads are plain JavaScript (node --import): they name the production globals and headers by hand. */
const source = (name: string) => readFileSync(path.join(import.meta.dirname, name), 'utf8');

describe('the test preloads name what production code uses', () => {
  it('the search gate’s global, and the page cache’s fill header', () => {
    expect(source('gate-full-after-first.mjs')).toContain(`Symbol.for('${searchGateKey.description}')`);
    expect(source('no-loopback.mjs')).toContain(`'${fillHeader}'`);
  });
});
