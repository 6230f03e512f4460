/**
 * `npm run bench:pages [-- --build]`: the weight of each page type of the built site (dist/, or
 * $OUT_DIR): the HTML and the CSS, JavaScript and images it loads, raw and gzipped (level 9),
 * against the page-weight targets. Builds the site first when dist/ is missing (or with --build).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { addWeights, distPath, extractResources, weigh, weighPage, type PageWeight, type Weight } from './page-weight';
import { formatBytes, formatTable, formatTarget, type Target } from './table';
import { openBuiltSite } from './built-site.mts';

const args = process.argv.slice(2);
if (args.some((arg) => arg !== '--build')) {
  console.error(`Unexpected argument ${JSON.stringify(args.find((arg) => arg !== '--build'))}, expected --build or nothing`);
  process.exit(2);
}
const { root, dist, base, read, readPage, at, pageTypes } = openBuiltSite('bench:pages', args.includes('--build'));
const searchPath = at('/recherche/');

const both = (weight: Weight) => `${formatBytes(weight.raw)} / ${formatBytes(weight.gzip)}`;
const weights: { type: string; path: string; weight: PageWeight }[] = [];
const rows: string[][] = [];
for (const { type, path } of pageTypes) {
  const html = path === undefined ? undefined : readPage(path);
  if (path === undefined || html === undefined) {
    rows.push([type, path ?? '(none found)', 'missing', '', '', '', '', '']);
    continue;
  }
  const weight = weighPage(html, path, base, read);
  weights.push({ type, path, weight });
  rows.push([type, path, both(weight.html), both(weight.css), both(weight.js), formatBytes(weight.inlineJs.raw), both(weight.images), both(weight.total)]);
  if (weight.missing.length > 0) console.error(`[bench:pages] ${path} loads files missing from dist/: ${weight.missing.join(', ')}`);
}
const sum = (pick: (weight: PageWeight) => Weight) => addWeights(...weights.map(({ weight }) => pick(weight)));
rows.push(['total', `${weights.length} pages`, both(sum((w) => w.html)), both(sum((w) => w.css)), both(sum((w) => w.js)), formatBytes(sum((w) => w.inlineJs).raw), both(sum((w) => w.images)), both(sum((w) => w.total))]);

console.log(`Page weight of ${relative(root, dist) || '.'}/ (raw / gzip -9; 1 KB = 1,000 bytes; HTML includes inline <script> and <style>; "inline JS" is the part of the HTML that is script)\n`);
console.log(formatTable(['page', 'path', 'HTML', 'CSS', 'JS (files)', 'inline JS', 'images', 'total'], rows, ['left', 'left']));

// Every page of the site, for the budgets that hold for all pages.
function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
const uniqueJs = new Map<string, Weight>();
const pagesWithJs: { path: string; bytes: number }[] = [];
let heaviest = { path: '', gzip: 0 };
let overBudget = 0;
const all = htmlFiles(dist);
for (const file of all) {
  const html = new TextDecoder().decode(read(file));
  const path = at(`/${file.replace(/(^|\/)index\.html$/, '$1')}`);
  const weight = weighPage(html, path, base, read);
  const resources = extractResources(html);
  for (const url of resources.scripts) {
    const target = distPath(url, path, base);
    const bytes = target === undefined ? undefined : read(target);
    if (target !== undefined && bytes !== undefined) uniqueJs.set(`file:${target}`, weigh(bytes));
  }
  for (const script of resources.inlineScripts) uniqueJs.set(`inline:${script}`, weigh(script));
  const jsBytes = weight.js.raw + weight.inlineJs.raw;
  if (jsBytes > 0 && path !== searchPath) pagesWithJs.push({ path, bytes: jsBytes });
  const htmlCss = weight.html.gzip + weight.css.gzip;
  if (htmlCss > heaviest.gzip) heaviest = { path, gzip: htmlCss };
  if (htmlCss > 40_000) overBudget++;
}
const siteJs = addWeights(...uniqueJs.values());

// The search script loads Pagefind's runtime on the first query: reported, not counted as page-load JS.
const searchHtml = readPage(searchPath) ?? '';
const searchCode = [
  searchHtml,
  ...extractResources(searchHtml).scripts.map((url) => {
    const target = distPath(url, searchPath, base);
    const bytes = target === undefined ? undefined : read(target);
    return bytes === undefined ? '' : new TextDecoder().decode(bytes);
  }),
].join('\n');
const pagefindRuntime = /pagefind\/pagefind\.js/.test(searchCode) ? read('pagefind/pagefind.js') : undefined;

console.log(`\nSite-wide (${all.length} HTML pages): ${uniqueJs.size} distinct script${uniqueJs.size === 1 ? '' : 's'}, ${both(siteJs)}; pages other than ${searchPath} with JavaScript: ${pagesWithJs.length}; heaviest HTML + CSS: ${heaviest.path} (${formatBytes(heaviest.gzip)} gzipped).`);
if (pagefindRuntime) console.log(`On the first search, ${searchPath} also loads pagefind/pagefind.js (${both(weigh(pagefindRuntime))}), then its WebAssembly and index chunks.`);

const measuredHtmlCss = weights.map(({ path, weight }) => ({ path, gzip: weight.html.gzip + weight.css.gzip }));
const targets: Target[] = [
  {
    label: `0 bytes of JavaScript required to read any page (${searchPath} excepted)`,
    actual:
      pagesWithJs.length === 0
        ? `no script on ${all.length - 1} pages; per page above: ${weights.filter(({ path }) => path !== searchPath).map(({ type, weight }) => `${type} ${weight.js.raw + weight.inlineJs.raw} B`).join(', ')}`
        : `${pagesWithJs.length} pages load JavaScript, e.g. ${pagesWithJs.slice(0, 3).map(({ path, bytes }) => `${path} (${formatBytes(bytes)})`).join(', ')}`,
    met: pagesWithJs.length === 0,
  },
  { label: 'JavaScript ≤ 5 KB gzipped in all', actual: `${formatBytes(siteJs.gzip)} gzipped (${formatBytes(siteJs.raw)} raw) in ${uniqueJs.size} distinct script${uniqueJs.size === 1 ? '' : 's'} across the site`, met: siteJs.gzip <= 5_000 },
  {
    label: 'HTML + CSS ≤ 40 KB gzipped per page',
    actual: `${measuredHtmlCss.map(({ path, gzip }) => `${path} ${formatBytes(gzip)}`).join(', ')}; all ${all.length} pages: max ${formatBytes(heaviest.gzip)} (${heaviest.path}), ${overBudget} over`,
    met: overBudget === 0,
  },
];
console.log('\nTargets\n');
for (const target of targets) console.log(formatTarget(target));
