/**
 * `npm run bench:search`: only the search-beside-pages scenario (search-load.ts) against the last build's standalone
 * server (`npm run build` first; BENCH_DIST_DIR picks another build folder, BENCH_LOAD_SECONDS the duration).
 */
import { startServer } from '../serve';
import { printSearchLoad, searchBesidePages } from './search-load';

const server = await startServer(process.env.BENCH_DIST_DIR ? { distDir: process.env.BENCH_DIST_DIR } : {});
try {
  printSearchLoad(
    await searchBesidePages(server.origin, process.env.BENCH_PATH || '/en/restoration', Number(process.env.BENCH_LOAD_SECONDS || 15)),
  );
} finally {
  await server.stop();
}
