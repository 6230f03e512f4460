/**
 * French typography for the text Chronique writes itself (labels, titles, editors' prose), never for
 * the sources' text: elision before a vowel, the article a name takes after "de", and the
 * non-breaking spaces French puts before two-part punctuation and inside guillemets.
 */

/** The definite article a name takes in running text ("la Russie", "le Hezbollah", "les États-Unis"). */
export type Article = 'le' | 'la' | 'les';

/**
 * Whether a word begins with a vowel sound and so elides the word before it ("d’Alep"). An initial
 * h is treated as aspirated, as for the Arabic names of this corpus ("de Hama", "de Homs"), and an
 * initial y before a vowel as a consonant ("du Yémen").
 */
export function startsWithVowel(word: string): boolean {
  const normalized = word.normalize('NFC');
  if (/^[yY][aeiouéèêàâîôû]/.test(normalized)) return false;
  return /^[aeiouyàâäéèêëîïôöûüœæ]/i.test(normalized);
}

const elided: Record<string, string> = { de: 'd’', De: 'D’', que: 'qu’', Que: 'Qu’', le: 'l’', Le: 'L’', la: 'l’', La: 'L’', ne: 'n’', se: 's’', je: 'j’', lorsque: 'lorsqu’', puisque: 'puisqu’' };

/** "de" + "Alep" → "d’Alep", "que" + "Israël" → "qu’Israël", "de" + "Hama" → "de Hama". */
export function elide(word: string, next: string): string {
  const short = elided[word];
  return short && startsWithVowel(next) ? `${short}${next}` : `${word} ${next}`;
}

/**
 * A name after "de", with its article when it takes one: "d’Alep", "de la Russie", "du Hezbollah",
 * "des États-Unis", "de l’Armée arabe syrienne". With `lowercase`, a name made of a common noun
 * loses its capital after the article ("du gouvernorat de Hama", "de l’autoroute M5").
 */
export function ofName(name: string, article?: Article, options: { lowercase?: boolean } = {}): string {
  if (!article) return elide('de', name);
  const noun = options.lowercase ? `${name[0]!.toLocaleLowerCase('fr')}${name.slice(1)}` : name;
  if (article === 'les') return `des ${noun}`;
  if (startsWithVowel(noun)) return `de l’${noun}`;
  return article === 'le' ? `du ${noun}` : `de la ${noun}`;
}

/** A name with its article, as a subject or after a preposition other than "de": "la Russie", "l’Iran". */
export function withArticle(name: string, article?: Article, options: { lowercase?: boolean } = {}): string {
  if (!article) return name;
  const noun = options.lowercase ? `${name[0]!.toLocaleLowerCase('fr')}${name.slice(1)}` : name;
  if (article === 'les') return `les ${noun}`;
  return startsWithVowel(noun) ? `l’${noun}` : `${article} ${noun}`;
}

/** No-break space (before a colon, inside guillemets) and narrow no-break space (before ; ! ?). */
export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

/**
 * French spacing: the ordinary spaces before « : » and inside « » become no-break spaces, those before
 * « ; ! ? » narrow no-break spaces, so that no line starts with a colon or a closing guillemet.
 * Spaces that are not there are not added (an address such as "https://" keeps its colon).
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/[ \u00a0\u202f]+:(?=\s|$)/g, `${NBSP}:`)
    .replace(/«[ \u00a0\u202f]+/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]+»/g, `${NBSP}»`);
}

/** "1 déclaration", "3 déclarations": a count under two is singular in French; a no-break space after the number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count}${NBSP}${count < 2 ? singular : pluralForm}`;
}

/** "A", "A et B", "A, B et C". */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}
