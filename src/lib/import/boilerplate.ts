import { normalizeWhitespace } from '../article/blocks';
import type { BoilerplateLine } from '../schemas/article';
import { seedLines } from '../seed/seed-text';
import { normalizeApostrophes } from '../text/apostrophes';

/** A seed line the import suggests leaving out of the page, with why, for the editor to confirm. */
export interface BoilerplateProposal extends BoilerplateLine {
  reason: string;
}

type Kind = BoilerplateLine['kind'];

/** Only dashes, stars, bullets, section signs and the like: a visual rule between items of a page. */
const separatorPattern = /^[\s\-‐‑‒–—―*•·∙◦▪■□●○_=~#+|/\\§¤]+$/u;

const agencies = String.raw`(?:AFP|Reuters|AP|EPA|ANP|Anadolu|AA|SANA|Getty(?:\s+Images)?|Sipa|Xinhua|DPA|Abaca|Hans Lucas|DR)`;
const months = String.raw`(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)`;
const englishMonths = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

interface Marker {
  kind: Kind;
  pattern: RegExp;
  what: string;
  /** Only lines up to this length: a long line that starts so is the article's prose. */
  maxLength?: number;
}

/** Words that open a line the site around the article added, by the kind of line they open. */
const markers: readonly Marker[] = [
  { kind: 'prev-next', pattern: /^(?:PREV|NEXT|Previous|Next|Article précédent|Article suivant)(?!\p{L})/iu, what: 'lien vers l’article précédent ou suivant' },
  { kind: 'aggregator-footer', pattern: /^(?:Follow us|Suivez-nous|Abonnez-vous)(?!\p{L})/iu, what: 'pied de page du site (invitation à suivre ou s’abonner)' },
  { kind: 'related-link', pattern: /^(?:À lire aussi|A lire aussi|Lire aussi|Voir aussi|À voir aussi|À lire également|Lire également|Sur le même sujet|Read more|Related)(?!\p{L})/iu, what: 'renvoi vers un autre article' },
  { kind: 'credit', pattern: /^(?:Copyright|©|Traduction\s*:|La source originale|Source originale|Lien vers l'article original)/iu, what: 'crédit ou mention de la source' },
  { kind: 'credit', pattern: new RegExp(String.raw`^\(?(?:Avec\s+(?:l'|les\s+)?(?:${agencies}|agences)|Source\s*:)`, 'iu'), what: 'crédit de l’agence ou de la source', maxLength: 60 },
  {
    kind: 'caption',
    pattern: new RegExp(String.raw`^(?:Photos?|Photographie|Crédits?(?:\s+photo)?|Illustration|Image|Vidéo|Video|Capture d'écran)\s*(?:d'illustration|[:/©|-]|${agencies}(?![\p{L}]))`, 'iu'),
    what: 'légende ou crédit de photo',
    maxLength: 300,
  },
  { kind: 'byline', pattern: /^Par(?=\s+(?:\p{Lu}|l'|la\s|le\s|les\s|notre\s|nos\s))/u, what: 'signature de l’auteur', maxLength: 100 },
  {
    kind: 'byline',
    pattern: /^(?:Publié|Publiée|Mis à jour|Mise à jour|Modifié|Modifiée|Actualisé|Actualisée|Posté|Mis en ligne|Temps de lecture|Lecture\s*:?\s*\d)(?!\p{L})/iu,
    what: 'date de mise en ligne ou de mise à jour du site',
    maxLength: 160,
  },
  {
    kind: 'share-prompt',
    pattern: /^(?:Partager|Partagez|Partage|Share|Tweeter|Tweet|Facebook|Twitter|WhatsApp|LinkedIn|Telegram|Messenger|E-?mail|Imprimer|Copier le lien|Commenter|Commentaires?|Réagir|Envoyer par)(?:\s*(?:sur|par|cet article|l'article|[:|,·•/]|\d+|Facebook|Twitter|X|WhatsApp|LinkedIn|Telegram|E-?mail|Imprimer|Copier le lien))*\s*$/iu,
    what: 'invitation à partager ou commenter',
    maxLength: 120,
  },
  {
    kind: 'placeholder',
    pattern: /^(?:Thumbnail|Image|Photo|Vidéo|Video|Illustration|Embed|Placeholder|Publicité|Advertisement|Contenu sponsorisé|Lecture en cours|Play|Loading|Chargement|Lire la vidéo|\[[^\]]*\])(?:\s*\d+(?:\s*\/\s*\d+)?)?\s*$/iu,
    what: 'reste d’une image, d’une vidéo ou d’une publicité',
  },
];

/** An invitation to follow, subscribe or sign up, wherever it sits in a short line. */
const footerAnywhere = /(?<!\p{L})(?:Follow us|Suivez-nous|Abonnez-vous)(?!\p{L})/iu;
const newsletterAnywhere = /(?<!\p{L})(?:newsletter|infolettre|lettre d'information|Inscrivez-vous|inscrivez-vous|Recevez gratuitement|notifications)(?!\p{L})/iu;
const shortFooterLength = 80;
const shortPromptLength = 140;

/** A credit at the end of a short line: "Des habitants à Hama, le 5 décembre. (Photo : AFP)", "(Photo : Nom / AFP)", "… / AFP", "… © Reuters". */
const trailingCredit = new RegExp(String.raw`(?:\((?:(?:Photos?|Crédits?)\s*:?\s*(?:[^()]{1,60}?\s*\/\s*)?)?(?:${agencies}|Capture d'écran)[^)]*\)|(?:©|/)\s*${agencies}(?:\s*/\s*[\p{L} .-]+)?)\s*\.?\s*$`, 'iu');
/** How a caption ends: on the day the photo was taken. */
const captionEnding = new RegExp(String.raw`,\s+(?:le\s+)?\d{1,2}(?:er)?\s+${months}(?:\s+\d{4})?\s*\.?$`, 'iu');
const copyrightAnywhere = /©/u;
const captionLength = 250;

/** A date and time alone on its line: the site's, not the article's ("08/12/2024 10:35", "8 décembre 2024 à 10h30"). */
const datelineAlone = new RegExp(
  String.raw`^(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:\d{1,2}(?:er)?\s+${months}\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:\s*(?:à|-|,|\|)?\s*\d{1,2}\s*[h:]\s*\d{0,2})?\s*$`,
  'iu',
);

/** A link to a post on a social network, or the image link a pasted tweet leaves. */
const embedLink = /(?:pic\.twitter\.com\/|https?:\/\/(?:t\.co|twitter\.com|x\.com|www\.instagram\.com|www\.facebook\.com|t\.me)\/)/iu;
/** The signature of an embedded post: "— Name (@handle) December 8, 2024" (or in French). */
const embedSignature = new RegExp(String.raw`^[—–-]\s*.{1,80}\(@\w{1,30}\)\s*(?:${englishMonths}\s+\d{1,2},\s*\d{4}|\d{1,2}\s+${months}\s+\d{4})\s*$`, 'iu');
const onlyLink = /^\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)\s*$/iu;

/** The heading of a list of links to other articles, alone on its line ("À lire aussi :", "Sur le même sujet"). */
const relatedListHeader =
  /^(?:À lire aussi|A lire aussi|Lire aussi|Voir aussi|À voir aussi|Sur le même sujet|Dans la même rubrique|Les plus lus|Les plus partagés|Articles liés|Articles similaires|Nos articles sur .{1,40}|Pour aller plus loin|Read more|Related|Plus d'articles|Ces articles pourraient vous intéresser|Derniers articles|À la une)\s*:?\s*$/iu;
const maxRelatedList = 8;

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
      propose(line, 'separator', 'ligne de séparation (seulement des tirets, astérisques, puces ou « § »)');
      continue;
    }
    if (normalizeWhitespace(line.text) === titleKey) {
      propose(line, 'repeated-title', `copie du titre (ligne ${title.number})`);
      continue;
    }
    if (embedSignature.test(text)) {
      propose(line, 'embed', 'signature d’un message intégré (« — Nom (@compte) date »)');
      continue;
    }
    if (embedLink.test(text)) {
      propose(line, 'embed', `message intégré d’un réseau social (contient « ${embedLink.exec(text)![0]} »)`);
      continue;
    }
    const marker = markers.find((candidate) => (candidate.maxLength === undefined || text.length <= candidate.maxLength) && candidate.pattern.test(text));
    if (marker) {
      propose(line, marker.kind, `${marker.what} (commence par « ${marker.pattern.exec(text)![0].trim()} »)`);
      continue;
    }
    if (datelineAlone.test(text)) {
      propose(line, 'byline', 'date (et heure) seule sur sa ligne : la mise en ligne par le site');
      continue;
    }
    const credit = text.length <= captionLength ? trailingCredit.exec(text) : null;
    if (credit) {
      propose(line, 'caption', `légende de photo (ligne courte qui finit par le crédit « ${credit[0].trim()} »)`);
      continue;
    }
    if (text.length <= captionLength && copyrightAnywhere.test(text)) {
      propose(line, 'credit', 'crédit (ligne courte qui contient « © »)');
      continue;
    }
    const footer = text.length <= shortFooterLength ? footerAnywhere.exec(text) : null;
    if (footer) {
      propose(line, 'aggregator-footer', `pied de page du site (ligne courte qui contient « ${footer[0]} »)`);
      continue;
    }
    const newsletter = text.length <= shortPromptLength ? newsletterAnywhere.exec(text) : null;
    if (newsletter) propose(line, 'share-prompt', `invitation à s’inscrire (ligne courte qui contient « ${newsletter[0]} »)`);
  }

  // An embedded post: the words before its signature are the post's, not the article's.
  rest.forEach((line, index) => {
    if (proposals.get(line.number)?.reason.startsWith('signature') !== true) return;
    let at = index - 1;
    const before = rest[at];
    if (!before) return;
    const beforeProposal = proposals.get(before.number);
    if (beforeProposal?.kind === 'embed' && !onlyLink.test(before.text)) return; // text and link on one line
    if (beforeProposal?.kind === 'embed') at--;
    const text = rest[at];
    if (!text || (proposals.has(text.number) && proposals.get(text.number)!.kind !== 'embed')) return;
    if (!proposals.has(text.number)) propose(text, 'embed', `texte du message intégré (juste avant sa signature, ligne ${line.number})`);
  });

  // A caption whose credit sits on the next line, or that follows an image's placeholder: a short
  // line that ends on its day ("Un combattant devant la citadelle d'Alep, le 30 novembre.").
  rest.forEach((line, index) => {
    if (proposals.has(line.number) || line.text.length > captionLength || !captionEnding.test(normalizeWhitespace(line.text))) return;
    const next = proposals.get(rest[index + 1]?.number ?? 0)?.kind;
    const previous = proposals.get(rest[index - 1]?.number ?? 0)?.kind;
    if (next === 'caption' || next === 'credit' || previous === 'placeholder') {
      propose(line, 'caption', `légende de photo (ligne courte qui finit sur sa date, ${next ? 'avant un crédit' : 'après une image'})`);
    }
  });

  // A list of links under a heading ("À lire aussi :"): the short headlines that follow it.
  rest.forEach((line, index) => {
    if (!relatedListHeader.test(normalizeApostrophes(normalizeWhitespace(line.text)))) return;
    propose(line, 'related-link', 'titre d’une liste de liens vers d’autres articles');
    for (let next = index + 1, count = 0; next < rest.length && count < maxRelatedList; next++, count++) {
      const item = rest[next]!;
      const existing = proposals.get(item.number);
      if (existing?.kind === 'separator') continue;
      if (existing || !isHeadlineLike(item.text)) break;
      propose(item, 'related-link', `titre court sans ponctuation finale dans la liste de liens ouverte ligne ${line.number}`);
    }
  });

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
