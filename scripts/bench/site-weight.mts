/** The HTML + CSS weight (gzip -9) of every page of a built site, against the 40 KB per-page budget. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { weighPage } from './page-weight';

export const pageBudgetBytes = 40_000;

export interface SiteWeight {
  pages: number;
  heaviest: { path: string; gzip: number };
  /** The five heaviest pages, heaviest first, over the budget or not. */
  heaviestPages: { path: string; gzip: number }[];
  /** Pages over the budget, heaviest first (at most ten). */
  over: { path: string; gzip: number }[];
  overCount: number;
}

export function weighSite(dist: string, base = '/'): SiteWeight {
  const read = (path: string) => {
    const file = join(dist, path);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const files = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const weights = files.map((file) => {
    const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const weight = weighPage(readFileSync(join(dist, file), 'utf8'), path, base, read);
    return { path, gzip: weight.html.gzip + weight.css.gzip };
  });
  const over = weights.filter((weight) => weight.gzip > pageBudgetBytes).sort((a, b) => b.gzip - a.gzip);
  const heaviest = weights.reduce((max, weight) => (weight.gzip > max.gzip ? weight : max), { path: '', gzip: 0 });
  const heaviestPages = [...weights].sort((a, b) => b.gzip - a.gzip).slice(0, 5);
  return { pages: weights.length, heaviest, heaviestPages, over: over.slice(0, 10), overCount: over.length };
}
