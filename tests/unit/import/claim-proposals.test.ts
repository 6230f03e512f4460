import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../src/lib/annotate/gazetteer';
import { compileMentionMatcher } from '../../../src/lib/annotate/mentions';
import { readProjectFiles } from '../../../src/lib/content/content-files';
import { loadProject } from '../../../src/lib/content/load-project';
import { proposeBoilerplate } from '../../../src/lib/import/boilerplate';
import { proposeClaims, renderClaimReview } from '../../../src/lib/import/claim-proposals';
import { seedLines } from '../../../src/lib/seed/seed-text';
import { fixturesRoot } from '../../helpers/fixtures';
import { projectRoot } from '../../helpers/project';

const { project } = loadProject(readProjectFiles(projectRoot));
const matcher = compileMentionMatcher(buildGazetteer(project));

/** The proposals for one of the pastes written for the import's tests, against the real chronology. */
function proposals(name: string, published: string) {
  const text = readFileSync(join(fixturesRoot, 'import', name), 'utf8');
  const boilerplate = new Set(proposeBoilerplate(text).map((proposal) => proposal.line));
  const lines = seedLines(text).filter((line) => line.text.trim() !== '' && !boilerplate.has(line.number)).slice(1).map((line) => ({ line: line.number, text: line.text }));
  return proposeClaims(lines, published, project.events, matcher);
}
const summary = (result: ReturnType<typeof proposals>) => [
  ...result.claims.map((claim) => [claim.line, claim.event, claim.stance, claim.by ?? null]),
  ...result.events.map((event) => [event.line, `new ${event.date}`, event.places.join(',')]),
];

// Measured on three pastes of our own (2 décembre 2026): 6 claims proposed, 4 right (event and stance);
// 2 new events proposed, 1 right. The wrong ones are marked below; none was missed.
describe('proposeClaims', () => {
  it('finds the passages that report existing events, with their stance and speaker', () => {
    expect(summary(proposals('hama-web.txt', '2024-12-05'))).toEqual([
      [5, '2024-12-05-hts-relance-l-assaut-sur-hama', 'claims', 'osdh'],
      [6, '2024-12-04-contre-offensive-de-l-armee-au-nord-de-hama', 'claims', 'ministere-syrien-defense'],
      // Wrong event: the rebels deny the army's claim (the counter-offensive), not their own assault.
      [7, '2024-12-05-hts-relance-l-assaut-sur-hama', 'denies', null],
      // Wrong: a flight from Hama on the 5th is a new happening, not the exodus from Homs.
      [8, '2024-12-06-exode-des-habitants-de-homs', 'reports', null],
      [9, 'new 2024-12-05', 'masyaf'],
    ]);
    expect(summary(proposals('homs-web.txt', '2024-12-07'))).toEqual([
      [9, '2024-12-06-entree-des-rebelles-dans-homs', 'claims', 'osdh'],
      // Doubtful: the sentence gives no day of its own (the 6th is the last day named before it).
      [10, 'new 2024-12-06', 'alep'],
    ]);
    expect(summary(proposals('alep-web.txt', '2024-12-01'))).toEqual([[11, '2024-11-30-chute-d-alep', 'reports', null]]);
  });

  it('never takes a hypothesis for a happening', () => {
    expect(proposals('homs-web.txt', '2024-12-07').claims.map((claim) => claim.quote)).not.toContain(expect.stringContaining('Si Homs tombe'));
  });

  it('writes claims ready to paste, quoting the article exactly', () => {
    const result = proposals('hama-web.txt', '2024-12-05');
    const review = parse(renderClaimReview('hama-essai', result)) as { evenements_existants: { fichier: string; claim: unknown[] }[]; nouveaux_evenements: { yaml: string }[] };
    expect(review.evenements_existants[0]).toMatchObject({
      fichier: 'content/events/2024-12-05-hts-relance-l-assaut-sur-hama.yaml',
      claim: [{ article: 'hama-essai', quote: 'Jeudi matin, les combattants de HTS ont relancé l\'assaut sur Hama par le nord et l\'est, selon l\'OSDH.', stance: 'claims', by: 'osdh' }],
    });
    expect(review.evenements_existants[2]!.claim).toEqual([expect.objectContaining({ stance: 'denies', by: 'À compléter : id de l’acteur qui parle' })]);
    expect(parse(review.nouveaux_evenements[0]!.yaml)).toMatchObject({ date: '2024-12-05', datePrecision: 'day', places: ['masyaf'], claims: [{ article: 'hama-essai', stance: 'reports' }] });
  });
});
