import { processKeys } from '../server/process-state';

/**
 * Security headers, in one place. The Content-Security-Policy for pages is built per page in proxy.ts (hashes of
 * that page's inline scripts, see lib/build/manifest.ts); everything else here is the same for every response.
 */

/**
 * Headers for every response: proxy.ts sets them on everything it sees, next.config.ts on static files, and the patch
 * of Next.js (lib/build/patch-next.mjs) on what Next or Node answer before any route (`publishSecurityHeaders`).
 */
export const commonSecurityHeaders: { key: string; value: string }[] = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), ' +
      'hid=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), ' +
      'screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), clipboard-write=(self), interest-cohort=()',
  },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

/**
 * A nonce for one response's policy: 16 random bytes (128 bits, the least CSP Level 3 recommends; a v4 UUID has
 * only 122), base64 as CSP's nonce-source grammar allows.
 */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * The policy. Scripts: only this origin's files plus, for inline scripts, the exact hashes of the page being
 * served (or a per-request nonce for pages rendered on request). No 'unsafe-inline' and no 'unsafe-eval'.
 * Styles allow 'unsafe-inline' (attributes and elements): each photo's placeholder is a background in its style
 * attribute (components/photo/PhotoImage.tsx), and Next.js's own inline styles carry no nonce on prerendered pages;
 * CSS cannot run script. Images allow data: for those build-time placeholders.
 */
export function contentSecurityPolicy({ hashes = [], nonce }: { hashes?: readonly string[]; nonce?: string } = {}): string {
  const scriptSources = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes.map((h) => `'${h}'`)];
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * For files (chunks, optimized images, feeds, SVG files): nothing in them may run, load or be framed. An SVG
 * file's own <style> block may apply (the locator map's dark colours when the file is opened on its own, see
 * lib/map/style.ts): inline CSS in a sandboxed document with no script and no loads reaches nothing.
 */
export const filePolicy =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/** Sets the common headers and a policy on a response. */
export function secure<T extends { headers: Headers }>(response: T, policy: string): T {
  for (const { key, value } of commonSecurityHeaders) response.headers.set(key, value);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/** The headers of a response Next.js or Node writes before any route runs (a file's policy), as one object. */
export const frameworkResponseHeaders: Record<string, string> = Object.fromEntries([
  ...commonSecurityHeaders.map(({ key, value }) => [key, value]),
  ['Content-Security-Policy', filePolicy],
]);

/**
 * Where the patch of Next.js's server (lib/build/patch-next.mjs) reads those headers when it answers: published once
 * per process by instrumentation.ts, so a change here needs no re-patch (the patch has a strict default until then).
 */
export const frameworkHeadersKey = processKeys.securityHeaders;

export function publishSecurityHeaders(): void {
  (globalThis as typeof globalThis & { [frameworkHeadersKey]?: Record<string, string> })[frameworkHeadersKey] = frameworkResponseHeaders;
}
