import type { Entity } from './gazetteer';
import type { Mention } from './mentions';

/**
 * Who speaks: the head of a subject noun phrase, an apposition, or a pronoun or description that
 * stands for an actor named before ("il", "elle", "le ministre", "l'ONG", "la porte-parole").
 */

/** The actors a reader has met so far, most recent last: what a pronoun or a description can stand for. */
export interface Discourse {
  actors: Entity[];
  /** Who spoke last: "la source", "il" right after a statement usually continue it. */
  lastSpeaker: Entity | null;
  /** Who of the registry spoke last, even if someone unnamed spoke after: a verb without subject goes on with them. */
  lastNamedSpeaker: Entity | null;
  /** When the last thing read was a quotation: its speaker, for a quotation that goes on after it. */
  lastQuotation: { speaker: string | null } | null;
}

export function newDiscourse(): Discourse {
  return { actors: [], lastSpeaker: null, lastNamedSpeaker: null, lastQuotation: null };
}

/**
 * Someone the text describes without naming ("un habitant", "une infirmière", "un combattant de 24 ans"):
 * the registry does not know them, but a pronoun after them stands for them, not for an actor named earlier.
 */
export const anonymousPerson = (gender: 'f' | 'm'): Entity => ({ kind: 'actor', id: '', name: '', isPerson: true, gender });

const anonymous = /(?<![\p{L}])(une?)\s+(?:[\p{Ll}-]+\s+){0,2}?(habitante?|combattante?|commerçante?|témoin|soldat|officier|médecin|infirmière?|infirmier|réfugiée?|responsable|diplomate|analyste|experte?|chercheu(?:r|se)|journaliste|militante?|père|mère|femme|homme|étudiante?|enseignante?|rebelle|chauffeur|détenue?|prisonni(?:er|ère)|secouriste|volontaire|vendeu(?:r|se)|paysanne?|agricult(?:eur|rice)|fonctionnaire|policier|policière|gradé|haut\s+gradé|survivante?|mil(?:icien|icienne)|député|députée|ingénieur|habitant)(?![\p{L}])/giu;

/** Groups the text describes without naming: "des soldats ayant déserté", "plusieurs habitants", "des témoins". */
const anonymousGroup = /(?<![\p{L}])(?:des|plusieurs|de\s+nombreux|de\s+nombreuses|certains|certaines|quelques)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:habitants|habitantes|civils|témoins|soldats|militaires|officiers|combattants|réfugiés|déplacés|médecins|secouristes|journalistes|diplomates|responsables|analystes|experts|détenus|prisonniers|familles|manifestants|miliciens|déserteurs|survivants|femmes|hommes|jeunes|proches|sources|commerçants|fonctionnaires|policiers|étudiants)(?![\p{L}])/giu;

/** The people a text describes without naming, with where they are, their gender, and whether they are a group. */
export function anonymousPeople(text: string): { start: number; entity: Entity }[] {
  const people = [...text.matchAll(anonymous)].map((match) => ({ start: match.index, entity: anonymousPerson(match[1]!.toLocaleLowerCase('fr') === 'une' || /e$/u.test(match[2]!) && !/(?:témoin|médecin|père|homme|rebelle|fonctionnaire|responsable|diplomate|journaliste|secouriste|volontaire|analyste|député|gradé|soldat|officier)$/u.test(match[2]!) ? 'f' : 'm') }));
  const groups = [...text.matchAll(anonymousGroup)].map((match) => ({ start: match.index, entity: { kind: 'actor', id: '', name: '', isPerson: true, plural: true } satisfies Entity }));
  return [...people, ...groups].sort((a, b) => a.start - b.start);
}

/** Records that `entity` was named, as the most recent actor. */
export function remember(discourse: Discourse, entity: Entity): void {
  if (entity.kind !== 'actor') return;
  const index = entity.id === '' ? -1 : discourse.actors.findIndex((known) => known.id === entity.id);
  if (index !== -1) discourse.actors.splice(index, 1);
  discourse.actors.push(entity);
}

type Wanted = { person?: boolean; gender?: 'f' | 'm'; kinds?: readonly string[]; affiliation?: string; plural?: boolean };

/** Descriptions that stand for an actor met before, and what that actor must be. */
const descriptions: [RegExp, Wanted][] = [
  [/^(?:la\s+)?porte-parole$/iu, { person: true, gender: 'f' }],
  [/^(?:le\s+)?porte-parole$/iu, { person: true }],
  // "la ministre", "le conseiller à la sécurité nationale", "l'émissaire de l'ONU pour la Syrie": a title and what it is of.
  [/^(?:la|cette|l['’])\s*(?:chercheuse|analyste|experte|spécialiste|politologue|historienne|journaliste|universitaire)(?:\s+[\p{L}'’-]+){0,4}$/iu, { person: true, gender: 'f' }],
  [/^(?:le|ce|l['’]|cet)\s*(?:chercheur|analyste|expert|spécialiste|politologue|historien|journaliste|universitaire)(?:\s+[\p{L}'’-]+){0,4}$/iu, { person: true }],
  [/^(?:la|cette|l['’])\s*(?:ministre|présidente|diplomate|dirigeante|responsable|cheffe|envoyée|directrice|secrétaire\s+générale|conseillère|ambassadrice|haute-commissaire|vice-présidente|négociatrice|procureure|gouverneure)(?:\s+[\p{L}'’-]+){0,6}$/iu, { person: true, gender: 'f' }],
  [/^(?:le|ce|l['’]|cet)\s*(?:ministre|président|diplomate|dirigeant|responsable|chef|envoyé|directeur|secrétaire\s+général|premier\s+ministre|général|commandant|émir|leader|numéro\s+un|chef\s+de\s+la\s+diplomatie|chef\s+d['’]état|haut\s+responsable|conseiller|émissaire|ambassadeur|haut-commissaire|vice-président|négociateur|procureur|gouverneur|patron)(?:\s+[\p{L}'’-]+){0,6}$/iu, { person: true }],
  [/^(?:l['’]|cette\s+)(?:ONG|organisation|observatoire|association)(?:\s+[\p{L}'’-]+){0,3}$/iu, { person: false, kinds: ['ngo', 'international-organisation'] }],
  // "ce dernier", "cette dernière": the last person named; "sa collègue allemande", "son homologue turc".
  [/^(?:cette|la)\s+dernière$/iu, { person: true, gender: 'f' }],
  [/^(?:ce|le)\s+dernier$/iu, { person: true, gender: 'm' }],
  [/^(?:sa|leur)\s+(?:collègue|homologue)(?:\s+[\p{L}'’-]+){0,2}$/iu, { person: true, gender: 'f' }],
  [/^(?:son|leur)\s+(?:collègue|homologue)(?:\s+[\p{L}'’-]+){0,2}$/iu, { person: true }],
  [/^(?:l['’]|cette\s+)agence(?:\s+\p{L}+)?$/iu, { person: false, kinds: ['media', 'international-organisation', 'government-body'] }],
  [/^(?:le|ce)\s+chef\s+de\s+l['’]état$/iu, { person: true }],
  [/^(?:le|ce)\s+(?:groupe|mouvement)(?:\s+\p{L}+)?$/iu, { person: false, kinds: ['armed-group'] }],
  [/^(?:l['’]|cette\s+)(?:armée|état-major)(?:\s+\p{L}+)?$/iu, { person: false, kinds: ['army'] }],
  [/^(?:le|ce)\s+(?:ministère|gouvernement|régime|pouvoir)(?:\s+\p{L}+)?$/iu, { person: false, kinds: ['government-body', 'state'] }],
  [/^(?:la\s+|cette\s+)?(?:source(?:\s+militaire)?)$/iu, {}],
];

const pronouns: Record<string, Wanted> = {
  il: { gender: 'm' },
  elle: { gender: 'f' },
  ils: {},
  elles: {},
  lui: { person: true, gender: 'm' },
  eux: {},
  on: {},
};

/** The last actor a pronoun can stand for, or null (the caller warns). "on" stands for nobody. */
export function resolvePronoun(discourse: Discourse, pronoun: string): Entity | null {
  const key = pronoun.toLocaleLowerCase('fr');
  if (key === 'on') return null;
  const wanted = pronouns[key];
  if (!wanted) return null;
  const speaker = discourse.lastSpeaker;
  if (key === 'il' || key === 'elle' || key === 'lui') {
    // The last speaker if the pronoun can stand for them (a person of that gender; an organisation,
    // whose grammatical gender the registry does not record), else
    // the last person of that gender, else the last organisation.
    if (speaker && (!speaker.isPerson || !speaker.gender || speaker.gender === wanted.gender)) return speaker;
    return lastMatching(discourse, { person: true, gender: wanted.gender! }) ?? lastMatching(discourse, { person: false }) ?? null;
  }
  // "ils", "eux": who was last named in the plural ("les Casques blancs", "des soldats"), before anyone named in the singular.
  if (speaker?.plural) return speaker;
  const group = lastMatching(discourse, { plural: true });
  if (group) return group;
  return discourse.lastSpeaker ?? discourse.actors.at(-1) ?? null;
}

/** The actor a description ("le ministre", "l'ONG") stands for, or undefined when the words are not one. */
export function resolveDescription(discourse: Discourse, words: string): Entity | null | undefined {
  const phrase = words.trim().replace(/\s+/gu, ' ');
  for (const [pattern, wanted] of descriptions) {
    if (!pattern.test(phrase)) continue;
    if (Object.keys(wanted).length === 0) return discourse.lastSpeaker;
    // "le ministre turc": the last person of that country, if the registry says whom they serve.
    const country = nationality(phrase);
    if (country && wanted.person) {
      const compatriot = lastMatching(discourse, { ...wanted, affiliation: country });
      if (compatriot) return compatriot;
    }
    return lastMatching(discourse, wanted) ?? null;
  }
  return undefined;
}

/** Nationality adjectives and the state actor they point to. */
const nationalities: [RegExp, string][] = [
  [/\btur(?:c|cs|que|ques)\b/iu, 'turquie'],
  [/\brusses?\b/iu, 'russie'],
  [/\biranien(?:ne)?s?\b/iu, 'iran'],
  [/\bsyrien(?:ne)?s?\b/iu, 'syrie'],
  [/\baméricain(?:e)?s?\b/iu, 'etats-unis'],
  [/\bisraélien(?:ne)?s?\b/iu, 'israel'],
  [/\bqatari(?:e)?s?\b/iu, 'qatar'],
  [/\bjordanien(?:ne)?s?\b/iu, 'jordanie'],
  [/\blibanais(?:e)?s?\b/iu, 'liban'],
  [/\bchinois(?:e)?s?\b/iu, 'chine'],
  [/\birakien(?:ne)?s?\b/iu, 'irak'],
  [/\bbritannique?s?\b/iu, 'royaume-uni'],
  [/\bukrainien(?:ne)?s?\b/iu, 'ukraine'],
  [/\ballemand(?:e)?s?\b/iu, 'allemagne'],
  [/\bfrançais(?:e)?s?\b/iu, 'france'],
];

function nationality(phrase: string): string | undefined {
  return nationalities.find(([pattern]) => pattern.test(phrase))?.[1];
}

function lastMatching(discourse: Discourse, wanted: Wanted): Entity | undefined {
  for (let index = discourse.actors.length - 1; index >= 0; index--) {
    const entity = discourse.actors[index]!;
    if (wanted.plural !== undefined && (entity.plural === true) !== wanted.plural) continue;
    if (wanted.person !== undefined && (entity.isPerson === true) !== wanted.person) continue;
    if (wanted.gender && entity.isPerson && entity.gender && entity.gender !== wanted.gender) continue;
    if (wanted.kinds && !wanted.kinds.includes(entity.actorKind ?? '')) continue;
    if (wanted.affiliation && entity.affiliation !== wanted.affiliation && entity.id !== wanted.affiliation) continue;
    return entity;
  }
  return undefined;
}

/** Nouns that head a subject but speak for what follows them: "le porte-parole du Pentagone", "le chef de HTS". */
const spokesNouns = /^(?:(?:le|la|l['’]|les|un|une|des|son|sa|ses|leur)\s*)?(?:porte-parole|porte-voix|chef|cheffe|dirigeant|dirigeante|dirigeants|responsable|responsables|représentant|représentante|représentants|commandant|commandement|service\s+de\s+presse|bureau|centre\s+d['’]opérations|salle\s+des\s+opérations|communiqué|compte|direction|président|présidente|ministre|envoyé|envoyée|émissaire|ambassadeur|ambassadrice|directeur|directrice|secrétaire\s+général|haut-commissaire|état-major|chef\s+de\s+la\s+diplomatie)(?:\s+[\p{Ll}-]+)?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$/iu;

/** A title that names one person ("l'émissaire de", "la ministre de"), not an office that speaks ("le bureau de"). */
const personTitle = /^\s*(?:le|la|l['’]|ce|cette|cet)\s*(?:porte-parole|chef|cheffe|dirigeant|dirigeante|représentant|représentante|commandant|président|présidente|ministre|envoyé|envoyée|émissaire|ambassadeur|ambassadrice|directeur|directrice|secrétaire\s+général|haut-commissaire|conseiller|conseillère)(?:\s+[\p{Ll}-]+)?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$/iu;

/** The last person named, when a title of one person ("l'émissaire de l'ONU") is one they hold in that organisation. */
function titleHolder(discourse: Discourse, title: string, organisation: Entity): Entity | undefined {
  const person = lastMatching(discourse, { person: true });
  return person && person.affiliation === organisation.id && personTitle.test(title) ? person : undefined;
}

/**
 * The speaker of a subject noun phrase (the words before the verb, introductory phrase removed):
 * - a name in apposition right before the verb ("Le chef de la diplomatie turque, Hakan Fidan, a déclaré");
 * - the actor that opens the phrase ("L'OSDH a indiqué", "Les Casques blancs ont affirmé");
 * - the actor a spokesperson speaks for ("le porte-parole du Pentagone a déclaré");
 * - a pronoun or description for an actor named before;
 * never an actor that only complements the head ("les forces révolutionnaires en Syrie"). Null when
 * the phrase names nobody of the registry ("un habitant", "une source militaire"); undefined when the
 * phrase is no subject at all.
 */
export function subjectSpeaker(text: string, from: number, end: number, mentions: readonly Mention[], discourse: Discourse): { speaker: Entity | null; unresolvedPronoun?: boolean } {
  // "X, qui a …" — the relative pronoun's antecedent speaks; "…, où il a promis", "…, mais elle a dit":
  // the subject of the last clause.
  const relative = /(?:^|[\s,])qui\s*$/iu.exec(text.slice(from, end));
  if (relative) {
    const antecedent = mentions.filter((mention) => mention.entity.kind === 'actor' && mention.start >= from && mention.end <= from + relative.index).at(-1);
    if (antecedent && /^[\s,)]*$/u.test(text.slice(antecedent.end, from + relative.index))) return { speaker: antecedent.entity };
  }
  const clause = [...text.slice(from, end).matchAll(/\s:\s+(?=\S)|(?:,\s*|\s)(?:où|lorsque|quand|puisque|car|alors\s+que|tandis\s+que|avant\s+que|après\s+que|si|que)\s+(?=\S)|(?:,\s*|\s)(?:mais|et)\s+(?=(?:il|elle|ils|elles|on)\s|[\p{Lu}]|l['’][\p{Lu}]|(?:le|la|les)\s+[\p{Lu}])|\squ['’](?=\S)/gu)].at(-1);
  const start = clause ? from + clause.index + clause[0].length : from;
  // "Mohammed Ghazi al-Jalali, qui dirigeait le gouvernement sous Bachar al-Assad, a déclaré": the relative clause
  // between the subject and its verb names someone else.
  const relativeClause = /,\s*(?:qui|dont|où)\s[^,]*,\s*$/u.exec(text.slice(start, end));
  if (relativeClause && relativeClause.index > 0) end = start + relativeClause.index;
  const phrase = text.slice(start, end);
  // "Il lui a assuré", "elle ne l'a pas dit": the object pronouns and negation before the verb are not the subject.
  const trimmed = phrase.replace(/[\s,]+$/u, '').replace(/(?:\s+(?:ne|n['’]|lui|leur|leurs|y|en|l['’]|le|la|les|nous|vous|me|m['’]|se|s['’]))+$/iu, '');
  const inside = mentions.filter((mention) => mention.entity.kind === 'actor' && mention.start >= start && mention.end <= start + trimmed.length);
  const persons = inside.filter((mention) => mention.entity.isPerson);

  // Apposition: "…, Hakan Fidan," or "… Hakan Fidan" closing the phrase.
  const lastPerson = persons.at(-1);
  if (lastPerson && /^[\s,)]*$/u.test(text.slice(lastPerson.end, start + trimmed.length))) return { speaker: lastPerson.entity };

  // The first name heads the phrase when only a determiner and common words precede it, with no
  // preposition: "La Russie et l'Iran", "le groupe HTS", "le président turc Recep Tayyip Erdogan".
  const first = inside[0];
  const beforeFirst = first ? text.slice(start, first.start).toLocaleLowerCase('fr') : '';
  if (first && /^\s*(?:(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cette|ces)\s*)?(?:[\p{Ll}-]+\s+){0,4}$/u.test(beforeFirst) && !/(?:^|\s)(?:de|du|des|d['’]|en|à|au|aux|pour|par|sur|dans|contre|avec|chez)\s/u.test(` ${beforeFirst}`)) {
    return { speaker: first.entity };
  }
  const spokes = inside.find((mention) => spokesNouns.test(text.slice(start, mention.start)));
  // "Un responsable du Hezbollah" is nobody the registry knows; "le porte-parole du Pentagone" speaks for it,
  // unless the last person named serves it: "Geir Pedersen a salué … L'émissaire de l'ONU a appelé …" is Pedersen.
  if (spokes) {
    if (/^\s*(?:un|une|des)\s/iu.test(text.slice(start, spokes.start))) return { speaker: null };
    return { speaker: titleHolder(discourse, text.slice(start, spokes.start), spokes.entity) ?? spokes.entity };
  }

  const words = trimmed.trim();
  const pronoun = /^(?:il|elle|ils|elles|on)$/iu.exec(words);
  if (pronoun) {
    const speaker = resolvePronoun(discourse, pronoun[0]);
    return speaker || pronoun[0].toLocaleLowerCase('fr') === 'on' ? { speaker } : { speaker: null, unresolvedPronoun: true };
  }
  const described = resolveDescription(discourse, words);
  if (described !== undefined) return { speaker: described };
  // A person's title with a name after it is an apposition handled above; a name anywhere else
  // ("les forces révolutionnaires en Syrie") does not speak.
  if (lastPerson && /^[\p{Ll}\s'’-]*$/u.test(text.slice(start, lastPerson.start).replace(/[,]/gu, ''))) return { speaker: lastPerson.entity };
  return { speaker: null };
}

/** The speaker named right after a cue: "selon l'OSDH", "a déclaré dimanche à l'AFP Maria Zakharova". */
export function followingSpeaker(text: string, from: number, to: number, mentions: readonly Mention[], discourse: Discourse): { speaker: Entity | null; unresolvedPronoun?: boolean } {
  const slice = text.slice(from, to);
  const pronoun = /^\s*(lui|elle|eux|elles)(?![\p{L}])/iu.exec(slice);
  if (pronoun) {
    const speaker = resolvePronoun(discourse, pronoun[1]!);
    return speaker ? { speaker } : { speaker: null, unresolvedPronoun: true };
  }
  const actors = mentions.filter((mention) => mention.entity.kind === 'actor' && mention.start >= from && mention.end <= to);
  for (const mention of actors) {
    // Titles are not sentence ends: "a déclaré M. Erdogan".
    const before = text.slice(from, mention.start).replace(/(?:^|\s)(?:M|Mme|Mlle|Dr|Me|Mgr)\.\s*$/u, ' ');
    // An addressee ("à l'AFP", "aux journalistes de CNN") is not the speaker.
    if (/(?:^|\s)(?:à|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+)?(?:[\p{Ll}-]+\s+(?:de\s+|d['’]|du\s+))?$/iu.test(before)) continue;
    if (/[.;«“"]/u.test(before)) break;
    // "des habitants joints par l'AFP", "une source citée par SANA": the relay does not speak.
    if (/(?:jointe?s?|contactée?s?|interrogée?s?|citée?s?|interviewée?s?|rapportée?s?)\s+par\s+(?:l['’]|la\s+|le\s+|les\s+)?$/iu.test(before)) return { speaker: null };
    // "le porte-parole du département d'État, Matthew Miller": the person in apposition.
    const appositive = actors.find((candidate) => candidate.start > mention.start && candidate.entity.isPerson && /^,\s*$/u.test(text.slice(mention.end, candidate.start)));
    if (appositive && !mention.entity.isPerson) return { speaker: appositive.entity };
    // "un bilan de l'OSDH", "le rapport du HCR": a document speaks for its author.
    if (/^[\s,]*(?:un|une|le|la|les|l['’]|son|sa|ses|leur|leurs|ce|cette|ces|des|du)\s*(?:dernier\s+|nouveau\s+|premier\s+)?(?:bilan|rapport|communiqué|comptage|décompte|document|relevé|chiffre|chiffres|estimation|estimations|déclaration|message|note|enquête|étude)(?:\s+[\p{Ll}-]+)?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$/iu.test(before)) return { speaker: mention.entity };
    // "un bilan communiqué mercredi par l'OSDH": who published it speaks.
    if (/(?:publiée?s?|communiquée?s?|diffusée?s?|établie?s?|fournie?s?|annoncée?s?|dressée?s?|avancée?s?)\s+(?:[\p{L}]+\s+){0,2}par\s+(?:l['’]|la\s+|le\s+|les\s+)?$/iu.test(before)) return { speaker: mention.entity };
    const description = before.replace(/^[\s,]+/u, '').toLocaleLowerCase('fr');
    // "un habitant de Homs", "des médecins de l'hôpital de …": a person the registry does not know.
    const namesAfterDeterminer = /^(?:un|une|des)\s*$/u.test(description);
    if (!namesAfterDeterminer && /^(?:un|une|des|deux|trois|plusieurs|certains|de\s+nombreux)\s/u.test(description) && !spokesNouns.test(description)) return { speaker: null };
    if (/^(?:un|une|des)\s/u.test(description) && spokesNouns.test(description)) return { speaker: null };
    // "le Haut-Commissariat de l'ONU pour les réfugiés (HCR)": the name in brackets is the speaker's own.
    const bracketed = actors.find((candidate) => candidate.start > mention.end && /^[^,;.«»]*\($/u.test(text.slice(mention.end, candidate.start)));
    if (bracketed) return { speaker: bracketed.entity };
    // "d'après le directeur de l'Observatoire" after Rami Abdel Rahmane was named: the person who holds the title.
    const holder = titleHolder(discourse, description, mention.entity);
    if (holder) return { speaker: holder };
    if (spokesNouns.test(description) || description.length <= 40) return { speaker: mention.entity };
    break;
  }
  // "le porte-parole du département d'État, Matthew Miller" with the department unknown: the person named after a comma.
  const namedAfterComma = actors.find((mention) => mention.entity.isPerson && /,\s*$/u.test(text.slice(from, mention.start)) && !/[.;«“"]/u.test(text.slice(from, mention.start)));
  if (namedAfterComma) return { speaker: namedAfterComma.entity };
  const described = resolveDescription(discourse, slice.replace(/^[\s,]+/u, '').split(/[,.;]/u)[0]!);
  if (described !== undefined) return { speaker: described };
  return { speaker: null };
}
