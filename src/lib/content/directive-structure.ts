import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentError } from './content-error';

/**
 * Directives are written inside the text (`:actor[le régime]{#gouvernement-syrien}`), one at a time.
 * A block directive (`::name` or `:::name` opening a line) would wrap or swallow the paragraphs after
 * it, and a directive inside another's label would be dropped with the outer one's part: both are
 * refused where they start.
 */
export function checkDirectiveStructure(tree: Root, file: string): ContentError[] {
  const errors: ContentError[] = [];
  visit(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    if (node.type === 'containerDirective' || node.type === 'leafDirective') {
      const colons = node.type === 'containerDirective' ? ':::' : '::';
      errors.push({
        file,
        line: start.line,
        column: start.column,
        message: `Unexpected block directive "${colons}${node.name}" at the start of a line, expected a directive inside the text such as :${node.name}[…]{#id}`,
        fix: `write it inside the sentence, e.g. :${node.name}[words of the text]{#id}; to start a line with a colon, write "\\:"`,
      });
      return 'skip';
    }
    if (node.type === 'textDirective') {
      visit({ type: 'root', children: node.children } as Root, 'textDirective', (inner) => {
        const at = inner.position?.start ?? start;
        errors.push({
          file,
          line: at.line,
          column: at.column,
          message: `Unexpected directive ":${inner.name}" inside the label of ":${node.name}", expected one directive per passage`,
          fix: `keep one of the two: annotate the words with :${inner.name}[…]{#id} or with :${node.name}[…]{#id}, not both`,
        });
      });
      return 'skip';
    }
    return undefined;
  });
  return errors;
}
