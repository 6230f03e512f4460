import type { ContentError } from '../content/content-error';
import { decodeText } from '../content/decode-text';
import { isContentError } from '../content/frontmatter';

/** The article to import, read and checked: its file name becomes the seed's. */
export interface SourceText {
  /** File name, which the article's `seed` field will hold. */
  name: string;
  /** Decoded text: no byte-order mark, LF line ends, so line numbers are an editor's. */
  text: string;
}

/** The same rule as the article schema's `seed` field, so the stub it writes is valid. */
const seedNamePattern = /^[\w.-]+\.txt$/;

/** Checks that `path` names a non-empty UTF-8 .txt file whose name can serve as a seed's. */
export function readSourceText(path: string, bytes: Uint8Array): SourceText | ContentError {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  const at = { file: path, line: 1, column: 1 };
  if (!name.endsWith('.txt')) {
    return { ...at, message: `Unexpected file ${JSON.stringify(name)}, expected a .txt file`, fix: 'save the article as plain text (.txt, UTF-8) and import that file' };
  }
  if (!seedNamePattern.test(name)) {
    return {
      ...at,
      message: `Unexpected file name ${JSON.stringify(name)}, expected ASCII letters, digits, "_", "-" or "." only (it becomes the seed's name)`,
      fix: `rename the file ${JSON.stringify(suggestSeedName(name))}`,
    };
  }
  const text = decodeText(bytes, path);
  if (isContentError(text)) return text;
  if (text.trim() === '') {
    return { ...at, message: 'Unexpected empty file, expected the text of an article', fix: 'check that you picked the right file and that it was saved' };
  }
  return { name, text };
}

function suggestSeedName(name: string): string {
  const base = name
    .replace(/\.txt$/i, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'article'}.txt`;
}
