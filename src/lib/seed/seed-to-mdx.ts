import type { Heading, Paragraph, Root } from 'mdast';
import { directiveToMarkdown } from 'mdast-util-directive';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { SeedBlock } from './fidelity';

/**
 * An intertitle is a short line that does not end a sentence and is not a link: news sites
 * separate sections with them ("Hama, une ville stratégique", "FUITE COLLECTIVE").
 */
export function isIntertitle(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > 110) return false;
  if (/^https?:\/\//.test(line)) return false;
  return !/[.!?:;…»"”)\]]$/.test(line);
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
