import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { realProject } from '../helpers/project';
import { pageTypes } from '../helpers/page-types';

const { project } = realProject();
const firstOf = <T>(map: Map<string, T>) => [...map.keys()][0]!;

const site = siteInBrowser();

async function open(path: string, width = 1280, options: { javaScript?: boolean } = {}): Promise<{ page: Page; requests: string[] }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const response = await page.goto(site.url + path);
  expect(response?.status()).toBe(200);
  return { page, requests };
}

describe.each(Object.entries(pageTypes))('%s page', (_, path) => {
  // One load at 1280 px serves the accessibility check and the record of every request it made.
  let loaded: Promise<{ page: Page; requests: string[] }> | undefined;
  const atDesktop = () => (loaded ??= open(path));
  afterAll(async () => (await loaded)?.page.context().close());

  it('has no WCAG 2.2 AA violation (axe)', async () => {
    const { page } = await atDesktop();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('fits a 320 px screen without horizontal scrolling', async () => {
    const { page } = await open(path, 320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('requests nothing outside the site', async () => {
    const { page, requests } = await atDesktop();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => !url.startsWith(site.url.replace(/\/$/, '')))).toEqual([]);
  });
});

describe('the 404 page', () => {
  it('answers an unknown address with status 404 and links back', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.url}nulle-part/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: 'l’accueil' }).count()).resolves.toBe(1);
    await context.close();
  });
});

describe('search', () => {
  it('finds a place and links to the passage, from the static index', async () => {
    const { page } = await open('recherche/?q=Talbisseh');
    const first = page.locator('#recherche-resultats li a').first();
    await first.waitFor({ timeout: 15_000 });
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\//);
    const response = await page.goto(new URL(href!, site.url).href);
    expect(response?.status()).toBe(200);
    await page.context().close();
  });
});

describe('paragraph links', () => {
  it('highlight the paragraph a shared link points to', async () => {
    const { page } = await open(`sources/${firstOf(project.articles)}/`);
    const anchor = await page.locator('.source-text p').nth(1).getAttribute('id');
    await page.goto(`${site.url}sources/${firstOf(project.articles)}/#${anchor}`);
    const background = await page.locator(`[id="${anchor}"]`).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });
});

describe('reading without JavaScript', () => {
  it('shows the charts and their data tables', async () => {
    const { page } = await open('graphiques/', 1280, { javaScript: false });
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('figure.chart details table').count()).toBeGreaterThanOrEqual(5);
    await page.context().close();
  });
});
