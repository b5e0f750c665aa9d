// Debian's Chromium driven by playwright-core (never a downloaded browser). `launch` gives it a
// fresh temporary profile that Playwright deletes on close.
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { onCleanup } from './cleanup';

export const chromiumPath = process.env.MARGINALIA_CHROMIUM ?? '/usr/bin/chromium';

export interface RunningBrowser {
  readonly browser: Browser;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<RunningBrowser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: install Debian's \`chromium\` package or set MARGINALIA_CHROMIUM`);
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Our cleanup owns the signals, so Ctrl-C also ends code-server, not just the browser.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Playwright itself kills the browser it launched if this process exits without closing it.
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= browser
      .close()
      .catch(() => undefined)
      .finally(() => unregister());
    return closed;
  };
  const unregister = onCleanup({ async: close, sync: () => undefined });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return { browser, context, close };
}
