import { readProjectFiles } from '../lib/content/content-files';
import { formatContentError, sortContentErrors } from '../lib/content/content-error';
import { loadProject } from '../lib/content/load-project';
import type { Project } from '../lib/content/project';

/**
 * Loads and checks the content before Astro starts. A mistake stops the build with the list of
 * mistakes and their fixes, not with a stack trace: editors read this, not developers.
 */
export function loadContentOrExit(root: string = process.cwd()): Project {
  const { project, errors } = loadProject(readProjectFiles(root));
  if (errors.length > 0) {
    const sorted = sortContentErrors(errors);
    process.stderr.write(
      `\nChronique : ${sorted.length} ${sorted.length === 1 ? 'erreur' : 'erreurs'} dans le contenu, le site n'est pas construit.\n\n` +
        sorted.map((error) => `  ${formatContentError(error)}\n`).join('') +
        '\n',
    );
    process.exit(1);
  }
  return project;
}
