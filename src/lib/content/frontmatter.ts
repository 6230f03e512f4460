import type { ContentError } from './content-error';

export interface SplitFrontmatter {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** Lines before the YAML's first line (the opening `---`). */
  yamlLineOffset: number;
  /** The body, with the frontmatter lines left blank so body positions match the file's. */
  body: string;
}

/** Separates a Markdown/MDX file's frontmatter from its body. */
export function splitFrontmatter(text: string, file: string): SplitFrontmatter | ContentError {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return {
      file,
      line: 1,
      column: 1,
      message: `Unexpected ${JSON.stringify(lines[0]?.slice(0, 20) ?? '')} on line 1, expected the frontmatter to open with "---"`,
      fix: 'start the file with a line "---", the YAML fields, then another "---"',
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (closing === -1) {
    return {
      file,
      line: 1,
      column: 1,
      message: 'Unexpected end of file, expected a closing "---" after the frontmatter',
      fix: 'add a line "---" after the last frontmatter field',
    };
  }
  return {
    yaml: lines.slice(1, closing).join('\n'),
    yamlLineOffset: 1,
    body: [...lines.slice(0, closing + 1).map(() => ''), ...lines.slice(closing + 1)].join('\n'),
  };
}

export function isContentError(value: unknown): value is ContentError {
  return typeof value === 'object' && value !== null && 'message' in value && 'file' in value && 'line' in value;
}
