import type { Heading, Paragraph, Root } from 'mdast';
import { directiveToMarkdown } from 'mdast-util-directive';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { SeedBlock } from './fidelity';

/**
 * An intertitle is a short line that reads like one: two words or more, opening on a capital, not
 * ending a sentence, not a link, a handle, a date or a number. News sites separate sections with
 * them ("Hama, une ville stratégique", "FUITE COLLECTIVE"); a stray "Thumbnail" or "12:45" is not one.
 */
export function isIntertitle(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > 110) return false;
  if (/^https?:\/\//.test(line) || /(?:www\.|https?:|@\w|\.com\b)/iu.test(line)) return false;
  if (/[.!?:;…»"”)\]]$/.test(line)) return false;
  if (!/^[«"“]?\s*\p{Lu}/u.test(line)) return false;
  const words = line.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
  if (words.length < 2 || !words.some((word) => /\p{L}{4,}/u.test(word))) return false;
  // Mostly digits (a date, an hour, a score) is not a heading.
  return line.replace(/[^\p{L}]/gu, '').length >= line.replace(/[^\p{N}]/gu, '').length * 2;
}

/**
 * Writes seed lines as an MDX body, one block per line. The serializer escapes every character
 * that MDX, GFM or directives would read as syntax (`{`, `}`, `<`, `*`, `:name`…), so the page
 * shows the seed's text unchanged.
 */
export function seedToMdx(blocks: readonly SeedBlock[]): string {
  const tree: Root = {
    type: 'root',
    children: blocks.map((block): Heading | Paragraph =>
      isIntertitle(block.text)
        ? { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text.trim() }] }
        : { type: 'paragraph', children: [{ type: 'text', value: block.text.trim() }] },
    ),
  };
  return toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown(), directiveToMarkdown()], bullet: '-', emphasis: '_' });
}
