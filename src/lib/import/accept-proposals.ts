import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import type { ContentError } from '../content/content-error';
import { collectionFolders, type ProjectFiles } from '../content/content-files';
import { isPlaceholder } from '../schemas/article';
import type { Claim } from '../schemas/event';
import type { FileToWrite } from './import-plan';
import { claimReviewPath, type ClaimReview } from './claim-proposals';
import { slugFromTitle } from './slug';

export interface AcceptInput {
  slug: string;
  /** The proposals to accept ("c1", "e2"); every proposal left in the review file when undefined. */
  ids: readonly string[] | undefined;
  /** The review file as the editor left it (proposals removed, stances or speakers corrected). */
  reviewText: string | undefined;
  files: ProjectFiles;
  exists: (path: string) => boolean;
}

export type AcceptPlan = { ok: true; writes: FileToWrite[]; report: string[] } | { ok: false; errors: ContentError[] };

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/**
 * Adds a claim at the end of an event file's `claims:` list, as text: the rest of the file, its
 * comments and folded lines, stays as the editor wrote it. Checked by reading the result back.
 */
export function appendClaim(eventText: string, claim: Claim): string | undefined {
  const lines = eventText.replace(/\n*$/, '').split('\n');
  const start = lines.findIndex((line) => /^claims:\s*$/.test(line));
  if (start === -1) return undefined;
  let end = start + 1;
  while (end < lines.length && (lines[end]!.startsWith(' ') || lines[end]!.startsWith('-') || lines[end]!.trim() === '')) end++;
  while (end > start + 1 && lines[end - 1]!.trim() === '') end--;
  const indent = /^(\s*)-/.exec(lines[start + 1] ?? '')?.[1] ?? '  ';
  const item = stringify([claim], { lineWidth: 0 }).replace(/\n$/, '').split('\n').map((line) => `${indent}${line}`);
  const result = [...lines.slice(0, end), ...item, ...lines.slice(end)].join('\n') + '\n';
  const before = parse(eventText) as { claims: unknown[] };
  const after = parse(result) as { claims: unknown[] };
  return isDeepStrictEqual({ ...after, claims: after.claims.slice(0, -1) }, before) && isDeepStrictEqual(after.claims.at(-1), claim) ? result : undefined;
}

/**
 * `npm run new:article -- --accept <slug>[:c1,e2]`: copies the accepted proposals of
 * review/<slug>-chronologie.yaml into the chronology: each claim at the end of its event's `claims:`,
 * each new event into its own file once the editor has written its type, title and summary. A claim
 * already there is left alone; an event file is never replaced. The build then checks every quote.
 */
export function planAcceptance(input: AcceptInput): AcceptPlan {
  const reviewPath = claimReviewPath(input.slug);
  const fail = (message: string, fix: string, line = 1): AcceptPlan => ({ ok: false, errors: [{ file: reviewPath, line, column: 1, message, fix }] });
  if (input.reviewText === undefined) return fail(`Missing ${reviewPath}, expected the chronology proposals of the import of ${input.slug}`, `run \`npm run new:article -- <article.txt> --slug ${input.slug}\` first, or check the slug`);
  let review: ClaimReview;
  try {
    review = parse(input.reviewText) as ClaimReview;
  } catch (error) {
    return fail(`Unexpected YAML (${(error as Error).message.split('\n')[0]})`, 'fix the review file, or delete it and import the article again');
  }
  const claims = review?.evenements_existants ?? [];
  const events = review?.nouveaux_evenements ?? [];
  const known = new Set([...claims, ...events].map((proposal) => proposal.id));
  const unknown = (input.ids ?? []).filter((id) => !known.has(id));
  if (unknown.length > 0) return fail(`Unexpected proposal ${unknown.join(', ')}, expected one of ${[...known].join(', ') || '(none left)'}`, `use the ids of ${reviewPath}`);
  const wanted = (id: string) => input.ids === undefined || input.ids.includes(id);

  const errors: ContentError[] = [];
  const report: string[] = [];
  const texts = new Map(input.files.collections.events.map((file) => [file.path, decode(file.bytes)]));
  const changed = new Set<string>();
  for (const proposal of claims.filter((candidate) => wanted(candidate.id))) {
    const claim = proposal.claim[0]!;
    if (claim.by !== undefined && isPlaceholder(claim.by)) {
      errors.push({ file: reviewPath, line: 1, column: 1, message: `Unexpected placeholder in by of ${proposal.id}, expected the id of the actor who ${claim.stance === 'denies' ? 'denies' : claim.stance === 'confirms' ? 'confirms' : 'claims'} it`, fix: 'write the actor’s id (content/actors/<id>.yaml), or set stance: reports and remove by' });
      continue;
    }
    const text = texts.get(proposal.fichier);
    if (text === undefined) {
      errors.push({ file: reviewPath, line: 1, column: 1, message: `Missing ${proposal.fichier} for ${proposal.id}, expected an event of the chronology`, fix: 'correct fichier, or remove the proposal' });
      continue;
    }
    const existing = (parse(text) as { claims?: Claim[] }).claims ?? [];
    if (existing.some((other) => other.article === claim.article && other.quote === claim.quote)) {
      report.push(`  ${proposal.id} : déjà dans ${proposal.fichier}`);
      continue;
    }
    const next = appendClaim(text, claim);
    if (next === undefined) {
      errors.push({ file: proposal.fichier, line: 1, column: 1, message: `Unexpected layout, expected a top-level claims: list to add ${proposal.id} to`, fix: `paste the claim block of ${proposal.id} under claims: by hand` });
      continue;
    }
    texts.set(proposal.fichier, next);
    changed.add(proposal.fichier);
    report.push(`  ${proposal.id} : ajouté à ${proposal.fichier} (${claim.stance}${claim.by ? ` par ${claim.by}` : ''})`);
  }
  const writes: FileToWrite[] = [...changed].map((path) => ({ path, bytes: encode(texts.get(path)!), createOnly: false }));

  for (const proposal of events.filter((candidate) => wanted(candidate.id))) {
    const event = proposal.evenement;
    const unfinished = (['type', 'title', 'summary'] as const).filter((field) => typeof event[field] !== 'string' || isPlaceholder(event[field]));
    if (unfinished.length > 0) {
      errors.push({ file: reviewPath, line: 1, column: 1, message: `Unexpected placeholder in ${unfinished.join(', ')} of ${proposal.id}, expected the new event written by the editor`, fix: `replace each « À compléter » of ${proposal.id} in ${reviewPath}, or leave ${proposal.id} out (--accept ${input.slug}:<ids>)` });
      continue;
    }
    const path = `${collectionFolders.events}/${event.date}-${slugFromTitle(String(event.title))}.yaml`;
    if (input.exists(path) || texts.has(path)) {
      report.push(`  ${proposal.id} : ${path} existe déjà, inchangé`);
      continue;
    }
    writes.push({ path, bytes: encode(stringify(event, { lineWidth: 0 })), createOnly: true });
    report.push(`  ${proposal.id} : nouvel événement ${path}`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    writes,
    report: [
      `Propositions acceptées de ${reviewPath} :`,
      ...(report.length > 0 ? report : ['  aucune']),
      '',
      'Lancez `npm run check` : la construction vérifie que chaque citation est bien dans l’article.',
    ],
  };
}
