import { describe, expect, it } from 'vitest';
import { newNonce } from './headers';

/** 16 random bytes, base64: what newNonce must return. */
const isNonce = (n: string) => /^[A-Za-z0-9+/]{22}==$/.test(n) && Buffer.from(n, 'base64').length === 16;

describe('newNonce', () => {
  it('is 16 random bytes in base64, different each time', () => {
    const nonces = Array.from({ length: 64 }, newNonce);
    for (const n of nonces) expect(isNonce(n), n).toBe(true);
    expect(new Set(nonces).size).toBe(nonces.length);
  });
  it('control: the old form, a v4 UUID in base64 (36 bytes, 122 random bits), is refused', () => {
    expect(isNonce(Buffer.from(crypto.randomUUID()).toString('base64'))).toBe(false);
  });
});
