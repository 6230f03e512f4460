import type { Link, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentError } from '../content/content-error';
import type { Project } from '../content/project';
import type { SiteAnnotation } from './annotate-article';
import { passageAnchor } from '../chronology/passages';

/** Where a citation leads, as site-absolute paths (the caller adds the base path). */
export interface CitationTargets {
  event(date: string, id: string): string;
  passage(slug: string, anchor: string): string;
}

/**
 * Resolves a chapter's citations — `:event[texte]{#id}` and `:source[texte]{#slug quote="…"}` —
 * into links, in place. Each one that cannot be resolved is an error at its position.
 */
export function resolveCitations(tree: Root, file: string, project: Project, annotations: ReadonlyMap<string, SiteAnnotation>, targets: CitationTargets): ContentError[] {
  const errors: ContentError[] = [];
  visit(tree, 'textDirective', (node, index, parent) => {
    if (node.name !== 'event' && node.name !== 'source') return;
    const place = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    const id = node.attributes?.['id'] ?? '';
    let url: string | undefined;
    if (node.name === 'event') {
      const event = project.events.get(id);
      if (!event) {
        const sameDay = [...project.events.keys()].filter((known) => known.slice(0, 10) === id.slice(0, 10));
        const hint = sameDay.length > 0 ? `; that day has ${sameDay.map((known) => `"${known}"`).join(', ')}` : '';
        errors.push({ file, ...place, message: `Unknown event "${id}" in :event[…], expected the id of a file in content/events/`, fix: `copy the file name of the event, without .yaml${hint}` });
      }
      else url = targets.event(event.data.date, id);
    } else {
      const annotation = annotations.get(id);
      const quote = node.attributes?.['quote'];
      if (!annotation) {
        errors.push({ file, ...place, message: `Unknown article "${id}" in :source[…], expected the slug of a file in content/articles/`, fix: `use one of ${[...annotations.keys()].join(', ')}` });
      } else if (!quote) {
        url = targets.passage(id, '').replace(/#$/, '');
      } else {
        const anchor = passageAnchor(annotation, quote);
        if (!anchor) errors.push({ file, ...place, message: `Unexpected quote ${JSON.stringify(quote.slice(0, 60))} in :source[…], expected words copied exactly from one paragraph of ${id}`, fix: 'copy the passage from the source page, with its apostrophes and quotation marks' });
        else url = targets.passage(id, anchor);
      }
    }
    if (!url || !parent || index === undefined) return;
    const link: Link = { type: 'link', url, title: null, children: node.children as PhrasingContent[], data: { hProperties: { className: ['citation', `citation-${node.name}`] } } };
    parent.children[index] = link;
  });
  return errors;
}
