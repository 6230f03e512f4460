/**
 * `npm run bench:lighthouse [-- --build] [--desktop]`: Lighthouse scores (performance,
 * accessibility, best practices, SEO) of each page type of the built site, served on 127.0.0.1
 * under its base path the way a static host serves it, audited in Debian's Chromium
 * ($CHROME_PATH, default /usr/bin/chromium). Mobile emulation with Lighthouse's default
 * simulated throttling unless --desktop. Audits that cost points are listed under the table.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { formatTable, formatTarget, type Target } from './table';
import { serveStatic } from '../../tests/helpers/static-server';
import { openBuiltSite } from './built-site.mts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const args = process.argv.slice(2);
const unknown = args.find((arg) => arg !== '--build' && arg !== '--desktop');
if (unknown !== undefined) {
  console.error(`Unexpected argument ${JSON.stringify(unknown)}, expected --build, --desktop or nothing`);
  process.exit(2);
}
const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath}: install Debian's (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}

const site = openBuiltSite('bench:lighthouse', args.includes('--build'));
const server = await serveStatic(site.dist, site.base);
const origin = new URL(server.url).origin;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

interface PageScores {
  type: string;
  path: string;
  scores: Record<(typeof categories)[number], number | null>;
  lost: string[];
}

const results: PageScores[] = [];
try {
  for (const { type, path } of site.pageTypes) {
    if (path === undefined) continue;
    process.stderr.write(`[bench:lighthouse] ${type} ${path}…\n`);
    const run = await lighthouse(`${origin}${path}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...categories] }, args.includes('--desktop') ? desktopConfig : undefined);
    if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = run;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(categories.map((id) => [id, lhr.categories[id]?.score ?? null])) as PageScores['scores'];
    const lost = categories.flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `${id}: ${audit.id} (${Math.round(audit.score! * 100)})${audit.displayValue ? ` ${audit.displayValue}` : ''}`),
    );
    results.push({ type, path, scores, lost });
  }
} finally {
  chrome.kill();
  await server.close();
}

const show = (score: number | null) => (score === null ? 'n/a' : String(Math.round(score * 100)));
console.log(`Lighthouse ${args.includes('--desktop') ? 'desktop' : 'mobile (simulated slow 4G, 4× CPU slowdown)'} on ${site.dist} served at ${server.url}\n`);
console.log(formatTable(['page', 'path', ...categories], results.map(({ type, path, scores }) => [type, path, ...categories.map((id) => show(scores[id]))]), ['left', 'left']));
for (const { path, lost } of results) if (lost.length > 0) console.log(`\n${path} loses points on:\n${lost.map((line) => `  - ${line}`).join('\n')}`);

const targets: Target[] = categories.map((id) => {
  const below = results.filter(({ scores }) => scores[id] !== 1);
  return {
    label: `Lighthouse ${id} 100 on every page type`,
    actual: below.length === 0 ? `100 on all ${results.length}` : below.map(({ type, scores }) => `${type} ${show(scores[id])}`).join(', '),
    met: below.length === 0,
  };
});
console.log('\nTargets\n');
for (const target of targets) console.log(formatTarget(target));
