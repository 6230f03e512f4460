import { normalizeWhitespace, type TextBlock } from '../article/blocks';
import type { Article } from '../schemas/article';
import type { ContentError } from '../content/content-error';
import { excerpt } from '../text/excerpt';
import { seedLines } from './seed-text';

export interface SeedBlock {
  /** 1-based line in the seed. */
  line: number;
  text: string;
}

/** The seed's text as it must appear on the page: every non-blank line, less the title and declared boilerplate. */
export function expectedBlocks(seedText: string, article: Pick<Article, 'titleOrigin' | 'boilerplate'>): SeedBlock[] {
  const lines = seedLines(seedText).filter((line) => line.text.trim() !== '');
  const removed = new Set(article.boilerplate.map((entry) => entry.line));
  const titleLine = article.titleOrigin === 'seed' ? lines[0]?.number : undefined;
  return lines
    .filter((line) => line.number !== titleLine && !removed.has(line.number))
    .map((line) => ({ line: line.number, text: line.text }));
}

interface FidelityInput {
  file: string;
  seedFile: string;
  seedText: string;
  article: Article;
  blocks: readonly TextBlock[];
  /** Where each frontmatter field starts in the MDX file. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/**
 * Proves that the article's body is its seed, word for word: the same lines in the same order,
 * less the title and the boilerplate lines it declares (each of which must match the seed exactly).
 */
export function checkFidelity({ file, seedFile, seedText, article, blocks, locate }: FidelityInput): ContentError[] {
  const errors: ContentError[] = [];
  const lines = seedLines(seedText);

  article.boilerplate.forEach((entry, index) => {
    const seedLine = lines[entry.line - 1];
    if (!seedLine) {
      errors.push({ file, ...locate(['boilerplate', index, 'line']), message: `Unexpected boilerplate line ${entry.line}, expected a line of ${seedFile} (it has ${lines.length})`, fix: 'use the line number shown by your editor for the seed file' });
    } else if (seedLine.text !== entry.text) {
      errors.push({
        file,
        ...locate(['boilerplate', index, 'text']),
        message: `Unexpected boilerplate text ${JSON.stringify(entry.text)}, expected line ${entry.line} of ${seedFile}: ${JSON.stringify(seedLine.text)}`,
        fix: 'copy the seed line exactly, or correct the line number',
      });
    }
  });

  if (article.titleOrigin === 'seed') {
    const first = lines.find((line) => line.text.trim() !== '');
    if (first && normalizeWhitespace(first.text) !== normalizeWhitespace(article.title)) {
      errors.push({ file, ...locate(['title']), message: `Unexpected title ${JSON.stringify(article.title)}, expected the seed's first line ${JSON.stringify(first.text)} (titleOrigin is "seed")`, fix: 'copy the first line of the seed, or set titleOrigin: editorial' });
    }
  }

  const expected = expectedBlocks(seedText, article);
  const count = Math.max(expected.length, blocks.length);
  for (let index = 0; index < count; index++) {
    const want = expected[index];
    const got = blocks[index];
    if (want && got && normalizeWhitespace(want.text) === normalizeWhitespace(got.text)) continue;
    errors.push(describeMismatch(file, seedFile, want, got, blocks.at(-1)?.line ?? 1));
    break;
  }
  return errors;
}

function describeMismatch(file: string, seedFile: string, want: SeedBlock | undefined, got: TextBlock | undefined, lastLine: number): ContentError {
  if (!got) {
    return {
      file,
      line: lastLine,
      column: 1,
      message: `Missing text of ${seedFile} line ${want!.line}: ${quoted(want!.text)}`,
      fix: 'restore the paragraph, or declare the line in boilerplate if it is not part of the article',
    };
  }
  if (!want) {
    return {
      file,
      line: got.line,
      column: 1,
      message: `Unexpected ${got.kind} ${quoted(got.text)}, expected the end of the article (${seedFile} has no more text)`,
      fix: 'remove it: an article page shows only the text of its seed',
    };
  }
  const a = normalizeWhitespace(got.text);
  const b = normalizeWhitespace(want.text);
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return {
    file,
    line: got.line,
    column: 1,
    message: `Unexpected text ${quoted(a.slice(at))} at character ${at + 1} of this ${got.kind}, expected ${quoted(b.slice(at))} as in ${seedFile} line ${want.line}`,
    fix: 'copy the seed line exactly (only annotations may be added); to leave a line out, declare it in boilerplate',
  };
}

function quoted(text: string): string {
  return JSON.stringify(excerpt(text, 50));
}
