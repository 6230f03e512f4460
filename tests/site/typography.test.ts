import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { distRoot, readPage } from '../helpers/dist';
import { realProject } from '../helpers/project';

/**
 * French typography in the text Chronique writes (labels, titles, chapters, notes), checked over the
 * built site. The sources' words are left out: source pages' text, quoted passages
 * (`.source-words`, `mark`, `:source` citations), and anything in another language.
 */
function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const sourceWords = (element: Element) => {
  const classes = (element.properties['className'] as string[] | undefined) ?? [];
  return (
    element.tagName === 'script' ||
    element.tagName === 'style' ||
    element.tagName === 'mark' ||
    // Chart labels quote statements inline, their « » and colons included: left out.
    element.tagName === 'svg' ||
    classes.includes('source-text') ||
    classes.includes('source-words') ||
    classes.includes('citation-source') ||
    (element.properties['lang'] !== undefined && element.properties['lang'] !== 'fr')
  );
};

/** Our own text on the page: every text node outside the sources' words, block by block. */
function ownText(page: Root): string[] {
  const texts: string[] = [];
  visit(page, (node) => {
    if (node.type === 'element' && sourceWords(node)) return SKIP;
    if (node.type === 'text') texts.push(node.value);
    return undefined;
  });
  // Adjacent text nodes read as one run (a label followed by a link's text).
  let text = texts.join('');
  for (const words of sourceStrings) text = text.split(words).join('\n');
  return text.split(/\n+/);
}

/** Words of the sources that pages show outside their text: titles taken from the seed, set-aside lines. */
const sourceStrings = [...realProject().project.articles.values()].flatMap((article) => [
  ...(article.data.titleOrigin === 'seed' ? [article.data.title] : []),
  ...article.data.boilerplate.map((line) => line.text),
]);

const pages = htmlFiles(distRoot).map((file) => `/${relative(distRoot, file).replace(/index\.html$/, '')}`);
const vowel = '[AEIOUÉÈÊÀÂÎÔÛaeiouéèêàâîôû]';
const elisionMistake = new RegExp(`(?<![\\p{L}’'-])(de|De|que|Que|le|Le|la|La) (?=${vowel})`, 'u');

describe('French typography in Chronique’s own text', () => {
  it('finds pages to check', () => expect(pages.length).toBeGreaterThan(100));

  it('elides "de", "que", "le", "la" before a vowel ("d’Alep", not "de Alep")', () => {
    const mistakes = pages.flatMap((path) =>
      ownText(readPage(path))
        .filter((line) => elisionMistake.test(line))
        .map((line) => `${path}: ${line.trim().slice(Math.max(0, line.search(elisionMistake) - 30), line.search(elisionMistake) + 40)}`),
    );
    expect([...new Set(mistakes)]).toEqual([]);
  });

  it('has no ordinary space before : ; ? ! » nor after «', () => {
    const mistakes = pages.flatMap((path) =>
      ownText(readPage(path)).flatMap((line) => [...line.matchAll(/ [:;?!»]|« /g)].map((match) => `${path}: ${line.slice(Math.max(0, match.index - 30), match.index + 30)}`)),
    );
    expect([...new Set(mistakes)]).toEqual([]);
  });
});
