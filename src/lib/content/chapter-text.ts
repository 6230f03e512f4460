import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { findInvisibleCharacter } from '../schemas/shared';
import type { ContentError } from './content-error';

/**
 * A chapter's prose is ours, not a source's: no invisible character (zero-width, bidirectional
 * control), as in every field an editor writes. The `quote` of a :source directive copies the source
 * and is left as it is.
 */
export function checkChapterText(tree: Root, file: string): ContentError[] {
  const errors: ContentError[] = [];
  visit(tree, 'text', (node) => {
    const invisible = findInvisibleCharacter(node.value.replace(/\t/g, ' '));
    if (!invisible) return;
    const start = node.position?.start ?? { line: 1, column: 1 };
    const before = node.value.slice(0, invisible.index).split('\n');
    errors.push({
      file,
      line: start.line + before.length - 1,
      column: before.length === 1 ? start.column + invisible.index : before.at(-1)!.length + 1,
      message: `Unexpected invisible character ${invisible.name}, expected visible text only`,
      fix: 'delete the character: retype the words around it (it is invisible in most editors, but reaches the page and its search index)',
    });
  });
  return errors;
}
