import type { ProjectAnnotations } from '../lib/annotate/annotate-project';
import { checkProject } from '../lib/check-project';
import { shareCheckedProject } from '../lib/site/load';
import { collectionFolders, readProjectFiles, seedFolder } from '../lib/content/content-files';
import { formatContentError, sortContentErrors, type ContentError } from '../lib/content/content-error';
import type { Project } from '../lib/content/project';

/** The folders whose files make the content: a change to any of them means checking it again. */
export const contentFolders: readonly string[] = [...Object.values(collectionFolders), seedFolder];

const loadedOnce = Symbol.for('chronique.content-loaded-once');

/**
 * Loads, checks and annotates the content before Astro starts. A mistake stops the build with the
 * list of mistakes and their fixes, not with a stack trace: editors read this, not developers.
 * When `astro dev` reloads the content after an edit, a mistake is thrown instead: the server
 * reports it and keeps serving the last good content until the file is fixed.
 * What the annotator could not resolve is listed as warnings.
 */
export function loadContentOrExit(root: string = process.cwd(), argv: readonly string[] = process.argv): { project: Project; annotations: ProjectAnnotations; files: string[] } {
  const files = readProjectFiles(root);
  const checked = checkProject(files, { drafts: isDevServer(argv) ? 'include' : 'exclude' });
  const { project, annotations, errors: all } = checked;
  if (all.length > 0) {
    const report = `Chronique : ${all.length} ${all.length === 1 ? 'erreur' : 'erreurs'} dans le contenu, le site n'est pas construit.\n\n${list(all)}`;
    if ((globalThis as Record<symbol, unknown>)[loadedOnce]) throw new Error(report);
    process.stderr.write(`\n${report}\n`);
    process.exit(1);
  }
  (globalThis as Record<symbol, unknown>)[loadedOnce] = true;
  shareCheckedProject(checked);
  if (annotations.warnings.length > 0 && process.env['CHRONIQUE_QUIET'] !== '1') {
    process.stderr.write(`\nChronique : ${annotations.warnings.length} avertissements de l'annotation (le site est construit) :\n${list(annotations.warnings)}\n`);
  }
  const paths = [...Object.values(files.collections).flat(), ...files.seeds.values(), ...(files.seedManifest ? [files.seedManifest] : [])].map((file) => file.path);
  return { project, annotations, files: paths };
}

/** `astro dev` previews drafts; `astro build`, `astro check` and the rest leave them out. */
export function isDevServer(argv: readonly string[]): boolean {
  const command = argv.slice(2).find((arg) => !arg.startsWith('-'));
  return command === 'dev';
}

function list(errors: readonly ContentError[]): string {
  return sortContentErrors(errors).map((error) => `  ${formatContentError(error)}\n`).join('');
}
