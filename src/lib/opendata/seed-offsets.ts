import { expectedBlocks } from '../seed/fidelity';
import type { Article } from '../schemas/article';

/** Where a block of an article's page lies in its seed: maps offsets in the block's text to offsets in the seed's text. */
export interface SeedBlockMap {
  /** 1-based line of the seed. */
  line: number;
  /** UTF-16 offset, in the seed's text, of each UTF-16 offset of the block's text (one more entry than the text has units). */
  offsets: number[];
}

/**
 * For each block of an article (its paragraphs and intertitles, in order), where its characters lie
 * in the seed's text. The page's text equals the seed's line for line, spaces aside (the fidelity
 * check proves it); a run of white space on one side maps to the run on the other.
 */
export function seedBlockMaps(seedText: string, article: Pick<Article, 'titleOrigin' | 'boilerplate'>, blockTexts: readonly string[]): SeedBlockMap[] {
  const lineStarts = [0];
  for (let index = 0; index < seedText.length; index++) if (seedText[index] === '\n') lineStarts.push(index + 1);
  const lines = expectedBlocks(seedText, article);
  if (lines.length !== blockTexts.length) throw new Error(`The page has ${blockTexts.length} blocks and the seed ${lines.length} lines of text: run the content check`);
  return lines.map((line, index) => ({ line: line.line, offsets: alignText(blockTexts[index]!, line.text).map((offset) => offset + lineStarts[line.line - 1]!) }));
}

/** The seed's span [start, end) for the span [start, end) of a block's text. */
export function seedSpan(map: SeedBlockMap, start: number, end: number): { start: number; end: number } {
  if (end <= start) throw new Error(`Empty span ${start}–${end}`);
  return { start: map.offsets[start]!, end: map.offsets[end - 1]! + 1 };
}

const space = /\s/u;

/**
 * Offsets in `line` of each offset of `text`, two strings equal once white space is folded
 * (`normalizeWhitespace`). Throws when they are not.
 */
export function alignText(text: string, line: string): number[] {
  const offsets = new Array<number>(text.length + 1);
  let i = 0;
  let j = 0;
  while (i < text.length && space.test(text[i]!)) offsets[i++] = 0;
  while (j < line.length && space.test(line[j]!)) j++;
  while (i < text.length) {
    if (space.test(text[i]!)) {
      const runStart = j;
      while (j < line.length && space.test(line[j]!)) j++;
      while (i < text.length && space.test(text[i]!)) offsets[i++] = runStart;
      continue;
    }
    if (text[i] !== line[j]) throw new Error(`The text ${JSON.stringify(text.slice(i, i + 30))} differs from its seed line at ${JSON.stringify(line.slice(j, j + 30))}`);
    offsets[i++] = j++;
  }
  offsets[text.length] = j;
  return offsets;
}

/**
 * Where `quote` first occurs in `text`, white space runs matching any white space run:
 * an event's quote is the article's words, its spaces may differ.
 */
export function findLoosely(text: string, quote: string): { start: number; end: number } | undefined {
  const words = quote.trim().split(/\s+/u).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(words.join(String.raw`\s+`), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
