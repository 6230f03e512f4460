// mdast-util-to-hast declares `data.hName` and `data.hProperties` on mdast nodes.
import type {} from 'mdast-util-to-hast';
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { ArticleAnnotation } from '../annotate/annotate-article';
import { renderBlock, type RenderOptions } from '../annotate/render-block';

/** A heading of a rendered page, as Astro's `render(entry)` returns it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedPage {
  html: string;
  headings: RenderedHeading[];
}

/**
 * An annotated article as HTML: each paragraph and heading becomes its annotated words (renderBlock,
 * escaped by hast-util-to-html, so the source's words never become markup) under its anchor.
 * Nothing is compiled: the page inserts this string as it is.
 */
export function renderArticle(tree: Root, annotation: ArticleAnnotation, options: RenderOptions): RenderedPage {
  const perPage = { ...options, definedTerms: new Set<string>() };
  for (const block of annotation.blocks) {
    block.node.children = [{ type: 'html', value: toHtml(renderBlock(block, perPage)) }];
    block.node.data = { ...block.node.data, hProperties: { ...(block.node.data?.hProperties ?? {}), id: block.anchor } };
  }
  // A block's words are raw HTML in the tree by now: its headings' text comes from the annotation.
  const words = new Map(annotation.blocks.map((block) => [block.anchor, block.text]));
  const page = renderTree(tree);
  return { ...page, headings: page.headings.map((heading) => ({ ...heading, text: words.get(heading.slug) ?? heading.text })) };
}

/** A prepared Markdown tree (directives already resolved into links and anchors) as HTML, with its headings. */
export function renderTree(tree: Root): RenderedPage {
  const hast = toHast(tree, { allowDangerousHtml: true }) as HastRoot;
  const headings: RenderedHeading[] = [];
  visit(hast, 'element', (node: Element) => {
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (!depth) return;
    headings.push({ depth: Number(depth), slug: String(node.properties['id'] ?? ''), text: toString(node) });
  });
  return { html: toHtml(hast, { allowDangerousHtml: true }), headings };
}
