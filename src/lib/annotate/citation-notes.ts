import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Project } from '../content/project';
import { formatEventDate } from '../text/french-date';

export interface CitationNote {
  /** 1, 2, 3… in reading order: the number CSS prints after the citation (counter "note"). */
  number: number;
  /** The chapter's words that carry the citation, between guillemets unless they open with one. */
  words: string;
  /** Whether the words quote a source (a :source citation): then they are the source's, not ours. */
  quotesSource: boolean;
  /** What is cited, in words: the event and its day, or the source's outlet and title. */
  label: string;
  /** The cited page, as a site path (the caller makes it an absolute URL). */
  path: string;
}

/**
 * A chapter's citations as numbered notes, in reading order, from its tree once `resolveCitations`
 * has turned them into links: on paper a link is only its words, and the notes give every address
 * in full at the end of the chapter.
 */
export function citationNotes(tree: Root, project: Pick<Project, 'events' | 'articles'>): CitationNote[] {
  const notes: CitationNote[] = [];
  visit(tree, 'link', (node: Link) => {
    const classes = (node.data?.hProperties?.['className'] as string[] | undefined) ?? [];
    if (!classes.includes('citation')) return;
    const [path = '', hash = ''] = node.url.split('#');
    let label: string;
    if (classes.includes('citation-event')) {
      const event = project.events.get(hash);
      label = event ? `Chronologie, ${formatEventDate(event.data)}\u00a0: ${event.data.title}` : 'Chronologie';
    } else {
      const slug = path.split('/').filter(Boolean).at(-1) ?? '';
      const article = project.articles.get(slug);
      label = article ? `${article.data.outlet}, «\u00a0${article.data.title}\u00a0»${hash ? ', passage cité' : ''}` : 'Source';
    }
    const words = toString(node);
    notes.push({ number: notes.length + 1, words: words.startsWith('«') ? words : `«\u00a0${words}\u00a0»`, quotesSource: classes.includes('citation-source'), label, path: node.url });
  });
  return notes;
}
