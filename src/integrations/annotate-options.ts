import { relative } from 'node:path';
import type { ProjectAnnotations } from '../lib/annotate/annotate-project';
import type { RemarkAnnotateOptions } from '../lib/annotate/remark-annotate';
import type { Project } from '../lib/content/project';
import { withBase } from '../lib/site/deployment';
import { entityPath } from '../lib/site/paths';

/** What the remark plugin needs to annotate the pages the way the loader annotated the data. */
export function remarkAnnotateOptions(project: Project, annotations: ProjectAnnotations, base: string, root: string = process.cwd()): RemarkAnnotateOptions {
  const byFile = new Map([...project.articles.values()].map((article) => [article.file, article]));
  return {
    gazetteer: annotations.gazetteer,
    matcher: annotations.matcher,
    articleFor(path) {
      const article = byFile.get(relative(root, path).split('\\').join('/'));
      return article ? { published: article.data.published, file: article.file } : undefined;
    },
    links: { entity: (entity) => withBase(base, entityPath(entity)) },
    definition: (id) => project.glossary.get(id)?.data.definition,
    speakerName: (id) => project.actors.get(id)?.data.name,
  };
}
