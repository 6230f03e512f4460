import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/annotate/gazetteer';
import { findCollisions, matchNames, transliterationKey } from '../../../src/lib/import/name-matches';
import { isOfferedAsNew, renderNameReview } from '../../../src/lib/import/name-review';

const actor = (id: string, name: string) => ({ kind: 'actor' as const, id, name });
const place = (id: string, name: string) => ({ kind: 'place' as const, id, name });
const jolani = actor('abou-mohammad-al-jolani', 'Abou Mohammad al-Jolani');
const idlib = place('idlib', 'Idlib');
const hama = place('hama', 'Hama');
const hamas = actor('hamas', 'Hamas');
const gazetteer: Gazetteer = {
  entities: new Map(),
  forms: [
    { form: 'Abou Mohammad al-Jolani', entity: jolani },
    { form: 'Jolani', entity: jolani },
    { form: 'Idlib', entity: idlib },
    { form: 'Hama', entity: hama },
    { form: 'Hamas', entity: hamas },
  ],
};
const candidate = (name: string) => ({ name, count: 1, lines: [2] });
const offers = (names: string[]) =>
  matchNames(names.map(candidate), gazetteer).map((proposal) => [proposal.candidate.name, proposal.kind === 'alias' ? proposal.entity.id : 'new']);

describe('transliterationKey', () => {
  it('forgets what transliterations vary on', () => {
    expect(new Set(['Jolani', 'Joulani', 'Jawlani', 'al-Jolani'].map(transliterationKey)).size).toBe(1);
    expect(transliterationKey('Mohamed')).toBe(transliterationKey('Mohammed'));
    expect(transliterationKey('Idleb')).toBe(transliterationKey('Idlib'));
  });
});

describe('matchNames', () => {
  it('offers other spellings of a registry name as its aliases', () => {
    expect(offers(['Abou Mohammed al-Joulani', 'Mohammed al-Jawlani', 'Idleb', 'Jawlani'])).toEqual([
      ['Abou Mohammed al-Joulani', 'abou-mohammad-al-jolani'],
      ['Mohammed al-Jawlani', 'abou-mohammad-al-jolani'],
      ['Idleb', 'idlib'],
      ['Jawlani', 'abou-mohammad-al-jolani'],
    ]);
  });

  it('offers the rest as new entries, single words only when they are acronyms', () => {
    const proposals = matchNames(['Ahmed al-Charaa', 'FDS', 'Premier', 'Dieu'].map(candidate), gazetteer);
    expect(proposals.filter(isOfferedAsNew).map((proposal) => [proposal.candidate.name, proposal.kind])).toEqual([
      ['Ahmed al-Charaa', 'new'],
      ['FDS', 'new'],
    ]);
  });

  it('warns when a name resembles two entries', () => {
    const [proposal] = matchNames([candidate('Hamah')], gazetteer);
    expect(proposal).toMatchObject({ kind: 'alias', entity: { id: 'hama' } });
    expect(proposal!.kind === 'alias' && proposal!.warning).toContain('Hamas (hamas)');
  });
});

describe('findCollisions', () => {
  it('warns that a name one letter away from another kind of entry may be a slip ("Hamas" for Hama)', () => {
    expect(findCollisions([{ line: 4, text: 'Hamas', entity: hamas }, { line: 5, text: 'Idlib', entity: idlib }], gazetteer)).toEqual([{ text: 'Hamas', line: 4, claimed: hamas, meant: hama }]);
  });
});

describe('renderNameReview', () => {
  it('writes a ready stub for each proposal and the warnings, as YAML', () => {
    const text = renderNameReview('essai', matchNames(['Idleb', 'Ahmed al-Charaa'].map(candidate), gazetteer), [{ text: 'Hamas', line: 4, claimed: hamas, meant: hama }]);
    expect(text).toContain('fichier: content/places/idlib.yaml\n    ajouter_a_aliases: Idleb');
    expect(text).toContain('fichier: content/actors/ahmed-al-charaa.yaml (ou content/places/ahmed-al-charaa.yaml pour un lieu)');
    expect(text).toContain('name: Ahmed al-Charaa');
    expect(text).toContain(':place[Hamas]{#hama}');
  });
});
