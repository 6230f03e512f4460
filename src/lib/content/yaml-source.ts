import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentError } from './content-error';

export interface Position {
  line: number;
  column: number;
}

/** A YAML text parsed with its positions, so a value can be traced back to its line. */
export interface YamlSource {
  data: unknown;
  /** Where the value at `path` starts; the nearest existing parent when the key is missing. */
  locate(path: readonly PropertyKey[]): Position;
  errors: ContentError[];
}

/**
 * Parses YAML text from `file`. `lineOffset` shifts every position, for frontmatter that starts
 * below the first line of its file.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const errors: ContentError[] = document.errors.map((error) => ({
    file,
    ...toPosition(error.pos[0]),
    message: `Unexpected YAML: ${firstLine(error.message)}`,
    fix: yamlFix(error.code),
  }));
  return {
    data: errors.length === 0 ? document.toJS() : undefined,
    locate: (path) => toPosition(offsetOf(document, path)),
    errors,
  };
}

function offsetOf(document: Document, path: readonly PropertyKey[]): number {
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return document.contents && isNode(document.contents) && document.contents.range ? document.contents.range[0] : 0;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlFix(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'keep one of the two keys';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: nested keys take two more spaces than their parent';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'put a space after each colon and quote values that contain ": "';
    default:
      return 'quote the value with double quotes if it contains ":", "#", or starts with a special character';
  }
}
