import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

/** Minutes to read a text at 200 words a minute, at least one. */
export function readingMinutes(tree: Root): number {
  const words = toString(tree).split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
  return Math.max(1, Math.round(words / 200));
}
