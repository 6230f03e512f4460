import { describe, expect, it } from 'vitest';
import { findPublicationCandidates, type DatedLine } from '../../../src/lib/import/publication-candidates';

type Kind = NonNullable<DatedLine['kind']>;
/** Lines numbered from 1; `boilerplate` gives the kind of the lines proposed as boilerplate. */
const lines = (texts: string[], boilerplate: Record<number, Kind> = {}): DatedLine[] =>
  texts.map((text, index) => ({ line: index + 1, text, boilerplate: boilerplate[index + 1] !== undefined, ...(boilerplate[index + 1] ? { kind: boilerplate[index + 1]! } : {}) }));
// The day the issue was found: never to be proposed.
const today = '2026-12-02';

describe('findPublicationCandidates', () => {
  it('takes the dateline first, the publication’s date and not the update’s, with high confidence', () => {
    const choice = findPublicationCandidates(
      lines(['Titre', 'Publié le samedi 7 décembre 2024 à 10h12, mis à jour le 8 décembre 2024 à 9h', 'Le 8 décembre, Damas est tombée.'], { 2: 'byline' }),
      today,
    );
    expect(choice).toMatchObject({ published: '2024-12-07', confidence: 'high', source: { line: 2, text: 'samedi 7 décembre 2024' } });
    expect(choice.evidence).toBe('ligne de mise en ligne, ligne 2 : « samedi 7 décembre 2024 »');
  });

  it('reads an agency dateline at the head of the text', () => {
    const choice = findPublicationCandidates(lines(['Titre', 'BEYROUTH, 6 décembre (AFP) – Les insurgés approchent de Homs, a rapporté l’OSDH.']), today);
    expect(choice).toMatchObject({ published: '2024-12-06', confidence: 'high' });
  });

  it('else takes the latest dated happening, in the year whose weekday agrees', () => {
    const choice = findPublicationCandidates(lines(['Titre', 'Les rebelles sont entrés à Alep le mercredi 27 novembre.', 'Samedi 30 novembre, l’armée s’est retirée de la ville.']), today);
    expect(choice).toMatchObject({ published: '2024-11-30', confidence: 'medium', source: { line: 3, text: 'Samedi 30 novembre' } });
    expect(choice.evidence).toContain('l’année où ce jour de la semaine tombe juste');
  });

  it('reads a day and month alone in the corpus’s year, with low confidence', () => {
    const choice = findPublicationCandidates(lines(['Titre', 'Le 5 décembre, Hama est tombée.']), today);
    expect(choice).toMatchObject({ published: '2024-12-05', confidence: 'low' });
  });

  it('never takes a caption’s date, nor a related link’s', () => {
    const choice = findPublicationCandidates(
      lines(['Titre', 'Une rue de Hama, le 9 décembre 2024. (Photo AFP)', 'Le 5 décembre 2024, Hama est tombée.', 'Lire aussi : le point du 10 décembre 2024'], { 2: 'caption', 4: 'related-link' }),
      today,
    );
    expect(choice.published).toBe('2024-12-05');
  });

  it('understands the English date of an embedded post', () => {
    const choice = findPublicationCandidates(
      lines(['Titre', 'Le 7 décembre 2024, les rebelles ont atteint Homs.', '— Un journaliste (@journaliste) December 8, 2024'], { 3: 'embed' }),
      today,
    );
    expect(choice).toMatchObject({ published: '2024-12-08', confidence: 'medium' });
    expect(choice.evidence).toContain('message intégré');
  });

  it('does not take an announced day for a happening', () => {
    const choice = findPublicationCandidates(lines(['Titre', 'Le 2 décembre 2024, l’armée a contre-attaqué ; une réunion est prévue le 14 décembre 2024.']), today);
    expect(choice.published).toBe('2024-12-02');
    expect(choice.candidates.find((candidate) => candidate.text === '14 décembre 2024')?.value).toBe('2024-12-14');
  });

  it('leaves the date unset, never today, when nothing in the text dates it', () => {
    const choice = findPublicationCandidates(lines(['Titre', 'Jeudi, la ville est tombée ; hier, les habitants fuyaient.']), today);
    expect(choice.published).toBeUndefined();
    expect(choice.confidence).toBeUndefined();
    expect(choice.evidence).toContain('la date reste à écrire');
    expect(choice.candidates.map(({ text, kind }) => [text, kind])).toEqual([
      ['Jeudi', 'weekday'],
      ['hier', 'relative'],
    ]);
  });

  it('never proposes a day after today, nor outside the corpus period', () => {
    const choice = findPublicationCandidates(lines(['Titre', 'Le 3 décembre 2024, les combats ont repris ; le 9 mars 2025, un rapport a été publié.']), '2025-01-10');
    expect(choice.published).toBe('2024-12-03');
    expect(choice.candidates.find((candidate) => candidate.text === '9 mars 2025')?.reason).toContain('une annonce, pas la date de publication');
  });

  it('lists relative expressions, years and unresolved ones without choosing them', () => {
    const other = findPublicationCandidates(lines(['Titre', 'La veille, rien. Hier, l’assaut ; en 2011, la guerre. Trois jours plus tard, le 2 décembre 2024.']), today);
    expect(other.candidates.map(({ text, kind }) => [text, kind])).toEqual([
      ['La veille', 'relative'],
      ['Hier', 'relative'],
      ['2011', 'year'],
      ['Trois jours plus tard', 'relative'],
      ['2 décembre 2024', 'full-date'],
    ]);
    expect(other.published).toBe('2024-12-02');
  });
});
