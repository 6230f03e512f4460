import { relative } from 'node:path';
import type { ProjectAnnotations } from '../lib/annotate/annotate-project';
import type { RemarkAnnotateOptions } from '../lib/annotate/remark-annotate';
import type { Project } from '../lib/content/project';
import { withBase } from '../lib/site/deployment';
import { entityPath, paths } from '../lib/site/paths';

/** What the remark plugin needs to annotate the pages the way the loader annotated the data. */
export function remarkAnnotateOptions(project: Project, annotations: ProjectAnnotations, base: string, root: string = process.cwd()): RemarkAnnotateOptions {
  const byFile = new Map([...project.articles.values()].map((article) => [article.file, article]));
  const chapters = new Map([...project.chapters.values()].map((chapter) => [chapter.file, chapter]));
  const relativePath = (path: string) => relative(root, path).split('\\').join('/');
  return {
    gazetteer: annotations.gazetteer,
    matcher: annotations.matcher,
    articleFor(path) {
      const article = byFile.get(relativePath(path));
      if (!article) return undefined;
      const annotation = annotations.articles.get(article.id);
      return { published: article.data.published, file: article.file, ...(annotation ? { annotation } : {}) };
    },
    chapterFor(path) {
      const chapter = chapters.get(relativePath(path));
      if (!chapter) return undefined;
      return {
        file: chapter.file,
        project,
        annotations: annotations.articles,
        matcher: annotations.matcher,
        targets: { event: (date, id) => withBase(base, paths.event(date, id)), passage: (slug, anchor) => withBase(base, `${paths.source(slug)}#${anchor}`) },
        entityUrl: (entity) => withBase(base, entityPath(entity)),
        definition: (id) => project.glossary.get(id)?.data.definition,
      };
    },
    links: { entity: (entity) => withBase(base, entityPath(entity)) },
    definition: (id) => project.glossary.get(id)?.data.definition,
    speakerName: (id) => project.actors.get(id)?.data.name,
  };
}
