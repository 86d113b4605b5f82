/**
 * Next.js runs `register()` once when a server process starts (the documented instrumentation hook). It publishes the
 * security headers for the responses Next.js and Node write themselves, which the patch of Next's server reads
 * (lib/build/patch-next.mjs), so their values live only in lib/security/headers.ts.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { publishSecurityHeaders } = await import('./lib/security/headers');
  publishSecurityHeaders();
}
