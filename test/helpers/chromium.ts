import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for Debian's Chromium in a sandbox with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    // Browser suites never skip: a missing browser is a failure with the fix in its message.
    throw new Error(
      `Chromium not found at ${path}. Install Debian's Chromium with \`apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH to a Chromium binary). Browser tests do not download a browser.',
    );
  }
  return path;
}

export interface LaunchedChromium {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedChromium> {
  const executablePath = chromiumPath();
  // playwright-core gives the browser a fresh temporary profile and removes it on close.
  const browser = await chromium.launch({ executablePath, headless: true, args: [...chromiumArgs] });
  return {
    browser,
    close: () => browser.close(),
  };
}
