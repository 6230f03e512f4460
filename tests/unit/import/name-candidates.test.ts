import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/annotate/gazetteer';
import { compileMentionMatcher } from '../../../src/lib/annotate/mentions';
import { findNameCandidates } from '../../../src/lib/import/name-candidates';

const gazetteer: Gazetteer = {
  entities: new Map(),
  forms: [
    { form: 'Hama', entity: { kind: 'place', id: 'hama', name: 'Hama' } },
    { form: 'Bachar al-Assad', entity: { kind: 'actor', id: 'bachar-al-assad', name: 'Bachar al-Assad' } },
    { form: 'OSDH', entity: { kind: 'actor', id: 'osdh', name: 'Observatoire syrien des droits de l’homme' } },
  ],
};
const matcher = compileMentionMatcher(gazetteer);
const find = (texts: string[]) => findNameCandidates(texts.map((text, index) => ({ line: index + 1, text })), matcher).map(({ name, count, lines }) => [name, count, lines]);

describe('findNameCandidates', () => {
  it('lists capitalised names, acronyms and hyphenated names the gazetteer does not cover, with counts', () => {
    expect(
      find([
        'Hama menacée',
        'La coalition dominée par Hayat Tahrir al-Sham (HTS) avance vers Hama, selon l’OSDH.',
        'Maria Zakharova a parlé ; le HTS dément, et l’armée de Bachar al-Assad recule.',
      ]),
    ).toEqual([
      ['HTS', 2, [2, 3]],
      ['Hayat Tahrir al-Sham', 1, [2]],
      ['Maria Zakharova', 1, [3]],
    ]);
  });

  it('leaves out a sentence’s first word when it is a function word or written in lower case elsewhere', () => {
    expect(
      find([
        'Fuite collective',
        'Selon Damas, la fuite continue. Dans la nuit, rien. Lors du repli, tout brûle. Après minuit, le calme.',
        'Dimanche, Idleb. Quelques combattants restent ; Certains fuient, quelques-uns et certains autres.',
      ]),
    ).toEqual([
      ['Damas', 1, [2]],
      ['Idleb', 1, [3]],
    ]);
  });

  it('keeps a capitalised word that is not at a sentence start, even a function word', () => {
    expect(find(['Titre', 'Le correspondant du journal Le Monde à La Haye.'])).toEqual([
      ['La Haye', 1, [2]],
      ['Le Monde', 1, [2]],
      ['Titre', 1, [1]],
    ]);
  });

  it('takes the name after an elided article and drops titles such as “M.”', () => {
    expect(find(['Titre', 'L’armée d’Erdogan, dit M. Erdogan, et l’Iran.'])).toEqual([
      ['Erdogan', 2, [2]],
      ['Iran', 1, [2]],
      ['Titre', 1, [1]],
    ]);
  });

  it('skips lines set in capitals, which say nothing of case', () => {
    expect(find(['ATTAQUE DE DRONE SUR DAMAS', 'texte.'])).toEqual([]);
  });

  it('leaves out English words, months and the pieces of links and handles', () => {
    expect(find(['Titre', 'Rebels Now Inside Homs, December 7', 'Voir pic.twitter.com/AbCd et @Un_Reporter, ou www.Site-Info.com/Page sur Le Figaro.'])).toEqual([
      ['Inside Homs', 1, [2]],
      ['Le Figaro', 1, [3]],
      ['Titre', 1, [1]],
      // A single word at a sentence's start stays a candidate here; the import offers it only if it resembles an entry.
      ['Voir', 1, [3]],
    ]);
  });
});
