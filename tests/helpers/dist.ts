import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { SKIP, visit } from 'unist-util-visit';
import { projectRoot } from './project';

export const distRoot = join(projectRoot, 'dist');

/** Every file under a built site, as paths relative to it, in a fixed order: to compare two builds. */
export function builtFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(root, path));
    }
  };
  walk(root);
  return found;
}

/** A built page by its URL path ("/sources/x/"), parsed. Fails clearly when the build is missing. */
export function readPage(path: string, root = distRoot): Root {
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the site tests`);
  return fromHtml(readFileSync(file, 'utf8'));
}

export function readJson<T>(path: string, root = distRoot): T {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
}

/**
 * The text a reader reads in an element, without the site's own additions (paragraph links,
 * speaker labels…), which carry `data-chrome`.
 */
export function readerText(node: Element | Root): string {
  let text = '';
  visit(node, (child) => {
    if (child.type === 'element' && child.properties['dataChrome'] !== undefined) return SKIP;
    if (child.type === 'text') text += child.value;
    return undefined;
  });
  return text;
}

export { selectAll };
