import type { MentionMatcher } from '../annotate/mentions';
import { formKey, normalizeApostrophes } from '../text/apostrophes';
import { frenchMonths, frenchWeekdays } from '../text/french-date';

/** A line of the article's text (title or body) as the name search reads it. */
export interface NamedLine {
  line: number;
  text: string;
}

/** A name the gazetteer does not know: perhaps an actor or a place to add. */
export interface NameCandidate {
  /** As first written in the text. */
  name: string;
  count: number;
  /** Lines where it occurs, in order, without repeats. */
  lines: number[];
}

const letter = String.raw`\p{L}\p{M}\p{N}`;
const tail = String.raw`[${letter}]*(?:-\p{L}[${letter}]*)*`;
/** Capitalised word or acronym, hyphenated parts included ("Hama", "HTS", "États-Unis"). */
const capitalWord = String.raw`\p{Lu}${tail}`;
/** A name led by an Arabic article or kinship word in lower case ("al-Sham", "ez-Zor", "ibn-Saoud"). */
const particleWord = String.raw`(?:[ae][ldnrstz]|ash|ech|ibn|bin|ben|abu|abou|bou)-\p{Lu}${tail}`;
/** An initial, only when another capitalised word follows ("Aaron Y. Zelin", "M. Erdogan"). */
const initial = String.raw`\p{Lu}\.(?=\s+\p{Lu})`;
/** No "i" flag: with it, \p{Lu} would match lower-case letters too. */
const elision = String.raw`(?:[cdjlmnstCDJLMNST]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’ʼ]`;
const word = String.raw`(?:(?:${particleWord}|${capitalWord})(?![${letter}'’ʼ-])|${initial})`;
const namePattern = new RegExp(String.raw`(?<![${letter}'’ʼ-])(?<elision>${elision})?(?<name>${word}(?:\s+${word})*)`, 'gu');
const wordPattern = new RegExp(String.raw`[${letter}]+(?:-[${letter}]+)*`, 'gu');

const honorifics = new Set(['m.', 'mm.', 'mme', 'mmes', 'mlle', 'mgr', 'dr', 'pr', 'me']);

/** Words that open French sentences and are never names, even when the text never writes them in lower case. */
const functionWords = new Set(
  [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'à', 'a', 'en', 'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car',
    'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'ce', 'cet', 'cette', 'ces', 'ceux', 'celui', 'celle', 'celles', 'cela', 'ceci',
    'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'qui', 'que', 'quoi', 'dont', 'où', 'quand', 'comme',
    'si', 'selon', 'pour', 'par', 'avec', 'sans', 'sous', 'sur', 'vers', 'chez', 'entre', 'depuis', 'pendant', 'après', 'avant', 'dans', 'contre',
    'lors', 'face', 'malgré', 'outre', 'parmi', 'dès', 'jusqu', 'lorsqu', 'puisqu', 'qu', 'aujourd', 'hier', 'demain', "d'autre", 'autre', 'autres',
    'tous', 'tout', 'toute', 'toutes', 'plusieurs', 'certains', 'certaines', 'chaque', 'aucun', 'aucune', 'alors', 'ainsi', 'puis', 'enfin',
    'pourtant', 'cependant', 'toutefois', 'néanmoins', 'ensuite', 'déjà', 'encore', 'aussi', 'même', 'non', 'oui', 'plus', 'moins', 'très',
    'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'vingt', 'cent', 'mille', 'premier', 'première', 'dernier', 'dernière',
    ...frenchWeekdays,
    ...frenchMonths,
  ].map((entry) => normalizeApostrophes(entry)),
);

/** Months and days in English, and English words that open or fill a pasted post's sentences. */
const englishWords = new Set(
  [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'into', 'is', 'are', 'was', 'were', 'be', 'has', 'have',
    'now', 'breaking', 'update', 'just', 'this', 'that', 'these', 'they', 'we', 'i', 'you', 'he', 'she', 'it', 'our', 'their', 'his', 'her',
    'rebels', 'rebel', 'forces', 'city', 'residents', 'says', 'say', 'said', 'news', 'video', 'photo', 'live', 'watch', 'read', 'more', 'follow',
  ],
);
/** A link, a domain or a handle: its pieces are not names ("pic.twitter.com/AbC", "@Reporter", "www.site.fr"). */
const urlLike = /(?:https?:\/\/|www\.|pic\.twitter\.com\/|@)\S*|\S+\.(?:com|fr|org|net|info|ru|tr|sy)(?:\/\S*)?/giu;

/**
 * Finds the capitalised names of the text that the gazetteer does not cover, with their counts.
 * A sentence's first word is capitalised by grammar, not because it is a name: it is left out when
 * it is a function word or when the text also writes it in lower case ("Fuite collective" … "la fuite").
 */
export function findNameCandidates(lines: readonly NamedLine[], matcher: MentionMatcher): NameCandidate[] {
  const lowerCaseWords = new Set(
    lines.flatMap((line) =>
      [...line.text.matchAll(wordPattern)]
        .map((match) => match[0])
        .filter((found) => found[0] !== found[0]!.toLocaleUpperCase('fr'))
        // "quelques-uns" also writes "quelques" in lower case.
        .flatMap((found) => [found, ...found.split('-')].map((part) => part.toLocaleLowerCase('fr'))),
    ),
  );
  const isCommonWord = (token: string) => {
    const lower = normalizeApostrophes(token.toLocaleLowerCase('fr'));
    return functionWords.has(lower) || lowerCaseWords.has(lower);
  };
  const candidates = new Map<string, NameCandidate>();
  for (const { line: number, text: raw } of lines) {
    if (isInCapitals(raw)) continue;
    // Links and handles blanked, so that positions stay those of the line.
    const line = { line: number, text: raw.replace(urlLike, (found) => ' '.repeat(found.length)) };
    const mentions = matcher.find(line.text);
    for (const match of line.text.matchAll(namePattern)) {
      const nameStart = match.index + (match.groups!['elision']?.length ?? 0);
      const span = trimName(match.groups!['name']!, nameStart, !match.groups!['elision'] && isSentenceStart(line.text, nameStart), isCommonWord);
      if (!span) continue;
      if (mentions.some((mention) => mention.start <= span.start && span.end <= mention.end)) continue;
      const name = line.text.slice(span.start, span.end);
      const key = formKey(name);
      const candidate = candidates.get(key) ?? { name, count: 0, lines: [] };
      candidate.count++;
      if (!candidate.lines.includes(line.line)) candidate.lines.push(line.line);
      candidates.set(key, candidate);
    }
  }
  return [...candidates.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fr'));
}

/** Drops titles ("M.", "Mme"), a sentence's common first word and a final initial from a matched sequence. */
function trimName(name: string, offset: number, sentenceStart: boolean, isCommonWord: (token: string) => boolean): { start: number; end: number } | undefined {
  const tokens = [...name.matchAll(/\S+/g)].map((token) => ({ text: token[0], start: offset + token.index, end: offset + token.index + token[0].length }));
  while (tokens.length > 0 && honorifics.has(tokens[0]!.text.toLocaleLowerCase('fr'))) tokens.shift();
  if (sentenceStart && tokens[0] && tokens[0].start === offset && isCommonWord(tokens[0].text)) tokens.shift();
  while (tokens.length > 0 && /^\p{Lu}\.$/u.test(tokens.at(-1)!.text)) tokens.pop();
  // English words and months at either end ("December", "Rebels Now"): a pasted post's, not a name.
  const isEnglish = (token: { text: string }) => englishWords.has(token.text.toLowerCase());
  while (tokens.length > 0 && isEnglish(tokens[0]!)) tokens.shift();
  while (tokens.length > 0 && isEnglish(tokens.at(-1)!)) tokens.pop();
  if (tokens.length === 0 || tokens.filter(isEnglish).length * 2 >= tokens.length) return undefined;
  const start = tokens[0]!.start;
  const end = tokens.at(-1)!.end;
  return end - start >= 2 ? { start, end } : undefined;
}

/** At the start of the line or of a sentence, opening quotes and brackets skipped. */
function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[\s«“"‘'(\[—–-]+$/u, '');
  return before === '' || /[.!?…:;]$/.test(before);
}

/** A line set in capitals ("ATTAQUE DE DRONE À DAMAS") says nothing about which words are names. */
function isInCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toLocaleUpperCase('fr');
}
