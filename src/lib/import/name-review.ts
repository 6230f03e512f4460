import { stringify } from 'yaml';
import { slugFromTitle } from './slug';
import type { Collision, NameProposal } from './name-matches';

/** Where the import writes its name proposals: outside content/, never over an existing file. */
export const reviewFolder = 'review';
export const nameReviewPath = (slug: string) => `${reviewFolder}/${slug}-noms.yaml`;

/** A single capitalised word that matches nothing is mostly noise ("Premier", "Dieu"): only names of two words or more, and acronyms, are offered as new. */
export function isOfferedAsNew(proposal: NameProposal): boolean {
  const name = proposal.candidate.name;
  return proposal.kind === 'alias' || /\s/.test(name.trim()) || /^\p{Lu}{2,6}$/u.test(name);
}

/**
 * The review file: for each name, a ready YAML stub to copy (an alias line for an existing entry,
 * or a new entry's file) and any warning. Nothing in it is read by the build.
 */
export function renderNameReview(slug: string, proposals: readonly NameProposal[], collisions: readonly Collision[]): string {
  const header = [
    `# Noms relevés par l'import de content/articles/${slug}.mdx, à examiner.`,
    '# Ce fichier n’est pas lu par la construction : copiez ce que vous acceptez dans content/actors/ ou content/places/, puis supprimez-le.',
    '# alias : ajoutez la ligne à la liste aliases du fichier indiqué. nouveau : créez le fichier indiqué avec le bloc yaml, complétez-le.',
    '',
  ];
  const entries = proposals.map((proposal) => {
    const { name, count, lines } = proposal.candidate;
    if (proposal.kind === 'alias') {
      const folder = proposal.entity.kind === 'actor' ? 'actors' : proposal.entity.kind === 'place' ? 'places' : 'glossary';
      return {
        nom: name,
        occurrences: count,
        lignes: lines,
        proposition: `alias de ${proposal.entity.name} (${proposal.entity.id}) ? proche de « ${proposal.form} »`,
        fichier: `content/${folder}/${proposal.entity.id}.yaml`,
        ajouter_a_aliases: name,
        ...(proposal.warning ? { attention: proposal.warning } : {}),
      };
    }
    const id = slugFromTitle(name) || 'nouveau';
    return {
      nom: name,
      occurrences: count,
      lignes: lines,
      proposition: 'nouvel acteur ou nouveau lieu ?',
      fichier: `content/actors/${id}.yaml (ou content/places/${id}.yaml pour un lieu)`,
      yaml: stringify({ name, kind: 'À compléter : person, armed-group, state, army, government-body, media, ngo ou international-organisation', aliases: [], description: 'À compléter : qui est-ce, en une ou deux phrases.' }, { lineWidth: 0 }),
      ...(proposal.warning ? { attention: proposal.warning } : {}),
    };
  });
  const warnings = collisions.map((collision) => ({
    nom: collision.text,
    ligne: collision.line,
    attention: `« ${collision.text} » sera lu comme ${collision.claimed.name} (${collision.claimed.id}) ; s’il s’agit de ${collision.meant.name} (${collision.meant.id}), marquez-le :${collision.meant.kind}[${collision.text}]{#${collision.meant.id}} ou :plain[${collision.text}]`,
  }));
  return [...header, stringify({ noms: entries, collisions: warnings }, { lineWidth: 0 })].join('\n');
}
