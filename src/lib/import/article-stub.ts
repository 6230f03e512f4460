import { renderArticleFile } from '../article/article-file';
import { placeholderPrefix, type BoilerplateLine } from '../schemas/article';
import { expectedBlocks } from '../seed/fidelity';

export interface ArticleStubInput {
  /** The seed's first non-blank line, trimmed. */
  title: string;
  seedName: string;
  seedText: string;
  /** A day, or the placeholder when the text does not allow a decision. */
  published: string;
  publishedPrecision: 'day' | 'approximate';
  publishedNote: string;
  boilerplate: readonly BoilerplateLine[];
}

/**
 * Placeholders for what only an editor can write, each saying what to write. The article schema
 * refuses them (src/lib/schemas/article.ts): nothing left unfinished is published; with `draft: true`,
 * `npm run dev` shows the page meanwhile.
 */
export const todo = {
  published: `${placeholderPrefix} : la date de publication, AAAA-MM-JJ (le texte ne permet pas de la déduire).`,
  publishedNote: `${placeholderPrefix} : comment la date de publication a été trouvée.`,
  outlet: 'À compléter : le nom du média qui publie ce texte.',
  outletNote: 'À compléter : ce qu’est ce média pour un lecteur qui ne le connaît pas, et comment on l’a identifié.',
  summary: 'À compléter : une ligne qui résume l’article pour la liste des sources.',
  framing: 'À compléter : comment le média présente les faits (ses mots pour chaque camp, les voix qu’il relaie).',
} as const;

/** The new article's MDX: a frontmatter stub and the seed's lines (less title and boilerplate) as its body. */
export function renderArticleStub(input: ArticleStubInput): string {
  const boilerplate = input.boilerplate.map(({ line, text, kind }) => ({ line, text, kind }));
  const frontmatter = {
    title: input.title,
    titleOrigin: 'seed',
    outlet: todo.outlet,
    outletInferred: true,
    outletNote: todo.outletNote,
    language: 'fr',
    published: input.published,
    publishedPrecision: input.publishedPrecision,
    publishedNote: input.publishedNote,
    seed: input.seedName,
    boilerplate,
    summary: todo.summary,
    framing: todo.framing,
  };
  return renderArticleFile(frontmatter, expectedBlocks(input.seedText, { titleOrigin: 'seed', boilerplate }));
}
