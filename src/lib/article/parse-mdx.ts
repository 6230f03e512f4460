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
      const unclosed = unclosedDirective(body, error.line, error.column);
      if (unclosed) return { file, ...unclosed };
      return {
        file,
        line: error.line ?? 1,
        column: error.column ?? 1,
        message: `Unexpected MDX: ${error.reason}`,
        fix: 'MDX reads "{", "}" and "<" as code: write them as "\\{", "\\}" and "\\<" in text',
      };
    }
    // Any other failure of the parser is still the file's: reported at its start, never as a stack trace.
    return { file, line: 1, column: 1, message: `Unexpected MDX that the parser could not read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, fix: 'look for an unclosed "{", "<" or "[" and escape it as "\\{", "\\<" or "\\["' };
  }
}

/**
 * A directive whose label misses its "]" (`:actor[Armée{#hts}`): MDX then reads the `{#hts}` as code and
 * reports a JavaScript error. Said in the editor's terms, at the directive's start.
 */
function unclosedDirective(body: string, line: number | undefined, column: number | undefined): Omit<ContentError, 'file'> | undefined {
  if (line === undefined || column === undefined) return undefined;
  const before = body.split('\n')[line - 1]?.slice(0, column - 1) ?? '';
  const opening = /(?<![\\\w]):([a-z]+)\[([^\]]*)$/.exec(before.replace(/\{[^}]*$/, ''));
  if (!opening) return undefined;
  return {
    line,
    column: opening.index + 1,
    message: `Unexpected unclosed label in ":${opening[1]}[${opening[2]}", expected "]" after the annotated words`,
    fix: `close the label before the braces: :${opening[1]}[${opening[2]}]{#id}`,
  };
}
