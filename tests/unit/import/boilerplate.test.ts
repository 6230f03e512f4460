import { describe, expect, it } from 'vitest';
import { proposeBoilerplate } from '../../../src/lib/import/boilerplate';

const proposals = (lines: string[]) => proposeBoilerplate(lines.join('\n')).map(({ line, kind }) => [line, kind]);

describe('proposeBoilerplate', () => {
  it('proposes copies of the title, never the title itself', () => {
    expect(proposals(['', 'Homs se vide', '', 'Homs se vide', 'Homs  se vide', 'Les habitants fuient Homs se vide.'])).toEqual([
      [4, 'repeated-title'],
      [5, 'repeated-title'],
    ]);
  });

  it('proposes lines made only of dashes, stars or bullets', () => {
    expect(proposals(['Titre', 'Un paragraphe.', '-', '—', '* * *', '•', '–––', 'Un autre paragraphe.'])).toEqual([
      [3, 'separator'],
      [4, 'separator'],
      [5, 'separator'],
      [6, 'separator'],
      [7, 'separator'],
    ]);
  });

  it('proposes links to the previous and next articles', () => {
    expect(
      proposals(['Titre', 'Un paragraphe.', 'PREV Un tout autre sujet', 'NEXT La météo de demain ?', 'Previous: other', 'Article précédent : les élections', 'Article suivant : le sport']),
    ).toEqual([
      [3, 'prev-next'],
      [4, 'prev-next'],
      [5, 'prev-next'],
      [6, 'prev-next'],
      [7, 'prev-next'],
    ]);
  });

  it('does not take a word that merely starts like a marker', () => {
    expect(proposals(['Titre', 'Nextcloud est un logiciel.', 'Prévisions pour demain.'])).toEqual([]);
  });

  it('proposes invitations to follow or subscribe as the site’s footer', () => {
    expect(proposals(['Titre', 'Un paragraphe.', 'Suivez-nous sur les réseaux sociaux', 'Abonnez-vous à notre lettre', 'For Latest Updates Follow us on Google News'])).toEqual([
      [3, 'aggregator-footer'],
      [4, 'aggregator-footer'],
      [5, 'aggregator-footer'],
    ]);
  });

  it('leaves a long paragraph that quotes such an invitation in the article', () => {
    const quote = '« Suivez-nous », a lancé le commandant à ses hommes en entrant dans la ville, selon plusieurs témoins interrogés sur place.';
    expect(proposals(['Titre', quote])).toEqual([]);
  });

  it('proposes credits and source lines', () => {
    expect(
      proposals([
        'Titre',
        'Un paragraphe.',
        'Lien vers l’article original en anglais :',
        'Traduction : Une traductrice',
        'Traduction: Un traducteur',
        'La source originale de cet article est Un Journal',
        'Copyright © Un Site, 2024',
        '© Une Agence',
      ]),
    ).toEqual([
      [3, 'credit'],
      [4, 'credit'],
      [5, 'credit'],
      [6, 'credit'],
      [7, 'credit'],
      [8, 'credit'],
    ]);
  });

  it('proposes “read also” lines as links to other articles', () => {
    expect(proposals(['Titre', 'Un paragraphe.', 'Lire aussi : Un autre article', 'À lire aussi Encore un', 'Voir aussi : la carte'])).toEqual([
      [3, 'related-link'],
      [4, 'related-link'],
      [5, 'related-link'],
    ]);
  });

  it('proposes a short headline between two separators as a related link, and the last of a list of them', () => {
    expect(
      proposals([
        'Titre',
        'Premier paragraphe de l’article.',
        '-',
        'Un autre article sur un autre sujet',
        '-',
        'Pourquoi les prix montent-ils ?',
        'Deuxième paragraphe de l’article.',
      ]),
    ).toEqual([
      [3, 'separator'],
      [4, 'related-link'],
      [5, 'separator'],
      [6, 'related-link'],
    ]);
  });

  it('keeps sentences and intertitles that are not between separators', () => {
    expect(proposals(['Titre', '-', 'Une phrase entière de l’article, qui finit par un point.', '-', 'Un intertitre', 'Un paragraphe.'])).toEqual([
      [2, 'separator'],
      [4, 'separator'],
    ]);
  });

  it('gives the reason of each proposal', () => {
    const [proposal] = proposeBoilerplate('Titre\nTexte.\nPREV Autre chose');
    expect(proposal).toEqual({ line: 3, text: 'PREV Autre chose', kind: 'prev-next', reason: expect.stringContaining('« PREV »') });
  });

  it('quotes the line exactly, as the fidelity check wants it', () => {
    const [proposal] = proposeBoilerplate('Titre\nTexte.\n\u00a0— \u00a0');
    expect(proposal?.text).toBe('\u00a0— \u00a0');
  });

  it('proposes photo captions and credits, never a sentence that mentions a photo', () => {
    expect(
      proposals([
        'Titre',
        'Un paragraphe.',
        'Photo AFP/Omar Haj Kadour',
        'Des combattants dans une rue d’Alep, le 30 novembre 2024. (Photo : AFP)',
        'Un char abandonné près de Hama © Reuters',
        'Crédit photo : Anadolu',
        'Des combattants célèbrent sur la place des Omeyyades, à Damas, le 8 décembre 2024. (Photo : Louai Beshara / AFP)',
        'Sur la photo publiée par l’armée, on voit des soldats quitter la ville en désordre, selon plusieurs témoins.',
      ]),
    ).toEqual([
      [3, 'caption'],
      [4, 'caption'],
      [5, 'caption'],
      [6, 'caption'],
      [7, 'caption'],
    ]);
  });

  it('proposes bylines and datelines of the site', () => {
    expect(
      proposals(['Titre', 'Par Claire Dumont', 'Publié le 7 décembre 2024 à 10h12 Mis à jour le 7 décembre 2024 à 18h40', '08/12/2024 10:35', 'Temps de lecture : 3 min', 'Par ailleurs, les combats continuent.']),
    ).toEqual([
      [2, 'byline'],
      [3, 'byline'],
      [4, 'byline'],
      [5, 'byline'],
    ]);
  });

  it('proposes share and newsletter prompts and what images leave behind', () => {
    expect(proposals(['Titre', 'Un paragraphe.', 'Partager sur Facebook', 'Partager', 'Inscrivez-vous à notre newsletter quotidienne', 'Thumbnail', 'Publicité', 'Vidéo'])).toEqual([
      [3, 'share-prompt'],
      [4, 'share-prompt'],
      [5, 'share-prompt'],
      [6, 'placeholder'],
      [7, 'placeholder'],
      [8, 'placeholder'],
    ]);
  });

  it('proposes an embedded post: its text, its link and its signature', () => {
    expect(
      proposals([
        'Titre',
        'Un paragraphe de l’article.',
        'Rebels are now inside the city, residents say',
        'pic.twitter.com/AbCdEf123',
        '— Un Reporter (@unreporter) December 8, 2024',
        'Un autre paragraphe de l’article.',
        'Damascus has fallen pic.twitter.com/XyZ987',
        '— Une Autre (@uneautre) December 8, 2024',
      ]),
    ).toEqual([
      [3, 'embed'],
      [4, 'embed'],
      [5, 'embed'],
      [7, 'embed'],
      [8, 'embed'],
    ]);
  });

  it('proposes "§" separators and a list of headlines under "À lire aussi :"', () => {
    expect(proposals(['Titre', 'Un paragraphe.', '§', 'À lire aussi :', 'Homs, ville carrefour', 'Qui sont les rebelles de HTS ?', 'Le texte de l’article reprend ici.'])).toEqual([
      [3, 'separator'],
      [4, 'related-link'],
      [5, 'related-link'],
      [6, 'related-link'],
    ]);
  });
});
