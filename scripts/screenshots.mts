/**
 * `npm run screenshots` (after `npm run build`): one page of each type a reader meets (the same as the
 * browser tests), full length at 375 and 1280 px, in test-results/screenshots/<type>-<width>.png, to
 * look at as a reader would before a change is called done. Not a test: it asserts nothing, so it
 * lives here rather than in `npm test`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser';
import { distRoot } from '../tests/helpers/dist';
import { pageTypes } from '../tests/helpers/page-types';
import { serveStatic } from '../tests/helpers/static-server';

const folder = join(process.cwd(), 'test-results', 'screenshots');
mkdirSync(folder, { recursive: true });
const browser = await launchBrowser();
const server = await serveStatic(distRoot, '/');
try {
  for (const [name, path] of Object.entries(pageTypes)) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const response = await page.goto(server.url + path);
      if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}: run \`npm run build\` first`);
      await page.screenshot({ path: join(folder, `${name}-${width}.png`), fullPage: true });
      await page.close();
    }
  }
  console.log(`${Object.keys(pageTypes).length * 2} screenshots in ${folder}`);
} finally {
  await browser.close();
  await server.close();
}
