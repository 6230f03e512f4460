import type { Heading, Paragraph, Root } from 'mdast';
import type { ContentError } from '../content/content-error';
import { analyzeBlocks, type BlockAnalysis, type BlockInput } from './analyze';
import { paragraphAnchors, statementAnchor } from './anchors';
import { readBlock } from './directives';
import type { Gazetteer } from './gazetteer';
import type { MentionMatcher } from './mentions';
import type { StatementSpan } from './statements';

export interface AnnotatedBlock {
  node: Paragraph | Heading;
  text: string;
  /** What the analysis started from: the text and the spans the editor's directives fixed. */
  input: BlockInput;
  /** 1-based line in the MDX file. */
  line: number;
  anchor: string;
  analysis: BlockAnalysis;
  /** One anchor per statement of the block, in order. */
  statementAnchors: string[];
}

export interface ArticleAnnotation {
  blocks: AnnotatedBlock[];
  errors: ContentError[];
}

/** What pages, exports and the chronology read of a block: no syntax tree, so it can be stored between builds. */
export type SiteBlock = Pick<AnnotatedBlock, 'text' | 'line' | 'anchor' | 'analysis' | 'statementAnchors'>;

/** An article's annotation as stored in the content layer. */
export interface SiteAnnotation {
  blocks: readonly SiteBlock[];
}

export function siteBlock({ text, line, anchor, analysis, statementAnchors }: SiteBlock): SiteBlock {
  return { text, line, anchor, analysis, statementAnchors };
}

export interface AnnotateOptions {
  file: string;
  published: string;
  gazetteer: Gazetteer;
  matcher: MentionMatcher;
}

/**
 * Annotates an article's tree without changing it: which words are mentions, dates and
 * statements, and the anchors of its paragraphs and statements.
 */
export function annotateArticle(tree: Root, options: AnnotateOptions): ArticleAnnotation {
  const errors: ContentError[] = [];
  const nodes = tree.children.filter((node): node is Paragraph | Heading => node.type === 'paragraph' || node.type === 'heading');
  const inputs = nodes.map((node) => readBlock(node, options.gazetteer, options.file, errors));
  const analyses = analyzeBlocks(inputs, { published: options.published, gazetteer: options.gazetteer, matcher: options.matcher });
  const anchors = paragraphAnchors(inputs.map((input) => input.text));
  const seenQuotes = new Map<string, number>();
  const blocks = nodes.map((node, index): AnnotatedBlock => {
    const text = inputs[index]!.text;
    const analysis = analyses[index]!;
    const statementAnchors = analysis.statements.map((statement) => {
      const quote = text.slice(statement.start, statement.end);
      const occurrence = (seenQuotes.get(quote) ?? 0) + 1;
      seenQuotes.set(quote, occurrence);
      return statementAnchor(quote, occurrence);
    });
    return { node, text, input: inputs[index]!, line: node.position?.start.line ?? 1, anchor: anchors[index]!, analysis, statementAnchors };
  });
  return { blocks, errors };
}

/** The exact words of a statement. */
export function statementText(block: SiteBlock, statement: StatementSpan): string {
  return block.text.slice(statement.start, statement.end);
}
