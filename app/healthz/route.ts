import { readFileSync } from 'node:fs';
import { buildFile } from '@/lib/deploy/build-file';
import { originReport } from '@/lib/share/origin';

export const dynamic = 'force-dynamic';

let buildId: string | undefined;

/**
 * Liveness and readiness for load balancers and Kubernetes probes. Reports the build id so a rollout can check
 * that every instance behind the CDN serves the same build, and the origin the build writes into its pages
 * (`siteUrl`), with `originMismatch` once a page was requested on another origin (lib/share/origin.ts).
 */
export function GET() {
  buildId ??= (() => {
    try {
      return readFileSync(buildFile('BUILD_ID'), 'utf8').trim();
    } catch {
      return 'unknown';
    }
  })();
  return Response.json(
    { status: 'ok', buildId, uptime: Math.round(process.uptime()), ...originReport() },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
