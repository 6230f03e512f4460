import { isCollection, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
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
  // The first syntax error only: the ones after it usually follow from it (an unclosed quote, a nesting bomb).
  const errors: ContentError[] = document.errors.slice(0, 1).map((error) => {
    if (error.code === 'RESOURCE_EXHAUSTION') {
      return { file, ...toPosition(error.pos[0]), message: 'Unexpected YAML nested too deeply to be read, expected a few levels of fields and lists', fix: yamlFix(error.code) };
    }
    // An unclosed quotation mark is noticed at the end of the file: point at the mark itself.
    const unclosedQuote = error.code === 'MISSING_CHAR' && /quote/.test(error.message);
    const offset = unclosedQuote ? Math.max(text.lastIndexOf(/single/.test(error.message) ? "'" : '"', error.pos[0]), 0) : error.pos[0];
    return {
      file,
      ...toPosition(offset),
      message: unclosedQuote ? 'Unexpected quotation mark left open, expected the value to end with the same mark' : `Unexpected YAML: ${firstLine(error.message)}`,
      fix: unclosedQuote ? 'close the quotation mark at the end of the value, on the same line' : yamlFix(error.code),
    };
  });
  if (errors.length === 0) {
    const deep = tooDeep(document);
    if (deep !== undefined) errors.push({ file, ...toPosition(deep), message: `Unexpected YAML nested more than ${maxNesting} levels deep, expected a few levels of fields and lists`, fix: yamlFix('RESOURCE_EXHAUSTION') });
  }
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount });
    } catch {
      // The only error toJS raises on a parsed document: aliases expanding beyond maxAliasCount.
      errors.push({
        file,
        ...toPosition(firstAliasOffset(document)),
        message: `Unexpected YAML aliases (*name) expanding to more than ${maxAliasCount} copies, expected plain values`,
        fix: 'write each value out in full: content files need no anchors (&name) or aliases (*name)',
      });
    }
  }
  return {
    data,
    locate: (path) => toPosition(offsetOf(document, path)),
    errors,
  };
}

/** Aliases a file may expand: editors never need many, and a file of nested aliases (a "billion laughs") would exhaust memory. */
const maxAliasCount = 50;

/** Levels of fields and lists a content file may nest (an article's boilerplate entries use three). */
const maxNesting = 8;

/** Where the first value nested deeper than `maxNesting` starts, or undefined. */
function tooDeep(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, (_key, node, path) => {
    if (!isCollection(node) || path.filter(isCollection).length < maxNesting) return undefined;
    offset = node.range?.[0] ?? 0;
    return visit.BREAK;
  });
  return offset;
}

function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, { Alias: (_key, node) => {
    offset = node.range?.[0] ?? 0;
    return visit.BREAK;
  } });
  return offset;
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
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs: two spaces for each level';
    case 'RESOURCE_EXHAUSTION':
      return 'write the value as plain text or a flat list (content files use three levels at most)';
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
