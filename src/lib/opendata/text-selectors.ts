/** A W3C Web Annotation TextQuoteSelector: the exact words, with enough context to be found once. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A W3C Web Annotation TextPositionSelector: offsets in Unicode code points, as the model requires. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Context taken on each side of a quote, as annotation tools do (Hypothesis takes 32 characters). */
const contextLength = 32;

/**
 * The two selectors of the span [start, end) (UTF-16 offsets) of `text`. The quote's context stays
 * within the line (the paragraph on the page) and grows past it only until prefix + exact + suffix
 * occurs once in the whole text.
 */
export function textSelectors(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (start < 0 || end > text.length || end <= start) throw new Error(`Unexpected span ${start}–${end} of a text of ${text.length} characters`);
  const exact = text.slice(start, end);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
  let before = Math.max(lineStart, start - contextLength);
  let after = Math.min(lineEnd, end + contextLength);
  while (occurrences(text, text.slice(before, after)) > 1 && (before > 0 || after < text.length)) {
    before = Math.max(0, before - contextLength);
    after = Math.min(text.length, after + contextLength);
  }
  before = codePointBoundary(text, before);
  after = codePointBoundary(text, after);
  const prefix = text.slice(before, start);
  const suffix = text.slice(end, after);
  return {
    quote: { type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
    position: { type: 'TextPositionSelector', start: codePoints(text, start), end: codePoints(text, end) },
  };
}

/** How many times `part` occurs in `text`, overlaps included. */
export function occurrences(text: string, part: string): number {
  if (part === '') return text.length + 1;
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) count++;
  return count;
}

/** The number of code points before UTF-16 offset `offset`. */
export function codePoints(text: string, offset: number): number {
  // Most texts have no surrogate pair: there, code points and UTF-16 units are the same count.
  if (!hasSurrogates(text)) return offset;
  let count = 0;
  for (let index = 0; index < offset; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < offset) index++;
    count++;
  }
  return count;
}

let lastText: string | undefined;
let lastHasSurrogates = false;
/** Whether `text` holds a surrogate pair; remembered for the last text, as selectors are asked for one text at a time. */
function hasSurrogates(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasSurrogates = /[\uD800-\uDFFF]/.test(text);
  }
  return lastHasSurrogates;
}

/** `offset`, moved back one unit if it would split a surrogate pair. */
function codePointBoundary(text: string, offset: number): number {
  const unit = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && unit >= 0xdc00 && unit <= 0xdfff ? offset - 1 : offset;
}
