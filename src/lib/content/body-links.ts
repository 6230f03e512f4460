import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentError } from './content-error';

/** A path or fragment of the site itself: `/chronologie/`, `#note`, never `//host` (another site). */
const isSitePath = (url: string): boolean => /^(?:\/(?!\/)|#)/.test(url);

/**
 * A chapter (or an article's text) links only to the site or to `https:` addresses, and loads no image
 * from elsewhere: a `javascript:` link would run in the reader's browser, an outside image would tell
 * its host who reads.
 */
export function checkBodyLinks(tree: Root, file: string): ContentError[] {
  const errors: ContentError[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const url = node.url.trim();
    const start = node.position?.start ?? { line: 1, column: 1 };
    const at = { file, line: start.line, column: start.column };
    if (node.type === 'image') {
      if (!isSitePath(url)) errors.push({ ...at, message: `Unexpected image from ${describe(url)}, expected an image of the site (a path starting with /)`, fix: 'copy the image into public/ and write its path, or link to the page that shows it' });
      return;
    }
    if (!isSitePath(url) && !/^https:\/\/[^/]/i.test(url)) {
      errors.push({ ...at, message: `Unexpected link to ${describe(url)}, expected a page of the site (a path starting with /) or an https:// address`, fix: 'write the https:// address of the page, or a path of the site' });
    }
  });
  return errors;
}

function describe(url: string): string {
  const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
  return JSON.stringify(shown);
}
