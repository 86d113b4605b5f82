/**
 * `postinstall` (after `npm install` / `npm ci`): applies the patch of Next.js's server (patch-next.ts) to the
 * installed `next` package. Re-running it is harmless: `npm run postinstall` after a change of patch-next.ts or of
 * the security headers it carries.
 */
import { applyNextPatch } from './patch-next';

const changed = applyNextPatch();
console.log(`patch-next: Next.js server patch ${changed.length ? `applied to ${changed.join(', ')}` : 'already in place'}`);
