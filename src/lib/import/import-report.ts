import type { BoilerplateProposal } from './boilerplate';
import type { NameCandidate } from './name-candidates';
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
  today: string;
  names: readonly NameCandidate[];
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
    ...datesSection(summary.publication, summary.today),
    '',
    ...namesSection(summary.names),
    '',
    'Fichiers écrits :',
    summary.seedAlreadyPresent ? `  ${summary.seedPath} (déjà présent, octet pour octet identique : inchangé)` : `  ${summary.seedPath} (copie octet pour octet)`,
    `  seeds/SHA256SUMS (empreinte SHA-256 de ${summary.seedPath.split('/').at(-1)})`,
    `  ${summary.articlePath}`,
    '',
    'Étapes suivantes :',
    `  1. Dans ${summary.articlePath}, remplacez chaque « À compléter » : outlet, outletNote, summary, framing (ajoutez originalSource et url si vous les connaissez ; outletInferred: false si le texte nomme son média).`,
    '  2. Vérifiez published, publishedPrecision (day si la date est sûre) et publishedNote.',
    '  3. Vérifiez le boilerplate proposé : retirez une ligne qui fait partie de l’article (remettez-la alors dans le corps, à sa place), ajoutez-en une qui n’en fait pas partie.',
    '  4. Ajoutez dans content/actors/ et content/places/ les noms ci-dessus qui méritent une fiche (ou un alias d’une fiche existante).',
    '  5. Lancez `npm run build` : il vérifie l’article, et sa fidélité au seed.',
  ];
}

function boilerplateSection(proposals: readonly BoilerplateProposal[]): string[] {
  if (proposals.length === 0) return ['Boilerplate proposé : aucune ligne. Vérifiez que le texte ne contient ni liens, ni pied de page, ni crédits.'];
  return [
    `Boilerplate proposé (${proposals.length} ${proposals.length === 1 ? 'ligne' : 'lignes'}, hors de la page) — à vérifier par l’éditeur, ce ne sont que des propositions :`,
    ...proposals.map((proposal) => `  ligne ${proposal.line} [${proposal.kind}] ${quote(proposal.text)} : ${proposal.reason}`),
  ];
}

function datesSection(publication: PublicationChoice, today: string): string[] {
  const lines = publication.candidates.length === 0
    ? ['  aucune expression de date trouvée']
    : publication.candidates.map((candidate) => `  ligne ${candidate.line} ${quote(candidate.text)} → ${candidate.value ?? '—'} : ${candidate.reason}`);
  const choice = publication.source
    ? `Date retenue pour published : ${publication.published}, la date explicite avec l’année la plus récente du texte (ligne ${publication.source.line}, ${quote(publication.source.text)}) ; le texte a pu paraître plus tard, à vérifier.`
    : `Date retenue pour published : ${today}, date du jour, faute de date explicite avec l’année dans le texte ; à remplacer par la vraie date de publication.`;
  return ['Dates candidates (jours de la semaine et dates sans année résolus par rapport à la date retenue) :', ...lines, choice];
}

function namesSection(names: readonly NameCandidate[]): string[] {
  if (names.length === 0) return ['Noms absents du gazetteer : aucun.'];
  return [
    'Noms absents du gazetteer (acteurs ou lieux candidats ; mots en début de phrase écartés) :',
    ...names.map((name) => `  ${name.name} ×${name.count} (${name.lines.length === 1 ? 'ligne' : 'lignes'} ${name.lines.join(', ')})`),
  ];
}
