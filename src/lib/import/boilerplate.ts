import { normalizeWhitespace } from '../article/blocks';
import type { BoilerplateLine } from '../schemas/article';
import { seedLines } from '../seed/seed-text';
import { normalizeApostrophes } from '../text/apostrophes';

/** A seed line the import suggests leaving out of the page, with why, for the editor to confirm. */
export interface BoilerplateProposal extends BoilerplateLine {
  reason: string;
}

type Kind = BoilerplateLine['kind'];

/** Only dashes, stars, bullets and the like: a visual rule between items of a page. */
const separatorPattern = /^[\s\-‐‑‒–—―*•·∙◦▪■□●○_=~#+|/\\]+$/u;

/** Words that open a line the site around the article added, by the kind of line they open. */
const markers: readonly { kind: Kind; pattern: RegExp; what: string }[] = [
  { kind: 'prev-next', pattern: /^(?:PREV|NEXT|Previous|Next|Article précédent|Article suivant)(?!\p{L})/iu, what: 'lien vers l’article précédent ou suivant' },
  { kind: 'aggregator-footer', pattern: /^(?:Follow us|Suivez-nous|Abonnez-vous)(?!\p{L})/iu, what: 'pied de page du site (invitation à suivre ou s’abonner)' },
  { kind: 'related-link', pattern: /^(?:À lire aussi|A lire aussi|Lire aussi|Voir aussi|À lire également|Lire également)(?!\p{L})/iu, what: 'renvoi vers un autre article' },
  { kind: 'credit', pattern: /^(?:Copyright|©|Traduction\s*:|La source originale|Source originale|Lien vers l'article original)/iu, what: 'crédit ou mention de la source' },
];

/** An invitation to follow or subscribe is a site's footer wherever it sits in a short line ("For Latest Updates Follow us on …"). */
const footerAnywhere = /(?<!\p{L})(?:Follow us|Suivez-nous|Abonnez-vous)(?!\p{L})/iu;
const shortFooterLength = 80;

/**
 * A headline rather than a sentence: short, and not ending as a sentence or clause does. Unlike an
 * intertitle, a headline may end with "?" or "!" ("… pourquoi les Syriens désertent-ils ?").
 */
function isHeadlineLike(text: string): boolean {
  const line = text.trim();
  return line.length < 120 && !/[.,;:…]$/.test(line);
}

/**
 * Proposes the seed lines that are not part of the article (the title's first line excluded: the
 * fidelity check drops it itself). General rules only: none names a string of one article.
 */
export function proposeBoilerplate(seedText: string): BoilerplateProposal[] {
  const lines = seedLines(seedText).filter((line) => line.text.trim() !== '');
  const [title, ...rest] = lines;
  if (!title) return [];
  const titleKey = normalizeWhitespace(title.text);
  const proposals = new Map<number, BoilerplateProposal>();
  const propose = (line: { number: number; text: string }, kind: Kind, reason: string) => proposals.set(line.number, { line: line.number, text: line.text, kind, reason });

  for (const line of rest) {
    const text = normalizeApostrophes(normalizeWhitespace(line.text));
    if (separatorPattern.test(line.text)) {
      propose(line, 'separator', 'ligne de séparation (seulement des tirets, astérisques ou puces)');
      continue;
    }
    if (normalizeWhitespace(line.text) === titleKey) {
      propose(line, 'repeated-title', `copie du titre (ligne ${title.number})`);
      continue;
    }
    const marker = markers.find((candidate) => candidate.pattern.test(text));
    if (marker) {
      propose(line, marker.kind, `${marker.what} (commence par « ${marker.pattern.exec(text)![0]} »)`);
      continue;
    }
    const footer = text.length <= shortFooterLength ? footerAnywhere.exec(text) : null;
    if (footer) propose(line, 'aggregator-footer', `pied de page du site (ligne courte qui contient « ${footer[0]} »)`);
  }

  // A list of links to other articles: "-", headline, "-", headline, … where the last headline may
  // have no separator after it, so a headline after a separator that follows a link is one too.
  const isSeparator = (index: number) => proposals.get(rest[index]?.number ?? 0)?.kind === 'separator';
  const isRelatedLink = (index: number) => proposals.get(rest[index]?.number ?? 0)?.kind === 'related-link';
  rest.forEach((line, index) => {
    if (proposals.has(line.number) || !isHeadlineLike(line.text) || !isSeparator(index - 1)) return;
    if (isSeparator(index + 1)) {
      propose(line, 'related-link', 'titre court sans ponctuation finale entre deux séparateurs : lien vers un autre article');
    } else if (isRelatedLink(index - 2)) {
      propose(line, 'related-link', `titre court après un séparateur, à la suite du lien de la ligne ${rest[index - 2]!.number} : lien vers un autre article`);
    }
  });

  return [...proposals.values()].sort((a, b) => a.line - b.line);
}
