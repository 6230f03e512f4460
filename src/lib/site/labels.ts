import type { BoilerplateLine } from '../schemas/article';
import { frenchSpacing, ofName, type Article } from '../text/typography';
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
  'prev-next': 'lien «\u00a0article précédent / suivant\u00a0»',
  'related-link': 'lien vers un autre article',
  separator: 'séparateur',
  credit: 'mention de traduction et de droits',
  caption: 'légende ou crédit de photo',
  byline: 'signature ou date de mise en ligne',
  'share-prompt': 'invitation à partager ou à s’abonner',
  placeholder: 'reste d’une image ou d’une publicité',
  embed: 'message intégré d’un réseau social',
} as const satisfies Record<BoilerplateLine['kind'], string>;

/** What an article is to the text it comes from: the term before the original's name. */
export const originalRelationLabels = {
  translation: 'Traduction',
  republication: 'Reprise',
} as const;

/** "Traduction d’un texte de …", "Reprise d’un texte de l’Agence France-Presse". */
export function originalSourceLabel(relation: keyof typeof originalRelationLabels, name: string, article?: Article): string {
  return `${originalRelationLabels[relation]} d’un texte ${ofName(name, article)}`;
}

/** "Gouvernorat d’Alep", "gouvernorat de Hama". */
export function governorateLabel(governorate: string, capitalised = true): string {
  return `${capitalised ? 'Gouvernorat' : 'gouvernorat'} ${ofName(governorate)}`;
}

/** The title of an actor's statements chart: "Déclarations de l’Armée arabe syrienne, jour par jour". */
export function speakerTimelineTitle(actor: { name: string; article?: Article | undefined }): string {
  return `Déclarations ${ofName(actor.name, actor.article)}, jour par jour`;
}

/** The title of a place's locator map: "Situation d’Alep", "Situation du gouvernorat de Hama". */
export function locatorTitle(place: { name: string; article?: Article | undefined }): string {
  return `Situation ${ofName(place.name, place.article, { lowercase: true })}`;
}

export { frenchSpacing };
