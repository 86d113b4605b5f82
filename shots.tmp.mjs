import { chromium } from 'playwright-core';
const origin = process.argv[2];
const types = ['', '/restoration', '/industries/parallel', '/gallery', '/gallery/pine-capped-hills', '/glossary', '/glossary/zhungeer-banner', '/search?q=solar', '/press', '/press/brief', '/nope'];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const scheme of (process.argv[3] || 'light').split(',')) for (const w of [390, 1440]) {
  const ctx = await b.newContext({ viewport: { width: w, height: w < 800 ? 844 : 900 }, colorScheme: scheme, ...(w < 800 ? { isMobile: true, hasTouch: true } : {}) });
  const p = await ctx.newPage();
  for (const l of ['zh', 'en']) for (const t of types) {
    const url = `${origin}/${l}${t}`;
    const res = await p.goto(url, { waitUntil: 'load' });
    const m = await p.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: innerWidth }));
    const name = `/tmp/shots/${scheme}-${w}-${l}${t.replace(/[/?=]/g, '_') || '_home'}.png`;
    await p.screenshot({ path: name });
    console.log(res.status(), w, scheme, url, m.sw > m.iw ? `OVERFLOW ${m.sw}` : 'ok');
  }
  await ctx.close();
}
await b.close();
