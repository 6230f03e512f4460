import type { BoilerplateProposal } from './boilerplate';
import type { Collision, NameProposal } from './name-matches';
import type { ClaimProposal, EventProposal } from './claim-proposals';
import type { PublicationChoice } from './publication-candidates';

export interface ImportSummary {
  sourcePath: string;
  seedPath: string;
  seedAlreadyPresent: boolean;
  articlePath: string;
  title: { line: number; text: string };
  /** The first line reads as a paragraph, not a title. */
  titleLooksLikeProse: boolean;
  slug: string;
  slugFromOption: boolean;
  boilerplate: readonly BoilerplateProposal[];
  publication: PublicationChoice;
  names: readonly NameProposal[];
  /** Single capitalised words that match nothing in the registry, left out as noise. */
  droppedNames: number;
  collisions: readonly Collision[];
  /** Where the YAML stubs were written; undefined when nothing to propose or the file exists. */
  reviewPath: string | undefined;
  /** Undefined when the publication day is unknown: the text's days cannot be placed. */
  chronology: { claims: readonly ClaimProposal[]; events: readonly EventProposal[] } | undefined;
  chronologyPath: string | undefined;
  /** Body lines written as `##` intertitles. */
  intertitles: readonly { line: number; text: string }[];
}

const quote = (text: string, max = 90) => `« ${text.trim().length > max ? `${text.trim().slice(0, max)}…` : text.trim()} »`;

/** What the import did and what the editor must do next, in French, one string per line. */
export function formatImportReport(summary: ImportSummary): string[] {
  return [
    `Import de ${summary.sourcePath}`,
    '',
    `Titre (ligne ${summary.title.line}) : ${quote(summary.title.text, 120)}`,
    ...(summary.titleLooksLikeProse
      ? ['  Attention : cette ligne ressemble à un paragraphe. Si le texte n’a pas de titre, passez titleOrigin à editorial, écrivez un titre et remettez cette ligne en tête du corps.']
      : []),
    `Slug : ${summary.slug} (${summary.slugFromOption ? 'donné par --slug' : 'tiré du titre ; --slug <slug> pour en choisir un autre'})`,
    '',
    ...boilerplateSection(summary.boilerplate),
    '',
    ...intertitlesSection(summary.intertitles),
    '',
    ...datesSection(summary.publication),
    '',
    ...namesSection(summary),
    '',
    ...chronologySection(summary),
    '',
    'Fichiers écrits :',
    summary.seedAlreadyPresent ? `  ${summary.seedPath} (déjà présent, octet pour octet identique : inchangé)` : `  ${summary.seedPath} (copie octet pour octet)`,
    `  seeds/SHA256SUMS (empreinte SHA-256 de ${summary.seedPath.split('/').at(-1)})`,
    `  ${summary.articlePath}`,
    ...(summary.chronologyPath ? [`  ${summary.chronologyPath} (passages à citer dans la chronologie, blocs prêts à coller ; hors du contenu)`] : []),
    ...(summary.reviewPath ? [`  ${summary.reviewPath} (noms à examiner, avec leurs fiches YAML prêtes à copier ; hors du contenu)`] : []),
    '',
    'Étapes suivantes :',
    `  1. Dans ${summary.articlePath}, remplacez chaque « À compléter » : outlet, outletNote, summary, framing${summary.publication.published ? '' : ', published, publishedNote'} (ajoutez originalSource et url si vous les connaissez ; outletInferred: false si le texte nomme son média). Tant qu’il en reste un, \`npm run check\` et la construction refusent l’article ; ajoutez draft: true pour le garder hors du site (\`npm run dev\` le montre).`,
    '  2. Vérifiez published, publishedPrecision (day si la date est sûre) et publishedNote.',
    '  3. Le boilerplate proposé est déjà dans boilerplate (le corps reste mot pour mot) : pour refuser une proposition, retirez-la de la liste et remettez la ligne dans le corps, à sa place ; pour écarter une autre ligne, ajoutez-la (numéro de ligne du seed, texte exact, kind).',
    '  4. Ajoutez dans content/actors/ et content/places/ les noms ci-dessus qui méritent une fiche (ou un alias d’une fiche existante).',
    ...(summary.chronologyPath
      ? [`  5. Dans ${summary.chronologyPath}, supprimez les propositions fausses, corrigez stance et by, complétez les nouveaux événements ; puis \`npm run new:article -- --accept ${summary.slug}\` les copie dans content/events/.`]
      : ['  5. Citez l’article dans les événements qu’il rapporte (claims: de content/events/<id>.yaml).']),
    '  6. Lancez `npm run check` : il vérifie l’article, sa fidélité au seed, les citations de la chronologie, puis construit le site.',
  ];
}

function boilerplateSection(proposals: readonly BoilerplateProposal[]): string[] {
  if (proposals.length === 0) return ['Boilerplate proposé : aucune ligne. Vérifiez que le texte ne contient ni liens, ni pied de page, ni crédits.'];
  return [
    `Boilerplate proposé (${proposals.length} ${proposals.length === 1 ? 'ligne' : 'lignes'}, hors de la page) — à vérifier par l’éditeur, ce ne sont que des propositions :`,
    ...proposals.map((proposal) => `  ligne ${proposal.line} [${proposal.kind}] ${quote(proposal.text)} : ${proposal.reason}`),
  ];
}

const confidenceWords = { high: 'sûre', medium: 'probable', low: 'incertaine' } as const;

function datesSection(publication: PublicationChoice): string[] {
  const lines = publication.candidates.length === 0
    ? ['  aucune expression de date trouvée']
    : publication.candidates.map((candidate) => `  ligne ${candidate.line} ${quote(candidate.text)} → ${candidate.value ?? '—'} : ${candidate.reason}`);
  const choice = publication.published && publication.confidence
    ? `Date proposée pour published : ${publication.published} (confiance : ${confidenceWords[publication.confidence]}) ; ${publication.evidence}.`
    : `Date proposée pour published : aucune (${publication.evidence}) ; le champ garde « À compléter » et l’article ne sera pas publié tant qu’il n’est pas rempli.`;
  return ['Dates candidates (jours de la semaine et dates sans année résolus par rapport à la date proposée) :', ...lines, choice];
}

function intertitlesSection(intertitles: readonly { line: number; text: string }[]): string[] {
  if (intertitles.length === 0) return ['Intertitres : aucun (aucune ligne courte ne se lit comme un titre de section).'];
  return [
    `Intertitres (${intertitles.length}, écrits « ## » : lignes courtes de deux mots ou plus, qui commencent par une majuscule et ne finissent pas une phrase) — ôtez « ## » si ce n’en est pas un :`,
    ...intertitles.map((line) => `  ligne ${line.line} ${quote(line.text)}`),
  ];
}

function chronologySection(summary: ImportSummary): string[] {
  const { chronology } = summary;
  if (!chronology) return ['Chronologie : rien à proposer tant que la date de publication n’est pas connue (relancez l’import, ou comparez à la main).'];
  if (chronology.claims.length === 0 && chronology.events.length === 0) return ['Chronologie : aucun passage ne ressemble à un événement daté.'];
  return [
    'Chronologie : passages qui semblent rapporter un événement (même jour ou jour voisin, même lieu, mots de l’action ou acteurs communs) :',
    ...chronology.claims.map((claim, index) => `  c${index + 1} ligne ${claim.line} → ${claim.event} [${claim.stance}${claim.by ? ` par ${claim.by}` : ''}] ${quote(claim.quote)} : ${claim.why}`),
    ...(chronology.events.length > 0 ? ['Faits datés qu’aucun événement ne raconte (nouveaux événements à écrire ?) :'] : []),
    ...chronology.events.map((event, index) => `  e${index + 1} ligne ${event.line} → ${event.date}${event.night ? ' (nuit)' : ''} ${quote(event.quote)} (lieux : ${event.places.join(', ') || 'aucun du répertoire'})`),
  ];
}

function namesSection(summary: ImportSummary): string[] {
  const { names, droppedNames, collisions } = summary;
  const dropped = droppedNames > 0 ? [`  (${droppedNames} ${droppedNames === 1 ? 'mot isolé écarté' : 'mots isolés écartés'} : un seul mot à majuscule qui ne ressemble à aucune fiche)`] : [];
  const warnings = collisions.map(
    (collision) => `  Attention, ligne ${collision.line} : « ${collision.text} » sera lu comme ${collision.claimed.name} (${collision.claimed.id}) ; s’il s’agit de ${collision.meant.name} (${collision.meant.id}), marquez-le :${collision.meant.kind}[${collision.text}]{#${collision.meant.id}}.`,
  );
  if (names.length === 0) return ['Noms absents du répertoire : aucun.', ...dropped, ...warnings];
  return [
    'Noms absents du répertoire (noms de deux mots ou plus, sigles, et graphies proches d’une fiche ; mots en début de phrase, mois, mots anglais et adresses écartés) :',
    ...names.map((proposal) => {
      const where = `×${proposal.candidate.count} (${proposal.candidate.lines.length === 1 ? 'ligne' : 'lignes'} ${proposal.candidate.lines.join(', ')})`;
      const offer = proposal.kind === 'alias' ? `alias de ${proposal.entity.name} (${proposal.entity.id}) ? proche de « ${proposal.form} »` : 'nouvel acteur ou lieu ?';
      return `  ${proposal.candidate.name} ${where} : ${offer}${proposal.warning ? ` — attention : ${proposal.warning}` : ''}`;
    }),
    ...dropped,
    ...warnings,
  ];
}
