import { buildGazetteer } from '../annotate/gazetteer';
import { compileMentionMatcher } from '../annotate/mentions';
import type { ContentError } from '../content/content-error';
import { collectionFolders, seedManifestPath, type ProjectFiles } from '../content/content-files';
import { isContentError } from '../content/frontmatter';
import { loadProject } from '../content/load-project';
import { expectedBlocks } from '../seed/fidelity';
import { seedLines } from '../seed/seed-text';
import { isIntertitle } from '../seed/seed-to-mdx';
import { renderArticleStub, todo } from './article-stub';
import { proposeBoilerplate } from './boilerplate';
import { formatImportReport } from './import-report';
import { findNameCandidates } from './name-candidates';
import { findCollisions, matchNames } from './name-matches';
import { chronologyLines, claimReviewPath, proposeClaims, renderClaimReview } from './claim-proposals';
import { isOfferedAsNew, nameReviewPath, renderNameReview } from './name-review';
import { findPublicationCandidates, type PublicationChoice } from './publication-candidates';
import { registerSeed } from './seed-registration';
import { isValidSlug, slugFromTitle } from './slug';
import { readSourceText } from './source-file';

export interface ImportInput {
  /** The file to import, as the editor named it (used in messages and for the seed's name). */
  sourcePath: string;
  sourceBytes: Uint8Array;
  /** From --slug; otherwise the slug is made from the title. */
  slug?: string;
  /** The day of the import, YYYY-MM-DD: the publication date when the text gives none. */
  today: string;
  /** The project as it is on disk. */
  files: ProjectFiles;
  /** Whether a file outside the content exists (the review file is never replaced). */
  exists?: (path: string) => boolean;
}

export interface FileToWrite {
  /** Relative to the project root. */
  path: string;
  bytes: Uint8Array;
  /** The file must not exist yet: writing it must never replace an editor's file. */
  createOnly: boolean;
}

export type ImportPlan = { ok: true; writes: FileToWrite[]; report: string[] } | { ok: false; errors: ContentError[] };

/**
 * Everything `npm run new:article` does, without touching the disk: checks the file, decides
 * what to write (seed, manifest, article stub) and what to tell the editor. Refuses with errors
 * rather than write anything doubtful.
 */
export function planImport(input: ImportInput): ImportPlan {
  const source = readSourceText(input.sourcePath, input.sourceBytes);
  if (isContentError(source)) return { ok: false, errors: [source] };
  const lines = seedLines(source.text).filter((line) => line.text.trim() !== '');
  const title = { line: lines[0]!.number, text: lines[0]!.text.trim() };

  const errors: ContentError[] = [];
  const slug = input.slug ?? slugFromTitle(title.text);
  const articlePath = `${collectionFolders.articles}/${slug}.mdx`;
  if (input.slug !== undefined && !isValidSlug(input.slug)) {
    errors.push({ file: 'command line', line: 1, column: 1, message: `Unexpected slug ${JSON.stringify(input.slug)}, expected lower-case ASCII words joined by hyphens (it becomes the URL)`, fix: `use --slug ${slugFromTitle(input.slug) || 'mon-article'}` });
  } else if (slug === '') {
    errors.push({ file: input.sourcePath, line: title.line, column: 1, message: 'Unexpected title without Latin letters or digits, expected one to make the slug from', fix: 'give the slug with --slug <slug>' });
  } else if (input.files.collections.articles.some((file) => file.path === articlePath)) {
    errors.push({ file: articlePath, line: 1, column: 1, message: `Refusing to overwrite ${articlePath}, which already exists`, fix: 'choose another slug with --slug <slug>; an existing article is never replaced' });
  }
  const seed = registerSeed(source.name, input.sourceBytes, input.files);
  if (Array.isArray(seed)) errors.push(...seed);

  const proposals = proposeBoilerplate(source.text);
  if (expectedBlocks(source.text, { titleOrigin: 'seed', boilerplate: proposals }).length === 0) {
    errors.push({ file: input.sourcePath, line: title.line, column: 1, message: 'Unexpected text with nothing besides its title and boilerplate, expected the paragraphs of an article', fix: 'check that the file holds the whole article' });
  }
  if (errors.length > 0 || Array.isArray(seed)) return { ok: false, errors };

  const boilerplateLines = new Set(proposals.map((proposal) => proposal.line));
  const kinds = new Map(proposals.map((proposal) => [proposal.line, proposal.kind]));
  const publication = findPublicationCandidates(
    lines.map((line) => ({ line: line.number, text: line.text, boilerplate: boilerplateLines.has(line.number), ...(kinds.has(line.number) ? { kind: kinds.get(line.number)! } : {}) })),
    input.today,
  );
  const { project } = loadProject(input.files);
  const gazetteer = buildGazetteer(project);
  const matcher = compileMentionMatcher(gazetteer);
  const bodyLines = lines.filter((line) => !boilerplateLines.has(line.number)).map((line) => ({ line: line.number, text: line.text }));
  const names = findNameCandidates(bodyLines, matcher);
  const nameProposals = matchNames(names, gazetteer).filter(isOfferedAsNew);
  const collisions = findCollisions(
    bodyLines.flatMap((line) => matcher.find(line.text).map((mention) => ({ line: line.line, text: line.text.slice(mention.start, mention.end), entity: mention.entity }))),
    gazetteer,
  );
  // The chronology learns: passages that look like they report an existing event, and dated happenings that match none.
  const chronology = publication.published ? proposeClaims(chronologyLines(source.text, proposals), publication.published, project.events, { gazetteer, matcher }) : undefined;
  const chronologyPath = claimReviewPath(slug);
  const writeChronology = chronology !== undefined && (chronology.claims.length > 0 || chronology.events.length > 0) && !(input.exists?.(chronologyPath) ?? false);
  const reviewPath = nameReviewPath(slug);
  const writeReview = (nameProposals.length > 0 || collisions.length > 0) && !(input.exists?.(reviewPath) ?? false);

  const article = renderArticleStub({
    title: title.text,
    seedName: source.name,
    seedText: source.text,
    published: publication.published ?? todo.published,
    publishedPrecision: publication.confidence === 'high' ? 'day' : 'approximate',
    publishedNote: publishedNote(publication),
    boilerplate: proposals,
  });
  const encode = (text: string) => new TextEncoder().encode(text);
  const writes: FileToWrite[] = [
    ...(seed.alreadyPresent ? [] : [{ path: seed.path, bytes: input.sourceBytes, createOnly: true }]),
    { path: seedManifestPath, bytes: encode(seed.manifestText), createOnly: false },
    { path: articlePath, bytes: encode(article), createOnly: true },
    ...(writeReview ? [{ path: reviewPath, bytes: encode(renderNameReview(slug, nameProposals, collisions)), createOnly: true }] : []),
    ...(writeChronology ? [{ path: chronologyPath, bytes: encode(renderClaimReview(slug, chronology!)), createOnly: true }] : []),
  ];
  const report = formatImportReport({
    sourcePath: input.sourcePath,
    seedPath: seed.path,
    seedAlreadyPresent: seed.alreadyPresent,
    articlePath,
    title,
    titleLooksLikeProse: title.text.length > 120 || /[.;:,]$/.test(title.text),
    slug,
    slugFromOption: input.slug !== undefined,
    boilerplate: proposals,
    publication,
    names: nameProposals,
    droppedNames: names.length - nameProposals.length,
    collisions,
    reviewPath: writeReview ? reviewPath : undefined,
    chronology,
    chronologyPath: writeChronology ? chronologyPath : undefined,
    intertitles: expectedBlocks(source.text, { titleOrigin: 'seed', boilerplate: proposals }).filter((block) => isIntertitle(block.text)),
  });
  return { ok: true, writes, report };
}

const confidenceWords = { high: 'sûre', medium: 'probable', low: 'incertaine' } as const;

function publishedNote(publication: PublicationChoice): string {
  return publication.published && publication.confidence
    ? `Date proposée à l’import (${confidenceWords[publication.confidence]}), à vérifier : ${publication.evidence}.`
    : todo.publishedNote;
}
