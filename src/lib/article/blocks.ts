import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A top-level unit of an article's text: what a reader sees as one paragraph or intertitle. */
export interface TextBlock {
  kind: 'heading' | 'paragraph';
  text: string;
  /** 1-based line in the MDX file. */
  line: number;
}

/** The article's paragraphs and intertitles in reading order, as plain text. */
export function textBlocks(tree: Root): TextBlock[] {
  return tree.children.flatMap((node): TextBlock[] => {
    const kind = blockKind(node);
    if (!kind) return [];
    return [{ kind, text: toString(node), line: node.position?.start.line ?? 1 }];
  });
}

function blockKind(node: RootContent): TextBlock['kind'] | undefined {
  if (node.type === 'heading') return 'heading';
  if (node.type === 'paragraph') return 'paragraph';
  return undefined;
}

/** Folds every run of white space (including no-break spaces) into one space and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
