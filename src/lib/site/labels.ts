import type { BoilerplateLine } from '../schemas/article';
import type { ActorKind } from '../schemas/actor';
import type { PlaceKind } from '../schemas/place';

export const actorKindLabels: Record<ActorKind, { singular: string; plural: string }> = {
  'armed-group': { singular: 'Groupe armé', plural: 'Groupes armés' },
  state: { singular: 'État', plural: 'États' },
  'government-body': { singular: 'Institution gouvernementale', plural: 'Institutions gouvernementales' },
  army: { singular: 'Armée', plural: 'Armées' },
  'international-organisation': { singular: 'Organisation internationale', plural: 'Organisations internationales' },
  media: { singular: 'Média', plural: 'Médias' },
  ngo: { singular: 'ONG', plural: 'ONG' },
  person: { singular: 'Personne', plural: 'Personnes' },
};

export const placeKindLabels: Record<PlaceKind, { singular: string; plural: string }> = {
  city: { singular: 'Ville', plural: 'Villes' },
  town: { singular: 'Petite ville', plural: 'Petites villes' },
  village: { singular: 'Village', plural: 'Villages' },
  district: { singular: 'Quartier ou district', plural: 'Quartiers et districts' },
  governorate: { singular: 'Gouvernorat', plural: 'Gouvernorats' },
  region: { singular: 'Région', plural: 'Régions' },
  site: { singular: 'Site', plural: 'Sites' },
  road: { singular: 'Route', plural: 'Routes' },
  border: { singular: 'Frontière', plural: 'Frontières' },
};

export const boilerplateKindLabels = {
  'repeated-title': 'titre répété',
  'aggregator-footer': 'pied de page de l’agrégateur',
  'prev-next': 'lien « article précédent / suivant »',
  'related-link': 'lien vers un autre article',
  separator: 'séparateur',
  credit: 'mention de traduction et de droits',
  caption: 'légende ou crédit de photo',
  byline: 'signature ou date de mise en ligne',
  'share-prompt': 'invitation à partager ou à s’abonner',
  placeholder: 'reste d’une image ou d’une publicité',
  embed: 'message intégré d’un réseau social',
} as const satisfies Record<BoilerplateLine['kind'], string>;

export const originalRelationLabels = {
  translation: 'Traduction de',
  republication: 'Reprise de',
} as const;
