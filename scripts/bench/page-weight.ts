import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** What a page makes the browser load, as written in its HTML. */
export interface PageResources {
  stylesheets: string[];
  /** External scripts, and modules preloaded for them. */
  scripts: string[];
  images: string[];
  /** The source of each inline script that runs (JSON data blocks excluded). */
  inlineScripts: string[];
  inlineStyles: string[];
}

const jsTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const attribute = (element: Element, name: string): string | undefined => {
  const value = element.properties[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? value.join(' ') : undefined;
};

/** The first URL of each candidate of a `srcset`. */
function srcsetUrls(srcset: string | undefined): string[] {
  return (srcset ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter((url) => url !== '');
}

export function extractResources(html: string): PageResources {
  const tree: Root = fromHtml(html);
  const scripts = selectAll('script', tree);
  const isJs = (element: Element) => jsTypes.has((attribute(element, 'type') ?? '').toLowerCase());
  return {
    stylesheets: selectAll('link[rel~=stylesheet][href]', tree).map((element) => attribute(element, 'href')!),
    scripts: [
      ...scripts.filter((element) => attribute(element, 'src') !== undefined && isJs(element)).map((element) => attribute(element, 'src')!),
      ...selectAll('link[rel~=modulepreload][href]', tree).map((element) => attribute(element, 'href')!),
    ],
    images: [
      ...selectAll('img[src], input[type=image][src]', tree).map((element) => attribute(element, 'src')!),
      ...selectAll('img[srcset], source[srcset]', tree).flatMap((element) => srcsetUrls(attribute(element, 'srcSet'))),
      ...selectAll('link[rel~=icon][href]', tree).map((element) => attribute(element, 'href')!),
    ],
    inlineScripts: scripts.filter((element) => attribute(element, 'src') === undefined && isJs(element)).map((element) => toString(element)),
    inlineStyles: selectAll('style', tree).map((element) => toString(element)),
  };
}

/** `url(…)` references of a stylesheet (fonts, images), data: URLs left out. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2]!.trim()).filter((url) => !url.startsWith('data:'));
}

/**
 * The file in dist/ that a URL of the page at `pagePath` (site-absolute, e.g. "/sources/x/") loads,
 * as a path relative to dist/; undefined for another origin or a data: URL. `base` is the site's base path.
 */
export function distPath(url: string, pagePath: string, base = '/'): string | undefined {
  if (/^(?:data|blob|javascript):/i.test(url)) return undefined;
  const page = new URL(pagePath, 'http://site.invalid');
  const target = new URL(url, page);
  if (target.origin !== page.origin) return undefined;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let path = decodeURIComponent(target.pathname);
  if (path.startsWith(prefix)) path = path.slice(prefix.length - 1);
  path = path.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export interface Weight {
  raw: number;
  gzip: number;
}

export const zeroWeight = (): Weight => ({ raw: 0, gzip: 0 });

/** Raw bytes and gzip at level 9 (what a server sends compressed). */
export function weigh(content: Uint8Array | string): Weight {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { raw: bytes.byteLength, gzip: bytes.byteLength === 0 ? 0 : gzipSync(bytes, { level: 9 }).byteLength };
}

export function addWeights(...weights: readonly Weight[]): Weight {
  return weights.reduce((sum, weight) => ({ raw: sum.raw + weight.raw, gzip: sum.gzip + weight.gzip }), zeroWeight());
}

/** A page's weight by kind of resource; each file is counted once per page. */
export interface PageWeight {
  html: Weight;
  css: Weight;
  /** External scripts. */
  js: Weight;
  /** Inline scripts: already inside `html`, reported apart for the JavaScript budget. */
  inlineJs: Weight;
  images: Weight;
  total: Weight;
  /** Files the page refers to that dist/ does not have. */
  missing: string[];
}

/**
 * Weighs a page: its HTML (inline scripts and styles included), the stylesheets, scripts and
 * images it loads, and what the stylesheets load with url(). `read` returns a dist/ file's bytes
 * or undefined when it does not exist.
 */
export function weighPage(html: string, pagePath: string, base: string, read: (path: string) => Uint8Array | undefined): PageWeight {
  const resources = extractResources(html);
  const missing: string[] = [];
  const seen = new Set<string>();
  const load = (url: string, from: string): { path: string; bytes: Uint8Array } | undefined => {
    const path = distPath(url, from, base);
    if (path === undefined || seen.has(path)) return undefined;
    seen.add(path);
    const bytes = read(path);
    if (!bytes) missing.push(path);
    return bytes ? { path, bytes } : undefined;
  };
  const css: Weight[] = [];
  const images: Weight[] = [];
  for (const url of resources.stylesheets) {
    const file = load(url, pagePath);
    if (!file) continue;
    css.push(weigh(file.bytes));
    const sheetPath = `/${file.path}`;
    for (const inner of cssUrls(new TextDecoder().decode(file.bytes))) {
      const asset = load(inner, sheetPath);
      if (asset) images.push(weigh(asset.bytes));
    }
  }
  for (const url of resources.images) {
    const file = load(url, pagePath);
    if (file) images.push(weigh(file.bytes));
  }
  const js = resources.scripts.map((url) => load(url, pagePath)).flatMap((file) => (file ? [weigh(file.bytes)] : []));
  const result = {
    html: weigh(html),
    css: addWeights(...css),
    js: addWeights(...js),
    inlineJs: addWeights(...resources.inlineScripts.map((script) => weigh(script))),
    images: addWeights(...images),
  };
  return { ...result, total: addWeights(result.html, result.css, result.js, result.images), missing };
}

/** The site's base path, as the layout writes it on <html data-base="…">; "/" when absent. */
export function htmlBase(html: string): string {
  const tree: Root = fromHtml(html);
  const root = selectAll('html[data-base]', tree)[0];
  return (root && attribute(root, 'dataBase')) || '/';
}

/**
 * The first link of a page to a page under `prefix` (e.g. "/chapitres/"), as a site path with
 * the base path; the index `prefix` itself is not a match.
 */
export function firstLinkUnder(html: string, prefix: string): string | undefined {
  const tree: Root = fromHtml(html);
  for (const link of selectAll('a[href]', tree)) {
    const href = attribute(link, 'href')!.split('#')[0]!;
    if (href.startsWith(prefix) && href.length > prefix.length && /^[^/]+\/$/.test(href.slice(prefix.length))) return href;
  }
  return undefined;
}
