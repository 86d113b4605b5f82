import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const path of process.argv.slice(2)) {
  const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push({ t: Math.round(e.startTime), size: e.size, el: e.element ? e.element.tagName + '.' + String(e.element.className).slice(0, 30) + ' ' + (e.element.textContent || e.url || '').slice(0, 40) : e.url?.slice(-50) }); }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await p.goto('http://127.0.0.1:3990' + path, { waitUntil: 'load' });
  await p.waitForTimeout(3000);
  console.log(path, JSON.stringify(await p.evaluate(() => window.__lcp)));
  await ctx.close();
}
await b.close();
