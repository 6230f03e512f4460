/** The seed's lines, numbered from 1 as an editor's text editor shows them. */
export function seedLines(text: string): { number: number; text: string }[] {
  return text.split('\n').map((line, index) => ({ number: index + 1, text: line }));
}
