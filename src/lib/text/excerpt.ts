/** The first `length` characters of `text`, an ellipsis marking the cut; a shorter text unchanged. */
export function excerpt(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
