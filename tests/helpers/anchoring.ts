import { textPositionSelectorMatcher, textQuoteSelectorMatcher, type Chunk, type Chunker, type TextPositionSelector, type TextQuoteSelector } from '@apache-annotator/selector';

/**
 * Re-anchors selectors on a text as an annotation tool does, with Apache Annotator's matchers
 * (the W3C selectors' reference engine): the whole text is one chunk.
 */
function chunker(text: string): Chunker<Chunk<string>> {
  const chunk = { data: text };
  return { currentChunk: chunk, nextChunk: () => null, previousChunk: () => null, precedesCurrentChunk: () => false };
}

/** Every match of a selector in `text`, as [start, end) UTF-16 offsets. */
export async function anchor(selector: TextQuoteSelector | TextPositionSelector, text: string): Promise<{ start: number; end: number }[]> {
  const matcher = selector.type === 'TextQuoteSelector' ? textQuoteSelectorMatcher(selector) : textPositionSelectorMatcher(selector);
  const matches: { start: number; end: number }[] = [];
  for await (const match of matcher(chunker(text))) matches.push({ start: match.startIndex, end: match.endIndex });
  return matches;
}
