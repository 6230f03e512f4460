/** A passage between quotation marks. `start`/`end` include the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
}

const pairs: Record<string, string> = { '«': '»', '“': '”', '„': '“' };

/**
 * Finds the quoted passages of a text in every French style: « … » (with or without no-break
 * spaces), “ … ”, and straight "…" pairs. A quote may span several sentences. An opening mark
 * without its closing one is ignored rather than guessed.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const close = pairs[char] ?? (char === '"' ? '"' : undefined);
    if (close) {
      const end = text.indexOf(close, index + 1);
      if (end > index + 1) {
        spans.push({ start: index, end: end + 1 });
        index = end + 1;
        continue;
      }
    }
    index++;
  }
  return spans;
}

/** Words inside a quote, to tell a quoted sentence from a quoted word ("scare quotes"). */
export function wordCount(text: string): number {
  return text.split(/[\s'’]+/u).filter((word) => /\p{L}/u.test(word)).length;
}
