import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';

const site = siteInBrowser();

describe('a reader’s journey', () => {
  it('goes from the home page to a chapter, follows a citation and lands on the highlighted passage', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    await page.getByRole('link', { name: 'Chapitres', exact: true }).first().click();
    await page.locator('.chapter-list a').first().click();
    expect(page.url()).toContain('/chapitres/');
    const citation = page.locator('a.citation-source').first();
    await citation.click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/sources\/[^/]+\/#p-[0-9a-f]{8}/);
    const hash = new URL(page.url()).hash;
    const background = await page.locator(hash).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.goBack();
    expect(page.url()).toContain('/chapitres/');
    await page.close();
  });

  it('opens the right paragraph from a shared paragraph link', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}chapitres/`);
    await page.locator('.chapter-list a').nth(1).click();
    const link = page.locator('.chapter-text p a.para-link').nth(2);
    const href = (await link.getAttribute('href'))!;
    const text = await page.locator(href).innerText();
    await page.goto(page.url().split('#')[0] + href);
    const inView = await page.locator(href).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.locator(href).innerText()).toBe(text);
    await page.close();
  });
});

describe('search', () => {
  it.each(['Rastan', 'Zakharova'])('finds %s', async (query) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}recherche/`);
    await page.getByLabel('Chercher un mot, un nom, un lieu').fill(query);
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.locator('#recherche-resultats li').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#recherche-resultats li').count()).toBeGreaterThan(0);
    expect(await page.locator('#recherche-resultats mark').first().innerText()).toMatch(new RegExp(query, 'i'));
    await page.close();
  });
});

describe('dark mode', () => {
  it('follows prefers-color-scheme', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.url);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 23, 26)');
    await context.close();
  });
});

describe('print', () => {
  it('hides the navigation and prints chapters cleanly', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}chapitres/`);
    await page.locator('.chapter-list a').first().click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.para-link').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });
});
