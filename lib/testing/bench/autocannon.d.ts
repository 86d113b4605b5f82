// autocannon ships no types; only the parts the benchmarks (run.ts, soak.ts) use.
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number };
  type Request = { path?: string; method?: string; headers?: Record<string, string>; body?: string };
  export type Result = {
    requests: Histogram & { total: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '1xx': number;
    '2xx': number;
    '3xx': number;
    '4xx': number;
    '5xx': number;
    statusCodeStats?: Record<string, { count: number }>;
  };
  export default function autocannon(opts: {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    requests?: { setupRequest?: (req: Request) => Request }[];
    /** Seconds before a request counts as a timeout (default 10). */
    timeout?: number;
  }): Promise<Result>;
}
