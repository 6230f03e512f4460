import type { QuoteSpan } from './quotes';

export interface Sentence {
  start: number;
  end: number;
}

/**
 * Splits a block into sentences at ". ", "! ", "? ", "… " followed by a capital, a quotation mark
 * or a digit — but never inside a quotation, which may hold several sentences of its own.
 */
export function splitSentences(text: string, quotes: readonly QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?…]+(?=\s+["«“\p{Lu}\d])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (quotes.some((quote) => end > quote.start && end < quote.end)) continue;
    // "M. Erdogan": a title, not the end of a sentence.
    // "M. Erdogan", "Aaron Y. Zelin": a title or an initial, not the end of a sentence.
    if (match[0] === '.' && /(?:^|[\s(])(?:M|Mme|Dr|St|av|\p{Lu})$/u.test(text.slice(start, match.index))) continue;
    sentences.push({ start, end });
    start = end;
    while (start < text.length && /\s/u.test(text[start]!)) start++;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}
