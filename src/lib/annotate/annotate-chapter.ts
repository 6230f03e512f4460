// mdast-util-to-hast declares `data.hName` and `data.hProperties` on mdast nodes.
import type {} from 'mdast-util-to-hast';
import type { Heading, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { ContentError } from '../content/content-error';
import type { Project } from '../content/project';
import type { SiteAnnotation } from './annotate-article';
import { paragraphAnchors } from './anchors';
import { resolveCitations, type CitationTargets } from './citations';
import { entityKey, type Entity } from './gazetteer';
import { element, text } from './inline-nodes';
import type { MentionMatcher } from './mentions';

export interface ChapterOptions {
  file: string;
  project: Project;
  annotations: ReadonlyMap<string, SiteAnnotation>;
  matcher: MentionMatcher;
  targets: CitationTargets;
  entityUrl(entity: Entity): string;
  definition(termId: string): string | undefined;
}

/**
 * Prepares a chapter for reading, in place: citations become links, the first mention of each
 * actor, place and term links to it (a term with its definition on hover), and every paragraph
 * gets an anchor derived from its words and a "lien" link to it.
 */
export function annotateChapter(tree: Root, options: ChapterOptions): ContentError[] {
  const errors = resolveCitations(tree, options.file, options.project, options.annotations, options.targets);
  visit(tree, 'textDirective', (node) => {
    // A citation left unresolved was reported by resolveCitations, with what is wrong in it.
    if (node.name === 'event' || node.name === 'source') return;
    errors.push({ file: options.file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message: `Unexpected directive ":${node.name}" in a chapter, expected :event or :source`, fix: 'cite with :event[texte]{#id} or :source[texte]{#slug quote="mots exacts"}; to write a colon before a word, write "\\:"' });
  });

  const linked = new Set<string>();
  visit(tree, (node, index, parent) => {
    if (node.type === 'link' || node.type === 'heading') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined || parent.type !== 'paragraph') return undefined;
    const replacement = linkFirstMentions(node, options, linked);
    if (!replacement) return undefined;
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });

  const blocks = tree.children.filter((node): node is Paragraph | Heading => node.type === 'paragraph' || node.type === 'heading');
  const anchors = paragraphAnchors(blocks.map((block) => toString(block)));
  blocks.forEach((block, index) => {
    const anchor = anchors[index]!;
    block.data = { ...block.data, hProperties: { ...(block.data?.hProperties ?? {}), id: anchor } };
    block.children.push(element('a', { className: ['para-link'], href: `#${anchor}`, dataChrome: '', dataPagefindIgnore: '', ariaLabel: 'Lien vers ce paragraphe' }, [text('lien')]));
  });
  return errors;
}

function linkFirstMentions(node: Text, options: ChapterOptions, linked: Set<string>): PhrasingContent[] | undefined {
  const mentions = options.matcher.find(node.value).filter((mention) => {
    const key = entityKey(mention.entity.kind, mention.entity.id);
    if (linked.has(key)) return false;
    linked.add(key);
    return true;
  });
  if (mentions.length === 0) return undefined;
  const parts: PhrasingContent[] = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.start > at) parts.push(text(node.value.slice(at, mention.start)));
    const title = mention.entity.kind === 'term' ? options.definition(mention.entity.id) : undefined;
    parts.push(element('a', { href: options.entityUrl(mention.entity), className: ['mention', `mention-${mention.entity.kind}`], title }, [text(node.value.slice(mention.start, mention.end))]));
    at = mention.end;
  }
  if (at < node.value.length) parts.push(text(node.value.slice(at)));
  return parts;
}
