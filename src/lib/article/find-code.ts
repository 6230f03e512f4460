import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentError } from '../content/content-error';

const codeNodes: Record<string, string> = {
  mdxTextExpression: 'expression',
  mdxFlowExpression: 'expression',
  mdxJsxTextElement: 'tag',
  mdxJsxFlowElement: 'tag',
  mdxjsEsm: 'import or export',
};

/**
 * An article's body is the seed's text plus annotation directives, never code: a `{…}` or `<…>`
 * left unescaped would run as JavaScript or HTML, and hide or change the source's words.
 */
export function findCode(tree: Root, file: string): ContentError[] {
  const errors: ContentError[] = [];
  visit(tree, (node) => {
    const kind = codeNodes[node.type];
    if (!kind) return;
    const start = node.position?.start;
    const value = 'value' in node && typeof node.value === 'string' ? node.value : 'name' in node ? String(node.name) : '';
    errors.push({
      file,
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      message: `Unexpected MDX ${kind}${value ? ` ${JSON.stringify(kind === 'tag' ? `<${value}>` : `{${value}}`)}` : ''} in the article's text, expected plain text`,
      fix: 'write "\\{", "\\}" and "\\<" for the characters of the source; annotate with directives such as :actor[…]{#id}',
    });
    return 'skip';
  });
  return errors;
}
