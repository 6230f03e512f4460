import { createHash } from 'node:crypto';
import { normalizeWhitespace } from '../article/blocks';

/** A short, stable fingerprint of a text: the same words give the same anchor on every build. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(normalizeWhitespace(text).normalize('NFC')).digest('hex').slice(0, 8);
}

/**
 * Anchors for a page's paragraphs, derived from their content, not their position: inserting a
 * paragraph leaves the others' anchors unchanged. Two identical paragraphs get "-2", "-3"…
 */
export function paragraphAnchors(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = `p-${fingerprint(text)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** The anchor of a statement on its source page. */
export function statementAnchor(quote: string, occurrence = 1): string {
  const base = `d-${fingerprint(quote)}`;
  return occurrence === 1 ? base : `${base}-${occurrence}`;
}
