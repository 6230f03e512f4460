import { auxiliaryForms, needsPronoun, onlyWithOn, particlesOf, quotationOnly, reportingLexicon, type VerbForm } from './reporting-verbs';
import { wordsOf, type Word } from './words';

/** Where and how a sentence says that someone speaks. */
export interface SpeechCue {
  start: number;
  end: number;
  /**
   * - `verb`: a conjugated reporting verb, its subject before it ("X a déclaré que") or after it ("…, a déclaré X");
   * - `inverted`: with its subject pronoun attached ("a-t-il déclaré", "explique-t-elle");
   * - `participial`: a participle or infinitive sharing the main clause's subject ("affirmant que", "après avoir annoncé que");
   * - `passive`: "il a été annoncé que", someone speaks only if an agent is named;
   * - `according-to`: "selon X", "d'après X", "cité par X";
   * - `colon`: "X : « … »", "Réaction de X : « … »".
   */
  kind: 'verb' | 'inverted' | 'participial' | 'passive' | 'according-to' | 'colon';
  /** The reporting verb's infinitive ("déclarer"), for the complements it takes. */
  lemma?: string;
  /** The subject pronoun of an inverted verb ("il" in "a-t-il déclaré"). */
  pronoun?: string;
  /** For "selon X" and "X :": where X starts. */
  sourceStart?: number;
  /** "Pour X, …" opening a sentence: the view of X, a statement only when X is an actor of the registry. */
  opinion?: boolean;
}

/** Words before a finite form that make it a noun ("l'annonce", "une demande", "cette note"). */
const determiners = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'sa', 'son', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'aux', 'au', 'chaque', 'toute', 'tout', 'dont', 'quelle', 'quel']);
const adverbs = new Set(['également', 'aussi', 'encore', 'déjà', 'notamment', 'ensuite', 'enfin', 'pourtant', 'toutefois', 'cependant', 'clairement', 'publiquement', 'officiellement', 'formellement', 'catégoriquement', 'fermement', 'vivement', 'longuement', 'récemment', 'immédiatement', 'aussitôt', 'alors', 'ainsi', 'même', 'plusieurs', 'fois', 'bien', 'pas', 'jamais', 'plus', 'toujours', 'rapidement', 'vigoureusement', 'explicitement', 'abord', 'finalement', 'désormais', 'néanmoins', 'seulement', 'longtemps', 'souvent', 'lui', 'eux']);
const negation = new Set(['ne', "n'"]);
const reflexive = new Set(['se', "s'"]);
const etreForms = new Set(['été', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'étant', 'être', 'suis', 'es', 'sommes', 'êtes']);
const inversionPattern = /^-(?:t-)?(il|elle|ils|elles|on)(?![\p{L}])/u;

/**
 * The speech cues of a sentence, in reading order, found word by word against the reporting-verb
 * lexicon (every tense, mood, voice and inversion), plus "selon X" and "X : « … »".
 * `outside(start, end)` says whether a span lies outside quotations: a quoted "X a déclaré" belongs to the quote.
 */
export function findSpeechCues(text: string, outside: (start: number, end: number) => boolean, from = 0, to = text.length): SpeechCue[] {
  const { forms } = reportingLexicon();
  const words = wordsOf(text, from, to);
  const cues: SpeechCue[] = [];
  const used = new Set<number>();
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const readings = forms.get(word.key);
    if (!readings || !outside(word.start, word.end)) continue;
    // "lance-roquettes": a compound noun, not the verb.
    const hyphenated = text[word.end] === '-' && !inversionPattern.test(text.slice(word.end));
    if (hyphenated || text[word.start - 1] === '-') continue;
    // After an auxiliary, "promis" is the participle of "a promis", not the simple past "je promis".
    const afterAuxiliary = previousWords(words, index).some((previous) => auxiliaryForms.has(previous.key));
    const ordered = afterAuxiliary ? [...readings].sort((a, b) => Number(b.form === 'participle') - Number(a.form === 'participle')) : readings;
    for (const reading of ordered) {
      const cue = cueAt(text, words, index, reading.lemma, reading.form);
      if (!cue || used.has(index)) continue;
      used.add(index);
      cues.push(cue);
      break;
    }
  }
  for (const match of text.slice(from, to).matchAll(/(?<![\p{L}])(?:selon|d['’]après|citée?s?\s+par|de\s+source)\s+(?!lesquel|laquelle|lequel|qui|que|moi\b|nous\b|toute\b|toutes\b|tous\b)/giu)) {
    const start = from + match.index;
    const end = start + match[0].length;
    // "a promis lundi, cité par Al-Manar, que …": a relay set between a verb and its words is no cue of its own.
    if (/^cit/iu.test(match[0]) && /,\s*$/u.test(text.slice(from, start)) && /^[^,;.«»“”"]{1,60},\s*(?:que(?![\p{L}])|qu['’]|[«“"])/iu.test(text.slice(end, to))) continue;
    if (outside(start, end)) cues.push({ start, end, kind: 'according-to', sourceStart: end });
  }
  // "Pour le directeur de l'OSDH, la perte de Hama est « un coup très dur »": an opinion given as someone's,
  // only at the opening of a sentence (elsewhere "pour" says for whom or why).
  const opinion = /^\s*pour\s+(?!(?:la|le|les|l['’]|une?)\s*(?:première|premier|dernière|dernier|instant|moment|heure|fois|part|plupart)(?![\p{L}])|cela|ce\s|autant|rappel|mémoire|l['’]instant|l['’]heure|l['’]essentiel|sa\s+part|leur\s+part)/iu.exec(text.slice(from, to));
  if (opinion && outside(from, from + opinion[0].length)) cues.push({ start: from + opinion[0].length - opinion[0].trimStart().length, end: from + opinion[0].length, kind: 'according-to', sourceStart: from + opinion[0].length, opinion: true });
  // "Réaction de X : « … »", "Pour X : « … »", "X : « … »".
  for (const match of text.slice(from, to).matchAll(/\s?:\s*(?=[«“"])/gu)) {
    const start = from + match.index;
    if (outside(start, start + 1)) cues.push({ start, end: start + match[0].length, kind: 'colon' });
  }
  return cues.sort((a, b) => a.start - b.start).filter((cue, index, all) => index === 0 || cue.start >= all[index - 1]!.end);
}

function cueAt(text: string, words: readonly Word[], index: number, lemma: string, form: VerbForm): SpeechCue | undefined {
  const word = words[index]!;
  let end = word.end;
  const particles = particlesOf(lemma);
  if (particles.length > 0) {
    const after = text.slice(end).match(/^\s+(?:(?:pas|plus|également|aussi|encore|déjà)\s+)?([\p{L}\s]+)/u)?.[1] ?? '';
    const particle = particles.find((candidate) => new RegExp(`^${candidate}(?![\\p{L}])`, 'u').test(after.toLocaleLowerCase('fr')));
    if (!particle) return undefined;
    end = text.indexOf(particle, end) + particle.length;
    if (end < word.end) end = word.end + particle.length;
  }
  const before = previousWords(words, index);
  const isReflexive = before.some((previous) => reflexive.has(previous.key));
  if (needsPronoun(lemma) && !isReflexive) return undefined;
  const inversion = inversionPattern.exec(text.slice(end));
  const pronoun = inversion?.[1]?.toLocaleLowerCase('fr');
  const inversionEnd = inversion ? end + inversion[0].length : end;

  if (onlyWithOn.has(lemma) && pronoun !== 'on' && !(form === 'participle' && /-t-on(?![\p{L}])/u.test(text.slice(Math.max(0, word.start - 12), word.start)))) return undefined;
  if (form === 'finite') {
    const previous = words[index - 1];
    if (previous && determiners.has(previous.key) && /^[\s«“"]*$/u.test(text.slice(previous.end, word.start))) return undefined;
    // "s'inquiète", "y affirmait-il", "ne le dit pas": the verb group starts at its clitics.
    const start = cliticStart(words, index);
    if (quotationOnly.has(lemma) && !quoteNear(text, start, inversionEnd)) return undefined;
    return pronoun ? { start, end: inversionEnd, kind: 'inverted', lemma, pronoun } : { start, end, kind: 'verb', lemma };
  }
  if (form === 'participle') {
    // "a déclaré", "a-t-il déclaré", "n'a pas démenti", "s'est dit", "ont été informés"
    // "a dénoncé … et annoncé …": a participle coordinated with an earlier compound verb.
    // "a salué la fin du régime, appelé à la retenue et promis une aide": a list of participles after one auxiliary.
    const afterComma = /,\s*$/u.test(text.slice(Math.max(0, word.start - 3), word.start));
    const coordinated = !before.some((previous) => auxiliaryForms.has(previous.key)) && (words[index - 1]?.key === 'et' || afterComma) && words.slice(Math.max(0, index - 30), index - 1).some((previous) => auxiliaryForms.has(previous.key) && ['a', 'ont', 'avait', 'avaient'].includes(previous.key));
    if (coordinated) return { start: word.start, end, kind: 'participial', lemma };
    const auxiliary = before.find((previous) => auxiliaryForms.has(previous.key));
    if (!auxiliary) return undefined;
    const start = isReflexive ? before.find((previous) => reflexive.has(previous.key))!.start : auxiliary.start;
    if (quotationOnly.has(lemma) && !quoteNear(text, start, end)) return undefined;
    const auxiliaryInversion = inversionPattern.exec(text.slice(auxiliary.end));
    const passive = etreForms.has(auxiliary.key) && !isReflexive;
    if (passive) return { start, end, kind: 'passive', lemma };
    if (auxiliary.key === 'ayant' || auxiliary.key === 'avoir') return { start, end, kind: 'participial', lemma };
    if (auxiliaryInversion) return { start, end, kind: 'inverted', lemma, pronoun: auxiliaryInversion[1]!.toLocaleLowerCase('fr') };
    return { start, end, kind: 'verb', lemma };
  }
  if (form === 'present-participle' || form === 'infinitive') {
    if (quotationOnly.has(lemma)) return undefined;
    const previous = words[index - 1];
    // "d'annoncer", "avant de préciser", "en affirmant": the main clause's subject speaks; "pour annoncer"
    // says why something was done, not what was said; "sans préciser" says it was not.
    if (form === 'infinitive' && previous && (determiners.has(previous.key) || previous.key === 'pour' || previous.key === 'sans')) return undefined;
    // "pourrait annoncer", "devrait préciser": what may be said is not said yet.
    if (form === 'infinitive' && previous && /^(?:pourrai(?:t|ent)|pourra|pourront|devrai(?:t|ent)|devra|devront|doi(?:t|vent)|va|vont|allait|allaient)$/u.test(previous.key)) return undefined;
    // "faisant craindre", "laisse entendre": a causative, not someone speaking.
    if (form === 'infinitive' && previous && /^(?:fai(?:re|sant|t|s|sait|saient|te)|font|laiss\p{L}*)$/u.test(previous.key)) return undefined;
    return { start: isReflexive ? before.find((candidate) => reflexive.has(candidate.key))!.start : word.start, end, kind: 'participial', lemma };
  }
  return undefined;
}

const clitics = new Set(['y', 'en', 'le', 'la', 'les', "l'", 'lui', 'leur', 'se', "s'", 'ne', "n'", 'me', "m'", 'nous', 'vous']);

/** Where a conjugated verb's group starts: at the clitic pronouns right before it ("s'inquiète", "y affirmait"). */
function cliticStart(words: readonly Word[], index: number): number {
  let at = index;
  while (at > 0 && clitics.has(words[at - 1]!.key) && index - at < 3) at--;
  // "les" or "la" alone may be an article of a noun before ("les rebelles affirment"): only with another clitic or an elision.
  if (at === index - 1 && ['le', 'la', 'les', 'nous', 'vous'].includes(words[at]!.key)) return words[index]!.start;
  return words[at]!.start;
}

/** Up to four words before `index` that may belong to the verb group: auxiliaries, negation, adverbs, pronouns. */
function previousWords(words: readonly Word[], index: number): Word[] {
  const group: Word[] = [];
  for (let at = index - 1; at >= 0 && group.length < 5; at--) {
    const word = words[at]!;
    // "a de son côté déclaré", "a pour sa part estimé": a set phrase between auxiliary and participle.
    if ((word.key === 'côté' || word.key === 'part') && at >= 2 && ['de', 'pour'].includes(words[at - 2]!.key)) {
      at -= 2;
      continue;
    }
    // "a d'abord nié": the elided "de" of "d'abord".
    if (word.key === "d'" && words[at + 1]?.key === 'abord') continue;
    // "a quant à elle affirmé": a set phrase between auxiliary and participle.
    if (['lui', 'elle', 'eux', 'elles'].includes(word.key) && words[at - 1]?.key === 'à' && words[at - 2]?.key === 'quant') {
      at -= 2;
      continue;
    }
    if (auxiliaryForms.has(word.key) || negation.has(word.key) || reflexive.has(word.key) || adverbs.has(word.key) || ['t', 'il', 'elle', 'ils', 'elles', 'on'].includes(word.key)) {
      group.push(word);
      if (reflexive.has(word.key)) break;
      continue;
    }
    break;
  }
  return group;
}

function quoteNear(text: string, start: number, end: number): boolean {
  return /[«“"»”]\s*[,:]?\s*$/u.test(text.slice(Math.max(0, start - 6), start)) || /^\s*[,:]?\s*[«“"]/u.test(text.slice(end, end + 6)) || /^[^.«“"]{0,40}:\s*[«“"]/u.test(text.slice(end, end + 60));
}
