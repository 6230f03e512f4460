import type { ContentError } from './content-error';

/**
 * Decodes an editor's file as UTF-8 (refusing, never replacing, a byte that is not UTF-8),
 * without byte-order mark, with LF line ends.
 */
export function decodeText(bytes: Uint8Array, file: string): string | ContentError {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    return {
      file,
      line: lineOfFirstInvalidByte(bytes),
      column: 1,
      message: 'Unexpected byte that is not UTF-8, expected a text file encoded in UTF-8',
      fix: 'save the file as UTF-8 in your editor ("Enregistrer sous…", encodage UTF-8)',
    };
  }
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line++;
      start = index + 1;
    }
  }
  return 1;
}
