import { renderArticleFile } from '../article/article-file';
import type { BoilerplateLine } from '../schemas/article';
import { expectedBlocks } from '../seed/fidelity';

export interface ArticleStubInput {
  /** The seed's first non-blank line, trimmed. */
  title: string;
  seedName: string;
  seedText: string;
  published: string;
  publishedNote: string;
  boilerplate: readonly BoilerplateLine[];
}

/**
 * Placeholders for what only an editor can write. Each passes the schema (a full sentence of 20
 * characters or more) so the site builds and the editor sees the page, and each says what to write.
 */
export const todo = {
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
    publishedPrecision: 'approximate',
    publishedNote: input.publishedNote,
    seed: input.seedName,
    boilerplate,
    summary: todo.summary,
    framing: todo.framing,
  };
  return renderArticleFile(frontmatter, expectedBlocks(input.seedText, { titleOrigin: 'seed', boilerplate }));
}
