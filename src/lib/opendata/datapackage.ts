import { acledColumns } from '../chronology/acled';
import type { SiteProject } from '../content/project';
import type { eventRecords } from '../exports/events';
import type { actorsExport, articlesExport, glossaryExport, placesExport } from '../exports/gazetteer-exports';
import { statementCsvColumns, type StatementRecord } from '../exports/statements';
import { actorKinds } from '../schemas/actor';
import { datePrecisions } from '../schemas/article';
import { claimStances, eventDatePrecisions, eventTypes, timesOfDay } from '../schemas/event';
import { placeKinds } from '../schemas/place';
import { paths } from '../site/paths';
import { sortByPublication } from '../site/sort';
import { annotationPagePath, annotationsPath, type AbsoluteUrl, type AnnotationIndex } from './web-annotation';

/** Table Schema field types used by Chronique's exports (Frictionless Table Schema v1). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'array' | 'object';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: readonly (string | number)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
}

/** How one column is described before it gets its name: type, constraints, meaning in French and English. */
export interface FieldSpec {
  type: FieldType;
  format?: 'uri';
  constraints?: FieldConstraints;
  trueValues?: string[];
  falseValues?: string[];
  fr: string;
  en: string;
}

/** A Table Schema field, as written in the descriptor. */
export interface TableField extends Omit<FieldSpec, 'fr' | 'en'> {
  name: string;
  /** French, then English. */
  description: string;
}

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string;
  missingValues?: string[];
}

export interface DataResource {
  name: string;
  /** One file, or several files of the same structure (Frictionless: data in multiple files). */
  path: string | string[];
  title: string;
  description: string;
  format: 'csv' | 'json' | 'jsonld';
  mediatype: string;
  encoding: 'utf-8';
  profile: 'tabular-data-resource' | 'data-resource';
  dialect?: { delimiter: ','; lineTerminator: '\r\n'; quoteChar: '"'; doubleQuote: true; header: true };
  schema?: TableSchema;
}

export interface DataPackage {
  profile: 'data-package';
  name: string;
  title: string;
  description: string;
  homepage: string;
  keywords: string[];
  licenses: { name: string; path: string; title: string }[];
  sources: { title: string; path?: string }[];
  contributors: { title: string; role: string; path: string }[];
  resources: DataResource[];
}

const id = (fr: string, en: string): FieldSpec => ({ type: 'string', constraints: { required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }, fr, en });
const ref = (fr: string, en: string): FieldSpec => ({ type: 'string', constraints: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }, fr, en });
const text = (fr: string, en: string, required = false): FieldSpec => ({ type: 'string', ...(required ? { constraints: { required: true } } : {}), fr, en });
const oneOf = (values: readonly (string | number)[], fr: string, en: string, required = true): FieldSpec => ({ type: typeof values[0] === 'number' ? 'integer' : 'string', constraints: { ...(required ? { required: true } : {}), enum: values }, fr, en });
const day = (fr: string, en: string, required = true): FieldSpec => ({ type: 'date', ...(required ? { constraints: { required: true } } : {}), fr, en });
const list = (fr: string, en: string): FieldSpec => ({ type: 'array', constraints: { required: true }, fr, en });
const link = (fr: string, en: string, required = false): FieldSpec => ({ type: 'string', format: 'uri', ...(required ? { constraints: { required: true } } : {}), fr, en });
const latitude: FieldSpec = { type: 'number', constraints: { minimum: -90, maximum: 90 }, fr: 'Latitude en degrés décimaux (WGS 84).', en: 'Latitude in decimal degrees (WGS 84).' };
const longitude: FieldSpec = { type: 'number', constraints: { minimum: -180, maximum: 180 }, fr: 'Longitude en degrés décimaux (WGS 84).', en: 'Longitude in decimal degrees (WGS 84).' };

type Fields<Record> = { [Key in keyof Record]-?: FieldSpec };

/*
 * One field spec per key of the records the exports write: the record types come from the export
 * functions themselves, so a field added to an export and not described here fails to compile, and
 * the unit test compares the keys of real records with these lists.
 */

export const articleFields: Fields<ReturnType<typeof articlesExport>[number]> = {
  slug: id('Identifiant de l’article, dernier segment de son adresse /sources/<slug>/.', 'Article id, last segment of its address /sources/<slug>/.'),
  seed: { type: 'string', constraints: { required: true, unique: true, pattern: '^[\\w.-]+\\.txt$' }, fr: 'Fichier du texte brut, servi sous /seeds/<fichier>.', en: 'File of the raw text, served at /seeds/<file>.' },
  title: text('Titre de l’article.', 'Title of the article.', true),
  titleOrigin: oneOf(['seed', 'editorial'], '« seed » : titre du texte source ; « editorial » : titre écrit par Chronique.', '"seed": the source text’s title; "editorial": written by Chronique.'),
  outlet: text('Média qui a publié l’article.', 'Outlet that published the article.', true),
  outletShort: text('Nom court du média, pour les graphiques.', 'Short name of the outlet, for charts.'),
  outletInferred: { type: 'boolean', constraints: { required: true }, fr: 'Vrai quand le texte ne nomme pas son média et que Chronique l’a déduit.', en: 'True when the text does not name its outlet and Chronique inferred it.' },
  originalSource: { type: 'object', fr: 'Œuvre traduite ou reprise : { name, relation, via?, url? }, ou null.', en: 'Work translated or republished: { name, relation, via?, url? }, or null.' },
  url: link('Adresse de l’article chez son média, quand elle est connue.', 'Address of the article at its outlet, when known.'),
  language: { type: 'string', constraints: { required: true, pattern: '^[a-z]{2}$' }, fr: 'Langue (ISO 639-1).', en: 'Language (ISO 639-1).' },
  published: day('Date de publication (AAAA-MM-JJ).', 'Publication date (YYYY-MM-DD).'),
  publishedPrecision: oneOf(datePrecisions, 'Précision de la date : jour, approximative ou mois seulement.', 'Precision of the date: day, approximate or month only.'),
  publishedNote: text('Comment la date a été établie.', 'How the date was established.', true),
  summary: text('Résumé en une phrase.', 'One-sentence summary.', true),
  framing: text('Cadrage du média : ses mots pour chaque camp, les voix qu’il porte.', 'Framing: the outlet’s words for each side, whose voices it carries.', true),
  boilerplate: list('Lignes du texte brut écartées de la page : [{ line, text, kind }].', 'Lines of the raw text left out of the page: [{ line, text, kind }].'),
};

export const actorFields: Fields<ReturnType<typeof actorsExport>[number]> = {
  id: id('Identifiant, dernier segment de /acteurs/<id>/.', 'Id, last segment of /acteurs/<id>/.'),
  name: text('Nom.', 'Name.', true),
  kind: oneOf(actorKinds, 'Nature de l’acteur.', 'Kind of actor.'),
  role: text('Ce qu’est l’acteur, en quelques mots.', 'What the actor is, in a few words.'),
  aliases: list('Autres graphies rencontrées dans les textes.', 'Other spellings met in the texts.'),
  affiliation: ref('Acteur dont il relève (identifiant).', 'Actor it belongs to (id).'),
  description: text('Description neutre.', 'Neutral description.', true),
};

export const placeFields: Fields<ReturnType<typeof placesExport>[number]> = {
  id: id('Identifiant, dernier segment de /lieux/<id>/.', 'Id, last segment of /lieux/<id>/.'),
  name: text('Nom.', 'Name.', true),
  kind: oneOf(placeKinds, 'Nature du lieu.', 'Kind of place.'),
  aliases: list('Autres graphies rencontrées dans les textes.', 'Other spellings met in the texts.'),
  governorate: text('Gouvernorat syrien (mohafazat).', 'Syrian governorate (muhafaza).'),
  country: { type: 'string', constraints: { required: true, pattern: '^[A-Z]{2}$' }, fr: 'Pays (ISO 3166-1 alpha-2).', en: 'Country (ISO 3166-1 alpha-2).' },
  latitude: { ...latitude, constraints: { ...latitude.constraints, required: true } },
  longitude: { ...longitude, constraints: { ...longitude.constraints, required: true } },
  geoPrecision: oneOf([1, 2, 3], 'Précision des coordonnées, comme ACLED : 1 le lieu même, 2 à proximité, 3 une région.', 'Precision of the coordinates, as ACLED: 1 the place itself, 2 near it, 3 a region.'),
  description: text('Description.', 'Description.', true),
};

export const glossaryFields: Fields<ReturnType<typeof glossaryExport>[number]> = {
  id: id('Identifiant, ancre du terme sur /glossaire/.', 'Id, the term’s anchor on /glossaire/.'),
  term: text('Terme.', 'Term.', true),
  aliases: list('Autres formes du terme.', 'Other forms of the term.'),
  actor: ref('Acteur que le terme désigne (identifiant).', 'Actor the term names (id).'),
  place: ref('Lieu que le terme désigne (identifiant).', 'Place the term names (id).'),
  definition: text('Définition.', 'Definition.', true),
};

export const statementFields: Fields<StatementRecord> = {
  id: { type: 'string', constraints: { required: true, unique: true }, fr: 'Identifiant : <article>/<ancre>.', en: 'Id: <article>/<anchor>.' },
  article: { ...ref('Article qui rapporte la déclaration.', 'Article that reports the statement.'), constraints: { required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
  speaker: ref('Qui parle (identifiant d’acteur), ou vide.', 'Who speaks (actor id), or empty.'),
  speakerOrg: ref('Organisation pour laquelle il parle, ou vide.', 'Organisation the speaker speaks for, or empty.'),
  date: day('Date de la déclaration ; à défaut, date de publication de l’article.', 'Date of the statement; failing that, the article’s publication date.'),
  datePrecision: oneOf(['day', 'part-of-day', 'by-publication'], '« by-publication » : la phrase ne date pas la déclaration.', '"by-publication": the sentence does not date the statement.'),
  kind: oneOf(['direct', 'reported'], 'Discours direct (citation) ou rapporté.', 'Direct (quoted) or reported speech.'),
  quote: text('Les mots exacts de la source.', 'The source’s exact words.', true),
  anchor: link('Adresse du passage surligné sur la page de la source.', 'Address of the highlighted passage on the source page.', true),
  paragraph: text('Ancre du paragraphe qui contient la déclaration.', 'Anchor of the paragraph that holds the statement.', true),
};

export const eventFields: Fields<ReturnType<typeof eventRecords>[number]> = {
  id: id('Identifiant : <date>-<titre>.', 'Id: <date>-<title>.'),
  date: day('Jour où c’est arrivé.', 'Day it happened.'),
  datePrecision: oneOf(eventDatePrecisions, 'Précision de la date.', 'Precision of the date.'),
  endDate: day('Dernier jour, pour une période.', 'Last day, for a range.', false),
  timeOfDay: oneOf(timesOfDay, 'Moment de la journée (nuit, matin, après-midi, soir).', 'Time of day (night, morning, afternoon, evening).', false),
  type: oneOf(eventTypes, 'Type d’événement.', 'Event type.'),
  title: text('Titre.', 'Title.', true),
  summary: text('Résumé neutre, de la rédaction.', 'Neutral summary, by the editors.', true),
  places: list('Lieux (identifiants).', 'Places (ids).'),
  actors: list('Acteurs (identifiants).', 'Actors (ids).'),
  disputed: { type: 'boolean', constraints: { required: true }, fr: 'Vrai quand les sources divergent.', en: 'True when the sources disagree.' },
  dispute: text('En quoi elles divergent.', 'How they disagree.'),
  claims: list(
    `Passages des sources : [{ article, quote, stance (${claimStances.join(', ')}), by, reported, anchor }] ; « reported » : date de publication.`,
    `Source passages: [{ article, quote, stance (${claimStances.join(', ')}), by, reported, anchor }]; "reported": publication date.`,
  ),
  sources: list('Articles qui le rapportent, du plus ancien au plus récent.', 'Articles that report it, oldest first.'),
};

export const acledFields: Fields<Record<(typeof acledColumns)[number], string>> = {
  event_id: id('Identifiant de l’événement.', 'Event id.'),
  event_date: day('Jour de l’événement.', 'Day of the event.'),
  time_precision: oneOf([1, 2, 3], 'Comme ACLED : 1 le jour est connu, 2 une période.', 'As ACLED: 1 the day is known, 2 a period.'),
  event_type: text('Type d’événement ACLED, vide quand aucun ne convient.', 'ACLED event type, empty when none fits.'),
  sub_event_type: text('Sous-type ACLED.', 'ACLED sub-event type.'),
  actor1: text('Premier acteur (nom).', 'First actor (name).'),
  actor2: text('Second acteur (nom).', 'Second actor (name).'),
  admin1: text('Gouvernorat du lieu.', 'Governorate of the place.'),
  location: text('Lieu (nom).', 'Place (name).'),
  latitude,
  longitude,
  geo_precision: oneOf([1, 2, 3], 'Précision du lieu, comme ACLED.', 'Precision of the place, as ACLED.', false),
  sources: text('Médias qui le rapportent, séparés par « ; ».', 'Outlets that report it, separated by "; ".', true),
  notes: text('Résumé.', 'Summary.', true),
  disputed: { type: 'boolean', trueValues: ['yes'], falseValues: ['no'], constraints: { required: true }, fr: '« yes » quand les sources divergent.', en: '"yes" when the sources disagree.' },
};

/** Table Schema fields, in the order of `names` (a CSV's columns) or of the spec's keys. */
export function tableFields<Key extends string>(specs: Record<Key, FieldSpec>, names: readonly Key[] = Object.keys(specs) as Key[]): TableField[] {
  return names.map((name): TableField => {
    const spec: FieldSpec = specs[name];
    const { fr, en, ...rest } = spec;
    return { name, ...rest, description: `${fr} — ${en}` };
  });
}

const csvDialect = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;
const bilingual = (fr: string, en: string) => `${fr}\n\n${en}`;

/** Licence of Chronique's own data; passages quoted from the sources remain their outlets'. */
export const dataLicence = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' };

/** The files of a resource, whether its `path` names one or several. */
export function resourcePaths(resource: Pick<DataResource, 'path'>): string[] {
  return typeof resource.path === 'string' ? [resource.path] : resource.path;
}

/**
 * The Frictionless Data Package descriptor of `/data/`: every CSV and JSON export with its Table
 * Schema (JSON exports: the fields of each record), the annotation collection and its pages (one per
 * source, listed in the collection's order), the licence and the sources.
 */
export function dataPackage(project: SiteProject, annotations: AnnotationIndex, absolute: AbsoluteUrl): DataPackage {
  const dataRelative = (path: string) => path.slice(paths.data('').length);
  const annotation = (name: string, path: string | string[], title: string, description: string): DataResource => ({
    name,
    path,
    title,
    description,
    format: 'jsonld',
    mediatype: 'application/ld+json',
    encoding: 'utf-8',
    profile: 'data-resource',
  });
  const json = (name: string, title: string, description: string, schema?: TableSchema): DataResource => ({
    name,
    path: `${name}.json`,
    title,
    description,
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    profile: 'data-resource',
    ...(schema ? { schema } : {}),
  });
  const csv = (name: string, title: string, description: string, schema: TableSchema): DataResource => ({
    name: `${name}-csv`,
    path: `${name}.csv`,
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    profile: 'tabular-data-resource',
    dialect: csvDialect,
    schema: { ...schema, missingValues: [''] },
  });
  return {
    profile: 'data-package',
    name: 'chronique',
    title: 'Chronique — l’offensive de l’opposition syrienne, 27 novembre – 8 décembre 2024',
    description: bilingual(
      'Les sources (articles de presse en français), le répertoire des acteurs, lieux et termes, les déclarations relevées dans les textes, la chronologie des événements avec les passages qui les rapportent, et les annotations au format W3C Web Annotation. Les cellules CSV qui commencent par =, +, -, @, une tabulation ou un retour chariot sont précédées d’une apostrophe (protection contre l’injection de formules).',
      'The sources (French-language news articles), the register of actors, places and terms, the statements found in the texts, the chronology of events with the passages that report them, and the annotations as W3C Web Annotations. CSV cells that begin with =, +, -, @, a tab or a carriage return are prefixed with a single quote (formula injection guard).',
    ),
    homepage: absolute(paths.home()),
    keywords: ['Syrie', 'Syria', 'chronologie', 'chronology', 'ACLED', 'Web Annotation', 'presse', 'news'],
    licenses: [dataLicence],
    sources: sortByPublication(project.articles.values()).map((article) => ({
      title: `${article.data.outlet} — ${article.data.title}`,
      path: article.data.url ?? absolute(paths.source(article.id)),
    })),
    contributors: [{ title: 'Chronique', role: 'publisher', path: absolute(paths.home()) }],
    resources: [
      json('articles', 'Sources', bilingual('Les articles de presse, avec leur média, leur date et leur cadrage.', 'The news articles, with outlet, date and framing.'), { fields: tableFields(articleFields), primaryKey: 'slug' }),
      json('actors', 'Acteurs', bilingual('Groupes armés, États, institutions, médias et personnes.', 'Armed groups, states, institutions, media and people.'), { fields: tableFields(actorFields), primaryKey: 'id' }),
      json('places', 'Lieux', bilingual('Lieux nommés dans les sources, avec coordonnées.', 'Places named in the sources, with coordinates.'), { fields: tableFields(placeFields), primaryKey: 'id' }),
      json('glossary', 'Glossaire', bilingual('Sigles et termes expliqués.', 'Acronyms and terms explained.'), { fields: tableFields(glossaryFields), primaryKey: 'id' }),
      json('statements', 'Déclarations', bilingual('Chaque déclaration relevée : qui parle, quand, ses mots exacts, son passage.', 'Every statement found: who speaks, when, the exact words, the passage.'), { fields: tableFields(statementFields), primaryKey: 'id' }),
      csv('statements', 'Déclarations (CSV)', bilingual('Les déclarations, une par ligne.', 'The statements, one per row.'), { fields: tableFields(statementFields, statementCsvColumns), primaryKey: 'id' }),
      json('mentions', 'Mentions', bilingual('Pour chaque article, combien de fois chaque acteur, lieu et terme est nommé, et où : { "<article>": { actors, places, terms: { "<id>": { count, anchors } } } }.', 'For each article, how often each actor, place and term is named, and where.')),
      json('events', 'Événements', bilingual('La chronologie : chaque événement avec les passages des sources qui le rapportent.', 'The chronology: every event with the source passages that report it.'), { fields: tableFields(eventFields), primaryKey: 'id' }),
      csv('events', 'Événements (colonnes d’ACLED)', bilingual('Les événements avec les noms de colonnes d’ACLED.', 'The events with ACLED’s column names.'), { fields: tableFields(acledFields, acledColumns), primaryKey: 'event_id' }),
      annotation(
        'annotations',
        dataRelative(annotationsPath),
        'Annotations (W3C Web Annotation) : la collection',
        bilingual(
          'La collection (AnnotationCollection) : le nombre de ses annotations (total) et l’adresse de sa première et de sa dernière page (first, last). Les annotations elles-mêmes sont dans les pages (ressource annotation-pages).',
          'The collection (AnnotationCollection): how many annotations it holds (total) and the address of its first and last pages (first, last). The annotations themselves are in the pages (resource annotation-pages).',
        ),
      ),
      annotation(
        'annotation-pages',
        [...annotations.pages.keys()].map((article) => dataRelative(annotationPagePath(article))),
        'Annotations (W3C Web Annotation) : une page par source',
        bilingual(
          'Une page (AnnotationPage) par source, dans l’ordre de publication, reliées par next et prev : une annotation par mention, déclaration et passage cité par la chronologie, ancrée sur la page de la source et sur son texte brut (/seeds/) par TextQuoteSelector et TextPositionSelector.',
          'One page (AnnotationPage) per source, in publication order, linked by next and prev: one annotation per mention, statement and passage cited by the chronology, anchored on the source page and on its raw text (/seeds/) by TextQuoteSelector and TextPositionSelector.',
        ),
      ),
    ],
  };
}
