import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { distRoot, readPage, selectAll } from '../helpers/dist';

/**
 * The search page as a reader uses it: every result reachable, the source articles that name the
 * query first, excerpts that keep their spaces, results as one types, and an index of names
 * without JavaScript.
 */
const site = siteInBrowser();

async function open(path: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  const response = await page.goto(site.url + path);
  expect(response?.status()).toBe(200);
  return page;
}

/** The number of results the status line announces, once the search has answered. */
async function announced(page: Page): Promise<number> {
  const status = page.locator('#recherche-etat');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/trouvées? pour|Aucun résultat/);
  return Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
}

/** Every result, after pressing "Afficher plus" until there is nothing more. */
async function allResults(page: Page): Promise<{ href: string; kind: string; excerpt: string }[]> {
  const more = page.locator('#recherche-plus');
  for (let presses = 0; await more.isVisible(); presses += 1) {
    expect(presses).toBeLessThan(50);
    const before = await page.locator('#recherche-resultats > li').count();
    await more.click();
    await expect.poll(() => page.locator('#recherche-resultats > li').count()).toBeGreaterThan(before);
  }
  return page.locator('#recherche-resultats > li').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a')!.getAttribute('href')!,
      kind: item.querySelector('.search-kind')!.textContent ?? '',
      excerpt: item.querySelector('p')!.textContent ?? '',
    })),
  );
}

/** The source pages whose text, as built, contains the word: what a reader expects the search to put first. */
function sourcePagesNaming(word: string): string[] {
  return readdirSync(join(distRoot, 'sources'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/sources/${entry.name}/`)
    .filter((path) => selectAll('main', readPage(path)).some((main) => new RegExp(`\\b${word}\\b`).test(toString(main))));
}

describe('searching "Rastan"', () => {
  it('reaches every result the index holds, ten at a time, each leading to a page that exists', async () => {
    const page = await open('recherche/?q=Rastan');
    const count = await announced(page);
    // Pagefind's own answer, asked in the page (a string, so that the test runner leaves its import alone).
    const indexed = await page.evaluate<number>(`import('${new URL(site.url).pathname}pagefind/pagefind.js').then((index) => index.search('Rastan')).then((search) => search.results.length)`);
    expect(count).toBe(indexed);
    expect(count).toBeGreaterThan(10);
    expect(await page.locator('#recherche-resultats > li').count()).toBe(10);
    const results = await allResults(page);
    expect(results).toHaveLength(count);
    expect(new Set(results.map((result) => result.href)).size).toBe(count);
    for (const result of results) {
      const response = await page.request.get(new URL(result.href, site.url).href);
      expect(response.status(), result.href).toBe(200);
    }
    await page.context().close();
  });

  it('lists the source articles that name Rastan first, marked as sources, each linked to its passage', async () => {
    const expected = sourcePagesNaming('Rastan');
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const page = await open('recherche/?q=Rastan');
    await announced(page);
    const results = await allResults(page);
    const pathOf = (href: string) => new URL(href, site.url).pathname;
    expect(results.slice(0, expected.length).map((result) => pathOf(result.href)).sort()).toEqual(expected.sort());
    expect(results.slice(0, expected.length).every((result) => result.kind === 'Source')).toBe(true);
    expect(results.slice(expected.length).filter((result) => result.kind === 'Source')).toEqual([]);
    // The source that writes the name in its text leads to that paragraph.
    expect(results.some((result) => /^\/sources\/[^/]+\/#p-[0-9a-f]{8}$/.test(result.href))).toBe(true);
    await page.context().close();
  });

  it('shows excerpts with the spaces of the text: "Rastan et Talbisseh", not "Rastanet Talbisseh"', async () => {
    const page = await open('recherche/?q=Rastan');
    await announced(page);
    const results = await allResults(page);
    const source = results.find((result) => result.href.startsWith('/sources/homs-fuite-des-habitants/'));
    expect(source?.excerpt).toContain('Rastan et Talbisseh');
    for (const result of results) {
      expect(result.excerpt, result.href).not.toMatch(/Rastan[^\s,.;:)»’'-]/);
      expect(result.excerpt, result.href).not.toMatch(/\p{Ll}\p{Lu}\p{Ll}/u);
    }
    await page.context().close();
  });

  it('moves the focus to the first new result when more are shown', async () => {
    const page = await open('recherche/?q=Rastan');
    await announced(page);
    await page.locator('#recherche-plus').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#recherche-resultats > li')[10])).toBe(true);
    await page.context().close();
  });
});

describe('the search page', () => {
  it('answers as one types, and keeps the query in the address', async () => {
    const page = await open('recherche/');
    await page.locator('#recherche-champ').pressSequentially('Talbis', { delay: 40 });
    expect(await announced(page)).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Talbis');
    expect(await page.locator('#recherche-resultats mark').first().textContent()).toMatch(/^Talbis/);
    await page.context().close();
  });

  it('without JavaScript, says why and offers the index of names, each spelling leading to its page', async () => {
    const page = await open('recherche/?q=Rasten', { javaScript: false });
    await expect(page.locator('.search-fallback .notice').textContent()).resolves.toContain('a besoin de JavaScript');
    const rasten = page.locator('.name-index li', { hasText: /^\s*Rasten\b/ });
    expect(await rasten.count()).toBe(1);
    expect(await rasten.locator('a').getAttribute('href')).toBe('/lieux/rastan/');
    expect(await page.locator('.name-index a').count()).toBeGreaterThan(100);
    await page.context().close();
  });
});
