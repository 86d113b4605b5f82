import { readFileSync } from 'node:fs';
import { buildFile } from '@/lib/server/build-file';
import { searchPageCache } from '@/lib/search/page-cache';
import { manifestLoaded } from '@/lib/server/page-store';
import { originReport } from '@/lib/share/origin';

export const dynamic = 'force-dynamic';

let buildId: string | undefined;

/**
 * Liveness and readiness for load balancers and Kubernetes probes. Reports the build id so a rollout can check
 * that every instance behind the CDN serves the same build. Without the build's page manifest (postbuild writes it)
 * every prerendered page would go out with a policy that blocks its scripts, so such an instance is not ready: 503.
 * Also the origin the build writes into its pages (`siteUrl`), with `originMismatch` once a page was requested on
 * another origin (lib/share/origin.ts). `searchCache` (lib/search/page-cache.ts): pages held, their size, the hits and
 * misses so far, the searches rendered directly because the server could not reach itself (`direct`), and the filled
 * pages kept with Next's own script tags because the defer step failed (`deferFailed`) or found none of the tags it
 * rewrites (`deferUnrecognised`). Each of the last three is logged the first time.
 */
export function GET() {
  buildId ??= (() => {
    try {
      return readFileSync(buildFile('BUILD_ID'), 'utf8').trim();
    } catch {
      return 'unknown';
    }
  })();
  const ready = manifestLoaded();
  const cache = searchPageCache();
  const searchCache = {
    pages: cache.size,
    bytes: cache.storedBytes,
    hits: cache.hits,
    misses: cache.misses,
    direct: cache.unreachable,
    deferFailed: cache.deferFailed,
    deferUnrecognised: cache.deferUnrecognised,
  };
  return Response.json(
    { status: ready ? 'ok' : 'missing page manifest', buildId, uptime: Math.round(process.uptime()), searchCache, ...originReport() },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
