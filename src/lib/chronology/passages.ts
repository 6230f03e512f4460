import type { SiteAnnotation } from '../annotate/annotate-article';
import { normalizeWhitespace } from '../article/blocks';

/** The anchor of the paragraph that holds `quote`, or undefined when no paragraph does. */
export function passageAnchor(annotation: SiteAnnotation, quote: string): string | undefined {
  const wanted = normalizeWhitespace(quote);
  return annotation.blocks.find((block) => normalizeWhitespace(block.text).includes(wanted))?.anchor;
}
