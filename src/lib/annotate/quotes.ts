/** A passage between quotation marks. `start`/`end` include the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
}

const pairs: Record<string, string> = { '«': '»', '“': '”', '„': '“' };

/**
 * Finds the quoted passages of a text in every French style: « … » (with or without no-break
 * spaces), “ … ”, and straight "…" pairs. A quote may span several sentences. An opening « or “
 * left open runs to the end of the paragraph, as French prints a quotation that goes on in the next
 * one; any other opening mark without its closing one is ignored rather than guessed.
 */
export function findQuotes(text: string): QuoteSpan[] {
  // Positions of each closing mark, consumed left to right: one pass, whatever the text.
  const closers = new Map<string, number[]>();
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '»' || char === '”' || char === '“' || char === '"') {
      const list = closers.get(char) ?? [];
      list.push(index);
      closers.set(char, list);
    }
  }
  const cursor = new Map<string, number>();
  const nextCloser = (mark: string, after: number): number => {
    const list = closers.get(mark) ?? [];
    let at = cursor.get(mark) ?? 0;
    while (at < list.length && list[at]! <= after) at++;
    cursor.set(mark, at);
    return at < list.length ? list[at]! : -1;
  };
  const spans: QuoteSpan[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const close = pairs[char] ?? (char === '"' ? '"' : undefined);
    if (close) {
      const end = nextCloser(close, index);
      if (end > index + 1) {
        spans.push({ start: index, end: end + 1 });
        index = end + 1;
        continue;
      }
      if ((char === '«' || char === '“') && !/[«»“”"]/u.test(text.slice(index + 1)) && /[.!?…]\s*$/u.test(text)) {
        spans.push({ start: index, end: text.trimEnd().length });
        break;
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

/**
 * The quotation around a position, found by binary search: quotes come from findQuotes in order and
 * never overlap, so asking for every word of a long text stays linear.
 */
export function quoteAround(quotes: readonly QuoteSpan[], position: number): QuoteSpan | undefined {
  let low = 0;
  let high = quotes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const quote = quotes[middle]!;
    if (position < quote.start) high = middle - 1;
    else if (position >= quote.end) low = middle + 1;
    else return quote;
  }
  return undefined;
}
