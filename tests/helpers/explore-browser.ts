/**
 * Headless Debian Chromium driven by playwright-core (no browser download: `executablePath`), for the
 * /explore and playground tests. Every request the page makes is routed through a recorder: loopback
 * ones go through, anything else is aborted and kept for the test to report. Console errors and
 * uncaught page errors are kept too. Flags as docs/explore.md (and the machine notes) give them:
 * without the background-networking ones Chromium tries Google's hosts at every start.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');

// playwright adds --headless itself (headless: true) and the fresh --user-data-dir (the profile).
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--no-default-browser-check',
];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopback(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') {
    return true;
  }
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export interface Browser {
  readonly context: BrowserContext;
  /** Every URL the pages requested (WebSockets too), in order. */
  readonly requests: string[];
  /** Console messages of type error, and uncaught page errors. */
  readonly consoleErrors: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', async route => {
    const url = route.request().url();
    requests.push(url);
    await (isLoopback(url) ? route.continue() : route.abort('blockedbyclient'));
  });
  const watch = (page: Page): void => {
    page.on('console', msg => {
      if (msg.type() === 'error') {
        consoleErrors.push(`${page.url()}: ${msg.text()}`);
      }
    });
    page.on('pageerror', err => consoleErrors.push(`${page.url()}: ${err.message}`));
    // Routes do not see WebSockets: record them too (the loopback check covers live updates).
    page.on('websocket', ws => requests.push(ws.url()));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    requests,
    consoleErrors,
    async newPage(viewport) {
      const page = await context.newPage();
      if (viewport !== undefined) {
        await page.setViewportSize(viewport);
      }
      return page;
    },
    async screenshot(page, name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
