import type { ContentError } from '../content/content-error';
import type { Project } from '../content/project';
import { annotateArticle, type ArticleAnnotation, type SiteAnnotation, type SiteBlock } from './annotate-article';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { compileMentionMatcher, type MentionMatcher } from './mentions';
import { excerpt } from '../text/excerpt';

/** The articles' annotations as pages read them, by article id. */
export interface SiteAnnotations {
  articles: ReadonlyMap<string, SiteAnnotation>;
}

export interface ProjectAnnotations {
  gazetteer: Gazetteer;
  matcher: MentionMatcher;
  articles: Map<string, ArticleAnnotation>;
  errors: ContentError[];
  /** What the engine found but could not resolve: shown to editors, never silently dropped. */
  warnings: ContentError[];
}

/** Annotates every article once; pages, exports and the chronology all read this result. */
export function annotateProject(project: Project): ProjectAnnotations {
  const gazetteer = buildGazetteer(project);
  const matcher = compileMentionMatcher(gazetteer);
  const articles = new Map<string, ArticleAnnotation>();
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  for (const article of project.articles.values()) {
    const annotation = annotateArticle(article.tree, { file: article.file, published: article.data.published, gazetteer, matcher });
    articles.set(article.id, annotation);
    errors.push(...annotation.errors);
    warnings.push(...annotationWarnings(article.file, annotation.blocks));
  }
  return { gazetteer, matcher, articles, errors, warnings };
}

/** What the engine found in an article but could not resolve: a statement without speaker, a date without reference. */
export function annotationWarnings(file: string, blocks: readonly SiteBlock[]): ContentError[] {
  const warnings: ContentError[] = [];
  for (const block of blocks) {
    for (const statement of block.analysis.statements) {
      if (statement.speaker) continue;
      const words = JSON.stringify(excerpt(block.text.slice(statement.start, statement.end), 60));
      warnings.push({
        file,
        line: block.line,
        column: 1,
        message: statement.unresolvedSpeaker ? `Statement whose pronoun stands for nobody named before it: ${words}` : `Statement without a known speaker: ${words}`,
        fix: 'mark who speaks with a directive, e.g. :actor[la source]{#armee-syrienne}, or leave it if the source does not say',
      });
    }
    for (const mention of block.analysis.ambiguousMentions) {
      warnings.push({
        file,
        line: block.line,
        column: 1,
        message: `Ambiguous name ${JSON.stringify(mention.text)}: it may be ${mention.candidates.join(', ')}`,
        fix: `mark whom it names with a directive, e.g. :actor[${mention.text}]{#${mention.candidates[0]}}`,
      });
    }
    for (const date of block.analysis.unresolvedDates) {
      warnings.push({ file, line: block.line, column: 1, message: `Unresolved date ${JSON.stringify(date.text)}: ${date.reason}`, fix: 'nothing to do if the text gives no day to count from: the date stays unplaced rather than guessed' });
    }
  }
  return warnings;
}

