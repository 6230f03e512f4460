import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** What a chapter cites: the events (ids) and the sources (slugs), each once, in reading order. */
export interface ChapterCitations {
  events: string[];
  sources: string[];
}

/**
 * Reads a chapter's citations, whether its tree still holds the directives (`:event[…]{#id}`,
 * `:source[…]{#slug}`) or the links the content check resolved them into (class `citation-event`,
 * `citation-source`, to `/chronologie/<jour>/#<id>` and `/sources/<slug>/#<ancre>`).
 */
export function chapterCitations(tree: Root): ChapterCitations {
  const events = new Set<string>();
  const sources = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'textDirective' && (node.name === 'event' || node.name === 'source')) {
      const id = node.attributes?.['id'];
      if (id) (node.name === 'event' ? events : sources).add(id);
    }
    if (node.type === 'link') {
      const classes = node.data?.hProperties?.['className'];
      const list = Array.isArray(classes) ? classes.map(String) : [];
      if (list.includes('citation-event')) {
        const id = node.url.split('#')[1];
        if (id) events.add(id);
      }
      if (list.includes('citation-source')) {
        const slug = /\/sources\/([^/]+)\//.exec(node.url)?.[1];
        if (slug) sources.add(slug);
      }
    }
  });
  return { events: [...events], sources: [...sources] };
}
