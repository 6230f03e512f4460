import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { formatContentError } from '../content/content-error';
import { annotateArticle } from './annotate-article';
import { annotateChapter, type ChapterOptions } from './annotate-chapter';
import type { MentionMatcher } from './mentions';
import type { Gazetteer } from './gazetteer';
import { renderBlock, type RenderOptions } from './render-block';

export interface RemarkAnnotateOptions extends RenderOptions {
  gazetteer: Gazetteer;
  matcher: MentionMatcher;
  /** The article a file is, by its path relative to the project root: its publication day. */
  articleFor(path: string): { published: string; file: string } | undefined;
  /** The chapter options when the file is a chapter. */
  chapterFor(path: string): ChapterOptions | undefined;
}

/**
 * Annotates the source articles as Astro renders them. Content errors were reported, with all of
 * them at once, before the build started; one met here fails the file with its position.
 */
export default function remarkAnnotate(options: RemarkAnnotateOptions) {
  return (tree: Root, file: VFile) => {
    const chapter = options.chapterFor(file.path);
    if (chapter) {
      const errors = annotateChapter(tree, chapter);
      if (errors.length > 0) file.fail(errors.map(formatContentError).join('\n'));
      return;
    }
    const article = options.articleFor(file.path);
    if (!article) return;
    const annotation = annotateArticle(tree, { file: article.file, published: article.published, gazetteer: options.gazetteer, matcher: options.matcher });
    if (annotation.errors.length > 0) file.fail(annotation.errors.map(formatContentError).join('\n'));
    const perPage = { ...options, definedTerms: new Set<string>() };
    for (const block of annotation.blocks) {
      block.node.children = renderBlock(block, perPage);
      block.node.data = { ...block.node.data, hProperties: { ...(block.node.data?.hProperties ?? {}), id: block.anchor } };
    }
  };
}
