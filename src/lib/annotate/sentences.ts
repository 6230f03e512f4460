import { quoteAround, type QuoteSpan } from './quotes';

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
  // "… d'enquêtes. » Il a ajouté": a quotation closing a sentence ends it too.
  const boundary = /[.!?…]+(?=\s+["«“\p{Lu}\d])|[.!?…]\s*[»”"](?=\s+\p{Lu})/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const around = quoteAround(quotes, end);
    if (around && end > around.start) continue;
    // "M. Erdogan", "Aaron Y. Zelin": a title or an initial, not the end of a sentence.
    if (match[0] === '.' && isAbbreviation(text, start, match.index)) continue;
    sentences.push({ start, end });
    start = end;
    while (start < text.length && /\s/u.test(text[start]!)) start++;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** "M. Erdogan", "Aaron Y. Zelin": a title or an initial before the point, not the end of a sentence. */
function isAbbreviation(text: string, sentenceStart: number, point: number): boolean {
  let wordStart = point;
  while (wordStart > sentenceStart && point - wordStart < 4 && /\p{L}/u.test(text[wordStart - 1]!)) wordStart--;
  if (wordStart > sentenceStart && /\p{L}/u.test(text[wordStart - 1]!)) return false;
  return /^(?:M|Mme|Dr|St|av|\p{Lu})$/u.test(text.slice(wordStart, point));
}
