/**
 * Decodes a seed file: UTF-8 only (a byte that is not UTF-8 is refused, never replaced),
 * without its byte-order mark, with LF line ends.
 */
export function decodeSeed(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  return text.replace(/\r\n?/g, '\n');
}

/** The seed's lines, numbered from 1 as an editor's text editor shows them. */
export function seedLines(text: string): { number: number; text: string }[] {
  return text.split('\n').map((line, index) => ({ number: index + 1, text: line }));
}
