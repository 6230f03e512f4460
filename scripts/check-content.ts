/**
 * `npm run check` (content part): every content check, in the one error format
 * `path:line:column  what is wrong  (fix: how)`. Exit code 1 on any error; warnings are listed.
 */
import { checkProject } from '../src/lib/check-project';
import { readProjectFiles } from '../src/lib/content/content-files';
import { formatContentError, sortContentErrors } from '../src/lib/content/content-error';

const { errors, warnings, notes, project } = checkProject(readProjectFiles(process.cwd()));
for (const note of sortContentErrors(notes)) console.log(`note  ${formatContentError(note)}`);
for (const warning of sortContentErrors(warnings)) console.log(`avertissement  ${formatContentError(warning)}`);
for (const error of sortContentErrors(errors)) console.error(formatContentError(error));
console.log(
  errors.length === 0
    ? `Contenu vérifié : ${project.articles.size} articles, ${project.chapters.size} chapitres, ${project.events.size} événements, ${project.actors.size} acteurs, ${project.places.size} lieux, ${project.glossary.size} termes. ${warnings.length} avertissements.${notes.length > 0 ? ` ${notes.length} ${notes.length === 1 ? 'brouillon laissé' : 'brouillons laissés'} hors du site.` : ''}`
    : `${errors.length} ${errors.length === 1 ? 'erreur' : 'erreurs'} dans le contenu.`,
);
process.exitCode = errors.length === 0 ? 0 : 1;
