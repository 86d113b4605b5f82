import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';

/** The flags this machine needs (no sandbox as root, no background network calls); the bench uses them too. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, with chromiumFlags. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: chromiumFlags });
}

export const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const desktop: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };
