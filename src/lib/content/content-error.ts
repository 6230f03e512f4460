/** A mistake in an editor's file, reported as `path:line:column  message  (fix: how)`. */
export interface ContentError {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based; 1 when the mistake concerns the whole file. */
  line: number;
  column: number;
  message: string;
  fix?: string;
}

export function formatContentError(error: ContentError): string {
  const place = `${error.file}:${error.line}:${error.column}`;
  return error.fix ? `${place}  ${error.message}  (fix: ${error.fix})` : `${place}  ${error.message}`;
}

/** Errors sorted by file then position, so a report reads top to bottom. */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

export class ContentErrors extends Error {
  readonly errors: ContentError[];
  constructor(errors: readonly ContentError[]) {
    const sorted = sortContentErrors(errors);
    super(
      `${sorted.length} ${sorted.length === 1 ? 'mistake' : 'mistakes'} in the content:\n` +
        sorted.map((error) => `  ${formatContentError(error)}`).join('\n'),
    );
    this.name = 'ContentErrors';
    this.errors = sorted;
  }
}
