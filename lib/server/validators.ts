import { createHash } from 'node:crypto';

/**
 * HTTP validators (RFC 9110 §8.8, §13) for what the build wrote: the ETag is computed once at build time, so no
 * request hashes a body (`generateEtags: false` in next.config.ts).
 */

/**
 * A weak validator from the bytes the server sends (sha256, base64url, 128 bits). Weak because the same
 * representation may go out gzipped or not (Next's `compress`, a CDN); If-None-Match compares weakly anyway.
 */
export function etagOf(body: Uint8Array): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** If-None-Match with weak comparison (§13.1.2); `*` matches any current representation. */
export function noneMatch(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Whether If-Match fails (§13.1.1) for a representation that exists: `*` passes; otherwise it needs a strong
 * comparison, which a weak ETag (or none, for a page rendered on request) never passes, so any listed tag fails.
 * Absent: nothing to check.
 */
export function ifMatchFails(ifMatch: string | null, etag: string | undefined): boolean {
  if (ifMatch === null) return false;
  if (ifMatch.trim() === '*') return false;
  if (!etag || etag.startsWith('W/')) return true;
  return !ifMatch.split(',').some((tag) => tag.trim() === etag);
}
