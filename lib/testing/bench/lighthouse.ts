import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumFlags } from '../e2e/browser';
import { median } from './util';

/** The browser tests' flags, plus the new headless mode Lighthouse needs. */
const chromeFlags = ['--headless=new', ...chromiumFlags];

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Preset = 'mobile' | 'desktop';
export type LighthouseFigures = Record<(typeof categories)[number], number> & { lcpMs: number; tbtMs: number; cls: number; runs: number };

export async function withChrome<T>(fn: (port: number) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', chromeFlags });
  try {
    return await fn(chrome.port);
  } finally {
    await chrome.kill();
  }
}

/**
 * How Lighthouse throttles: `simulate` (its default) loads the page at full speed and computes the timings a slow
 * phone would see from the recorded request graph (Lantern); `devtools` slows the network and CPU while the page
 * loads and reports what was observed. Lantern counts every request that started before the observed paint, so a
 * page whose first paint races its font requests gets two answers; `devtools` shows whether readers would see one.
 */
export type Throttling = 'simulate' | 'devtools';
export function throttlingFrom(value: string | undefined): Throttling {
  if (value === undefined || value === '' || value === 'simulate') return 'simulate';
  if (value === 'devtools') return 'devtools';
  throw new Error(`BENCH_THROTTLING must be simulate or devtools, not ${JSON.stringify(value)}`);
}

/**
 * Median of `runs` Lighthouse runs (each figure's own median, as Lighthouse's docs advise). Mobile is the
 * default config (Moto G Power, slow 4G); desktop is Lighthouse's desktop preset.
 */
export async function audit(
  port: number,
  url: string,
  preset: Preset,
  runs: number,
  throttlingMethod: Throttling = 'simulate',
): Promise<LighthouseFigures> {
  const results: Record<string, unknown>[] = [];
  for (let i = 0; i < runs; i++) {
    // A trace can fail to record on a busy machine (NO_NAVSTART, NO_FCP): such a run is repeated, twice at most.
    let lhr;
    for (let attempt = 0; ; attempt++) {
      const flags = { port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...categories], throttlingMethod };
      const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      lhr = result.lhr;
      if (!lhr.runtimeError) break;
      if (attempt === 2) throw new Error(`Lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      console.warn(`lighthouse ${preset} ${url}: ${lhr.runtimeError.code}, running again`);
    }
    results.push({
      ...Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      failing: categories.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}:${ref.id}`),
      ),
    } as Record<string, unknown>);
  }
  const pick = (k: string) => median(results.map((r) => r[k] as number));
  const failing = [...new Set(results.flatMap((r) => r.failing as string[]))];
  return {
    ...(Object.fromEntries(categories.map((c) => [c, pick(c)])) as Record<(typeof categories)[number], number>),
    lcpMs: Math.round(pick('lcpMs')),
    tbtMs: Math.round(pick('tbtMs')),
    cls: Math.round(pick('cls') * 1000) / 1000,
    runs,
    ...(failing.length ? { failing } : {}),
  };
}
