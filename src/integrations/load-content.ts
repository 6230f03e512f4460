import type { ProjectAnnotations } from '../lib/annotate/annotate-project';
import { checkProject } from '../lib/check-project';
import { shareCheckedProject } from '../lib/site/load';
import { readProjectFiles } from '../lib/content/content-files';
import { formatContentError, sortContentErrors, type ContentError } from '../lib/content/content-error';
import type { Project } from '../lib/content/project';

/**
 * Loads, checks and annotates the content before Astro starts. A mistake stops the build with the
 * list of mistakes and their fixes, not with a stack trace: editors read this, not developers.
 * What the annotator could not resolve is listed as warnings.
 */
export function loadContentOrExit(root: string = process.cwd()): { project: Project; annotations: ProjectAnnotations } {
  const checked = checkProject(readProjectFiles(root));
  const { project, annotations, errors: all } = checked;
  shareCheckedProject(checked);
  if (all.length > 0) {
    process.stderr.write(`\nChronique : ${all.length} ${all.length === 1 ? 'erreur' : 'erreurs'} dans le contenu, le site n'est pas construit.\n\n${list(all)}\n`);
    process.exit(1);
  }
  if (annotations.warnings.length > 0 && process.env['CHRONIQUE_QUIET'] !== '1') {
    process.stderr.write(`\nChronique : ${annotations.warnings.length} avertissements de l'annotation (le site est construit) :\n${list(annotations.warnings)}\n`);
  }
  return { project, annotations };
}

function list(errors: readonly ContentError[]): string {
  return sortContentErrors(errors).map((error) => `  ${formatContentError(error)}\n`).join('');
}
