import { createRequire } from 'node:module';
import type { VerbsInfo } from 'french-verbs-lefff';

/**
 * The verbs by which news reports that someone speaks, with every inflected form generated from the
 * Lefff conjugation tables (npm `french-verbs-lefff`, the lexicon `french-verbs` conjugates from)
 * rather than typed by hand: 7 800 verbs, every tense and mood.
 */

/** A reporting verb or locution: its infinitive, and the words that follow the verb in a locution. */
export interface ReportingVerb {
  lemma: string;
  /** "mettre en garde", "faire savoir", "faire état (de)": the fixed words after the verb. */
  particle?: string;
  /** Only as a pronominal verb: "se dire (prêt)", "se féliciter (de)". */
  pronominal?: boolean;
}

const plain = (lemmas: string): ReportingVerb[] => lemmas.split(/\s+/u).filter(Boolean).map((lemma) => ({ lemma }));

export const reportingVerbs: readonly ReportingVerb[] = [
  ...plain(`
    déclarer affirmer assurer estimer juger prévenir proclamer démentir nier dénoncer accuser annoncer indiquer
    préciser souligner ajouter expliquer confier raconter témoigner rapporter signaler avertir menacer promettre
    reconnaître admettre confirmer réfuter contester regretter déplorer condamner saluer réclamer demander exiger
    insister marteler répéter rappeler observer noter constater relever redouter craindre espérer plaider suggérer
    recommander conseiller répondre rétorquer lancer ironiser écrire publier poster communiquer informer décrire
    qualifier considérer soutenir prétendre alléguer certifier garantir jurer dire revendiquer appeler exhorter
    réaffirmer réitérer révéler dévoiler mentionner évoquer commenter clamer prédire avouer concéder objecter
    protester fustiger critiquer reprocher féliciter remercier implorer supplier enjoindre sommer ordonner
    proposer notifier attester tweeter réagir rejeter répliquer penser croire souhaiter exprimer lâcher glisser souffler tempêter s'emporter trancher résumer
  `).filter((verb) => !verb.lemma.includes("'")),
  { lemma: 'emporter', pronominal: true },
  { lemma: 'mettre', particle: 'en garde' },
  { lemma: 'faire', particle: 'savoir' },
  { lemma: 'faire', particle: 'état' },
  { lemma: 'faire', particle: 'part' },
  { lemma: 'faire', particle: 'valoir' },
  // "a-t-on appris de sources sécuritaires": only with "on" after the verb (see `onlyWithOn`).
  { lemma: 'apprendre' },
  { lemma: 'rendre', particle: 'compte' },
  { lemma: 'dire', pronominal: true },
  { lemma: 'déclarer', pronominal: true },
  { lemma: 'féliciter', pronominal: true },
  { lemma: 'inquiéter', pronominal: true },
  { lemma: 'réjouir', pronominal: true },
  { lemma: 'alarmer', pronominal: true },
  { lemma: 'insurger', pronominal: true },
  { lemma: 'engager', pronominal: true },
  { lemma: 'prononcer', pronominal: true },
  { lemma: 'exclamer', pronominal: true },
  { lemma: 'plaindre', pronominal: true },
  { lemma: 'défendre', pronominal: true },
  { lemma: 'vanter', pronominal: true },
  { lemma: 'montrer', pronominal: true },
  { lemma: 'interroger', pronominal: true },
  { lemma: 'demander', pronominal: true },
];

/** How a written form of a reporting verb stands in its sentence. */
export type VerbForm = 'finite' | 'participle' | 'infinitive' | 'present-participle';

export interface VerbFormInfo {
  lemma: string;
  form: VerbForm;
}

/** Words that build compound tenses before a participle: "a", "avait", "aurait", "ont été", "ayant", "avoir". */
export const auxiliaryForms: ReadonlySet<string> = new Set([
  'a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avais', 'avaient', 'avions', 'aviez', 'aura', 'auront', 'aurait', 'auraient', 'aurais', 'eut', 'eurent', 'ayant', 'avoir',
  'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'étant', 'être', 'suis', 'es', 'sommes', 'êtes', 'été',
]);

/** Where each tense and mood sits in a Lefff table: present, imperfect, simple past, future, conditional, subjunctive. */
const finiteTenses = ['P', 'I', 'J', 'F', 'C', 'S'] as const;

let tables: VerbsInfo | undefined;
function conjugations(): VerbsInfo {
  // Read at run time, not bundled: 6 MB of tables the pages never need.
  tables ??= createRequire(import.meta.url)('french-verbs-lefff/dist/conjugations.json') as VerbsInfo;
  return tables;
}

export interface Lexicon {
  /** Lower-case written form → the verbs and moods it can be. */
  forms: ReadonlyMap<string, readonly VerbFormInfo[]>;
}

let lexicon: Lexicon | undefined;

/** Every inflected form of every reporting verb, built once. */
export function reportingLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const table = conjugations();
  const forms = new Map<string, VerbFormInfo[]>();
  const add = (written: string | null | undefined, info: VerbFormInfo) => {
    if (!written || written === 'NA') return;
    const key = written.toLocaleLowerCase('fr');
    const list = forms.get(key) ?? [];
    if (!list.some((known) => known.lemma === info.lemma && known.form === info.form)) list.push(info);
    forms.set(key, list);
  };
  for (const lemma of new Set(reportingVerbs.map((verb) => verb.lemma))) {
    const entry = table[lemma] ?? regularFirstGroup(table, lemma);
    if (!entry) {
      add(lemma, { lemma, form: 'infinitive' });
      continue;
    }
    // Only the third persons: outside quotations, "je", "nous" ("Rappelons que …") are the writer's
    // voice and "tu", "vous" never report; and they collide with nouns ("des menaces").
    for (const tense of finiteTenses) (entry[tense] ?? []).forEach((written, person) => (person === 2 || person === 5) && add(written, { lemma, form: 'finite' }));
    for (const written of entry.K ?? []) add(written, { lemma, form: 'participle' });
    for (const written of entry.G ?? []) add(written, { lemma, form: 'present-participle' });
    add(lemma, { lemma, form: 'infinitive' });
  }
  lexicon = { forms };
  return lexicon;
}

/**
 * A recent verb the Lefff lacks ("tweeter") conjugated like a regular verb of the first group:
 * the table of "poster" with its stem replaced.
 */
function regularFirstGroup(table: VerbsInfo, lemma: string): VerbsInfo[string] | undefined {
  const model = table['poster'];
  if (!model || !lemma.endsWith('er')) return undefined;
  const stem = lemma.slice(0, -2);
  return Object.fromEntries(Object.entries(model).map(([tense, written]) => [tense, (written as (string | null)[] | undefined)?.map((form: string | null) => (form && form !== 'NA' ? stem + form.slice('post'.length) : form))]));
}

/**
 * What may follow a reporting verb besides "que …", a quotation or a colon: a noun phrase ("a démenti
 * toute implication"), an infinitive ("a affirmé avoir …"), "de …" ("a menacé de …", "fait état de …"),
 * "à …" ("a appelé à …"), an adjective for "se dire", "se déclarer", "se montrer" ("prêt à …"), or, for verbs
 * of judgement ("a jugé « prématuré » de …"), whatever follows.
 */
export type Complement = 'np' | 'infinitive' | 'de' | 'à' | 'pour' | 'contre' | 'sur' | 'adjective' | 'any';

const complementsByLemma: Record<string, Complement[]> = {
  démentir: ['np', 'infinitive'], nier: ['np', 'infinitive'], revendiquer: ['np', 'infinitive'], dénoncer: ['np'], condamner: ['np'],
  annoncer: ['np', 'infinitive'], confirmer: ['np', 'infinitive'], réclamer: ['np'], exiger: ['np'], demander: ['np', 'à', 'de'],
  promettre: ['np', 'de'], proclamer: ['np'], saluer: ['np'], déplorer: ['np'], regretter: ['np'], critiquer: ['np'], fustiger: ['np'],
  réfuter: ['np'], rejeter: ['np'], contester: ['np'], reconnaître: ['np', 'infinitive'], admettre: ['np', 'infinitive'], mentionner: ['np'], plaider: ['pour'],
  révéler: ['np'], réaffirmer: ['np'], réitérer: ['np'], dévoiler: ['np'], signaler: ['np'], rapporter: ['np', 'infinitive'], évoquer: ['np'],
  affirmer: ['infinitive'], indiquer: ['infinitive'], préciser: ['infinitive'], expliquer: ['infinitive'], ajouter: ['infinitive'], souligner: ['infinitive'], répéter: ['infinitive'], rappeler: ['infinitive'], raconter: ['infinitive'], témoigner: ['de'], exprimer: ['np'], insister: ['sur'], décrire: ['np'], redouter: ['np', 'infinitive'], craindre: ['np', 'infinitive'], souhaiter: ['np', 'infinitive'], communiquer: ['np'],
  juger: ['any'], qualifier: ['any'], considérer: ['any'],
  assurer: ['infinitive'], dire: ['infinitive', 'adjective'], déclarer: ['infinitive', 'adjective'], estimer: ['infinitive'],
  prétendre: ['infinitive'], soutenir: ['infinitive'], jurer: ['infinitive', 'de'], espérer: ['infinitive'], avouer: ['np', 'infinitive'], croire: ['infinitive'],
  penser: ['infinitive'], menacer: ['de'], accuser: ['np', 'de'], faire: ['de'], féliciter: ['de'], inquiéter: ['de'], réjouir: ['de'],
  alarmer: ['de'], plaindre: ['de'], proposer: ['np', 'à', 'de'], conseiller: ['à', 'de'], recommander: ['np', 'à', 'de'], suggérer: ['np', 'à', 'de'],
  ordonner: ['np', 'à', 'de'], sommer: ['de'], prier: ['de'], supplier: ['de'], enjoindre: ['à', 'de'], remercier: ['de'], vanter: ['de'], rendre: ['de'],
  informer: ['de'], appeler: ['à'], exhorter: ['à'], engager: ['à'], montrer: ['adjective'], prononcer: ['np', 'pour', 'contre'], défendre: ['np'], mettre: ['contre', 'de'],
};

/** The complements a lemma takes besides a "que" clause, a quotation or a colon. */
export function complementsOf(lemma: string): readonly Complement[] {
  return complementsByLemma[lemma] ?? [];
}

let finiteForms: Set<string> | undefined;

/** Whether a word can be a conjugated verb of the third person ("entend", "sont", "ont pris"), any verb of the Lefff. */
export function isFiniteVerb(word: string): boolean {
  if (!finiteForms) {
    finiteForms = new Set();
    for (const entry of Object.values(conjugations())) for (const tense of ['P', 'I', 'F', 'C'] as const) for (const person of [2, 5]) { const form = entry[tense]?.[person]; if (form && form !== 'NA') finiteForms.add(form); }
  }
  return finiteForms.has(word.toLocaleLowerCase('fr'));
}

/** Whether a word is a French infinitive ("négocier", "avoir"), according to the Lefff's 7 800 verbs. */
export function isInfinitive(word: string): boolean {
  return Object.hasOwn(conjugations(), word.toLocaleLowerCase('fr'));
}

/** Verbs that report speech only before or after a quotation ("« … », a lancé X"), never with "que". */
export const quotationOnly: ReadonlySet<string> = new Set(['lancer', 'publier', 'poster', 'tweeter', 'ironiser', 'clamer', 'exclamer', 'lâcher', 'glisser', 'souffler', 'tempêter', 'emporter', 'trancher', 'résumer']);

/** Verbs that report speech only with "on" after them: "a-t-on appris", "apprend-on" (someone learnt it, the text does not say from whom). */
export const onlyWithOn: ReadonlySet<string> = new Set(['apprendre']);

/** The fixed words a lemma needs after it to report speech ("en garde" for "mettre"), if it needs any. */
export function particlesOf(lemma: string): string[] {
  return reportingVerbs.some((verb) => verb.lemma === lemma && !verb.particle) ? [] : reportingVerbs.filter((verb) => verb.lemma === lemma && verb.particle).map((verb) => verb.particle!);
}

/** Lemmas that report speech only as pronominal verbs ("s'inquiéter"; "dire" also reports plainly). */
export function needsPronoun(lemma: string): boolean {
  return !reportingVerbs.some((verb) => verb.lemma === lemma && !verb.pronominal);
}
