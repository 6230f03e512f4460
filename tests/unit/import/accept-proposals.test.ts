import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readProjectFiles } from '../../../src/lib/content/content-files';
import { appendClaim, planAcceptance } from '../../../src/lib/import/accept-proposals';
import type { ClaimReview } from '../../../src/lib/import/claim-proposals';
import { fixturesRoot } from '../../helpers/fixtures';
import { projectRoot } from '../../helpers/project';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const files = readProjectFiles(join(fixturesRoot, 'base'));
const eventPath = 'content/events/2024-11-27-offensive-alep.yaml';
const claim = { article: 'alep-essai', quote: 'Mercredi, les rebelles ont lancé une offensive sur Alep.', stance: 'reports' as const };

function review(overrides: Partial<ClaimReview> = {}): string {
  return stringify({
    evenements_existants: [{ id: 'c1', fichier: eventPath, ligne_du_seed: 5, pourquoi: 'lieu alep', claim: [claim] }],
    nouveaux_evenements: [
      {
        id: 'e1',
        ligne_du_seed: 6,
        evenement: { date: '2024-11-30', datePrecision: 'day', type: 'capture', title: 'Alep tombe', summary: 'Les rebelles prennent Alep.', places: ['alep'], actors: [], claims: [{ ...claim, quote: 'Samedi, Alep est tombée.' }] },
      },
    ],
    ...overrides,
  });
}
const accept = (text: string | undefined, ids?: string[]) => planAcceptance({ slug: 'alep-essai', ids, reviewText: text, files, exists: () => false });

describe('appendClaim', () => {
  it('adds the claim at the end of claims: and leaves every other line of every event file as written', () => {
    for (const file of readProjectFiles(projectRoot).collections.events) {
      const text = decode(file.bytes);
      const result = appendClaim(text, { ...claim, stance: 'claims', by: 'osdh' });
      expect(result, file.path).toBeDefined();
      const added = result!.split('\n').filter((line) => !text.split('\n').includes(line));
      expect(added.length, file.path).toBeLessThanOrEqual(4);
      expect((parse(result!) as { claims: unknown[] }).claims.at(-1)).toEqual({ ...claim, stance: 'claims', by: 'osdh' });
    }
  });
});

describe('planAcceptance', () => {
  it('copies every proposal left in the review file: claims into their events, new events into their own files', () => {
    const plan = accept(review());
    if (!plan.ok) throw new Error(plan.errors.map((error) => error.message).join('\n'));
    expect(plan.writes.map((write) => [write.path, write.createOnly])).toEqual([
      [eventPath, false],
      ['content/events/2024-11-30-alep-tombe.yaml', true],
    ]);
    expect(decode(plan.writes[0]!.bytes)).toBe(`${decode(files.collections.events[0]!.bytes)}  - article: alep-essai\n    quote: Mercredi, les rebelles ont lancé une offensive sur Alep.\n    stance: reports\n`);
    expect(parse(decode(plan.writes[1]!.bytes))).toMatchObject({ date: '2024-11-30', title: 'Alep tombe', claims: [{ article: 'alep-essai', quote: 'Samedi, Alep est tombée.' }] });
    expect(plan.report.join('\n')).toContain('c1 : ajouté à content/events/2024-11-27-offensive-alep.yaml (reports)');
  });

  it('accepts only the ids given, and a claim already there only once', () => {
    const plan = accept(review(), ['c1']);
    expect(plan.ok && plan.writes.map((write) => write.path)).toEqual([eventPath]);
    const already = planAcceptance({ slug: 'alep-essai', ids: ['c1'], reviewText: review(), exists: () => false, files: { ...files, collections: { ...files.collections, events: [{ path: eventPath, bytes: plan.ok ? plan.writes[0]!.bytes : new Uint8Array() }] } } });
    expect(already.ok && [already.writes, already.report[1]]).toEqual([[], '  c1 : déjà dans content/events/2024-11-27-offensive-alep.yaml']);
  });

  it('refuses what the editor has not finished: a speaker to name, a new event to write, an unknown id, a missing review file', () => {
    const unfinished = review({
      evenements_existants: [{ id: 'c1', fichier: eventPath, ligne_du_seed: 5, pourquoi: '', claim: [{ ...claim, stance: 'claims', by: 'À compléter : id de l’acteur qui parle' }] }],
      nouveaux_evenements: [{ id: 'e1', ligne_du_seed: 6, evenement: { date: '2024-11-30', type: 'À compléter : capture…', title: 'À compléter', summary: 'Les rebelles prennent Alep.' } }],
    });
    const plan = accept(unfinished);
    expect(plan.ok ? [] : plan.errors.map((error) => `${error.file}: ${error.message}`)).toEqual([
      'review/alep-essai-chronologie.yaml: Unexpected placeholder in by of c1, expected the id of the actor who claims it',
      'review/alep-essai-chronologie.yaml: Unexpected placeholder in type, title of e1, expected the new event written by the editor',
    ]);
    expect(accept(review(), ['c9']).ok ? [] : (accept(review(), ['c9']) as { errors: { message: string }[] }).errors[0]!.message).toBe('Unexpected proposal c9, expected one of c1, e1');
    expect(accept(undefined).ok).toBe(false);
  });
});
