import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFileMessage } from 'vfile-message';
import type { ContentError } from '../content/content-error';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkDirective);

/**
 * Parses an MDX body the way the site's Markdown processor does (MDX and directives; no GFM, see
 * astro.config.mjs),
 * turning a syntax error into a ContentError at its line.
 */
export function parseMdx(body: string, file: string): Root | ContentError {
  try {
    return parser.runSync(parser.parse(body)) as Root;
  } catch (error) {
    if (error instanceof VFileMessage) {
      return {
        file,
        line: error.line ?? 1,
        column: error.column ?? 1,
        message: `Unexpected MDX: ${error.reason}`,
        fix: 'MDX reads "{", "}" and "<" as code: write them as "\\{", "\\}" and "\\<" in text',
      };
    }
    throw error;
  }
}
