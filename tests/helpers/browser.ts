import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { distRoot } from './dist';
import { serveStatic, type StaticServer } from './static-server';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, never a downloaded browser. Browser tests are required: a missing browser
 * fails them with the command that installs it.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it with \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The browser and the built site it reads, for the tests of one file. */
export interface SiteInBrowser {
  readonly browser: Browser;
  /** The served site's address, with a trailing slash. */
  readonly url: string;
}

/**
 * Debian's Chromium and dist/ served over HTTP, opened before the file's tests and closed after them.
 * Call it at the top of a test file; `setUp` runs once both are up (a context, a folder for screenshots).
 */
export function siteInBrowser(setUp?: (site: SiteInBrowser) => Promise<void> | void): SiteInBrowser {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  const site: SiteInBrowser = {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(distRoot, '/');
    await setUp?.(site);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return site;
}
