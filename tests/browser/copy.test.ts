import type { Paragraph, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectedBlocks } from '../../src/lib/seed/fidelity';
import { siteInBrowser } from '../helpers/browser';
import { realProject } from '../helpers/project';

/**
 * What a teacher gets when quoting: real selections copied through the clipboard (Selection API and
 * execCommand('copy'), and a real Ctrl+C), compared with the seed's characters. The site's additions
 * (entity names for screen readers, speakers, paragraph links) must never be part of the copy.
 */
const { project } = realProject();
const articles = [...project.articles.values()];

let context: BrowserContext;
let page: Page;

const site = siteInBrowser(async ({ browser, url }) => {
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  page = await context.newPage();
});

/** Selects `[start, end)` of the element's text (or all of it) and copies it with execCommand. */
async function copy(selector: string, index: number, range?: [number, number], keyboard = false): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.evaluate(
    ({ selector, index, range }) => {
      const element = document.querySelectorAll(selector)[index]!;
      const selection = getSelection()!;
      selection.removeAllRanges();
      const selected = document.createRange();
      if (!range) selected.selectNodeContents(element);
      else {
        // Map character offsets of the element's text to text nodes.
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let at = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (range[0] >= at && range[0] <= at + length && selected.startContainer === document) selected.setStart(node, range[0] - at);
          if (range[1] >= at && range[1] <= at + length) {
            selected.setEnd(node, range[1] - at);
            break;
          }
          at += length;
        }
      }
      selection.addRange(selected);
    },
    { selector, index, range },
  );
  if (keyboard) await page.keyboard.press('Control+C');
  else await page.evaluate(() => document.execCommand('copy'));
  return page.evaluate(() => navigator.clipboard.readText());
}

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

describe.each(articles.map((article) => [article.id, article] as const))('copying from the source page %s', (slug, article) => {
  const blocks = expectedBlocks(article.seedText, article.data).map((block) => block.text);

  it('gives the whole text, line for line, as the seed has it', async () => {
    await page.goto(`${site.url}sources/${slug}/`);
    expect(lines(await copy('.source-text', 0))).toEqual(blocks.map((block) => block.trim()));
  });

  it('gives each paragraph exactly', async () => {
    await page.goto(`${site.url}sources/${slug}/`);
    for (const [index, block] of blocks.entries()) {
      expect(await copy('.source-text > :is(p, h2)', index)).toBe(block.trim());
    }
  });

  it('gives a word and a sentence across annotations exactly', async () => {
    await page.goto(`${site.url}sources/${slug}/`);
    // The paragraph with the most annotations: selections there cross the most boundaries.
    const index = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('.source-text > :is(p, h2)')];
      const counts = paragraphs.map((paragraph) => paragraph.querySelectorAll('a, time, mark').length);
      return counts.indexOf(Math.max(...counts));
    });
    const block = blocks[index]!;
    const text = await page.locator('.source-text > :is(p, h2)').nth(index).evaluate((element) => element.textContent ?? '');
    expect(text).toBe(block);
    const mention = await page.locator('.source-text > :is(p, h2)').nth(index).locator('a.mention').first().textContent();
    const wordStart = block.indexOf(mention!);
    expect(await copy('.source-text > :is(p, h2)', index, [wordStart, wordStart + mention!.length])).toBe(mention);
    const sentenceEnd = block.search(/[.!?»](\s|$)/) + 1 || block.length;
    expect(await copy('.source-text > :is(p, h2)', index, [0, sentenceEnd])).toBe(block.slice(0, sentenceEnd).trim());
    // From the middle of one sentence to the middle of the paragraph's last words, with a real Ctrl+C.
    let [from, to] = [Math.floor(block.length / 5), Math.floor((block.length * 4) / 5)];
    while (/\s/.test(block[from]!)) from += 1;
    while (/\s/.test(block[to - 1]!)) to -= 1;
    expect(await copy('.source-text > :is(p, h2)', index, [from, to], true)).toBe(block.slice(from, to));
  });
});

describe('copying from a chapter', () => {
  const chapter = [...project.chapters.values()].sort((a, b) => a.data.order - b.data.order)[0]!;
  const blocks = chapter.tree.children.filter((node): node is Paragraph | Heading => node.type === 'paragraph' || node.type === 'heading').map((node) => toString(node));

  it('gives each paragraph and heading its words only: no paragraph link, no arrow', async () => {
    await page.goto(`${site.url}chapitres/${chapter.id}/`);
    const shown = await page.locator('.chapter-text > :is(p, h2, h3)').count();
    expect(shown).toBe(blocks.length);
    for (const [index, block] of blocks.entries()) {
      // Our own prose: French spacing (no-break spaces) may differ from the file's; the words may not.
      expect(spaced(await copy('.chapter-text > :is(p, h2, h3)', index))).toBe(spaced(block));
    }
  });

  it('gives the whole chapter text', async () => {
    await page.goto(`${site.url}chapitres/${chapter.id}/`);
    expect(lines(await copy('.chapter-text', 0, undefined, true)).map(spaced)).toEqual(blocks.map(spaced));
  });
});
