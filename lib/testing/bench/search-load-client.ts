/**
 * One load generator of the search-beside-pages scenario (search-load.ts), in a process of its own: two
 * autocannon instances in one process share its event loop, and the slower one (search) then starves the other.
 * Usage: tsx search-load-client.ts <origin> <search|search-new|path> <connections> <seconds>; prints autocannon's
 * result as JSON. `search` cycles through the 50 queries; `search-new` appends a counter, so no query repeats.
 */
import autocannon from 'autocannon';
import { benchSearchPath } from './search-queries';

const [origin, target, connections, seconds] = process.argv.slice(2) as [string, string, string, string];
let next = 0;
const result = await autocannon({
  url: target.startsWith('search') ? origin : origin + target,
  connections: Number(connections),
  duration: Number(seconds),
  ...(target.startsWith('search')
    ? {
        requests: [
          {
            setupRequest: (req) => {
              return { ...req, path: benchSearchPath(next++, target === 'search-new') };
            },
          },
        ],
      }
    : {}),
});
process.stdout.write(JSON.stringify(result));
