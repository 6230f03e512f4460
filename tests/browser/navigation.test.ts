import { describe, expect, it } from 'vitest';
import { navigation } from '../../src/lib/site/navigation';
import { siteInBrowser } from '../helpers/browser';
import { pageTypes } from '../helpers/page-types';

/** The site's navigation on a phone: the first screen shows the page, the sections are one tap away, with or without JavaScript. */
const site = siteInBrowser();
const phone = { width: 375, height: 667 };

describe.each(Object.entries(pageTypes))('the %s page at 375 px', (_, path) => {
  it('gives the header at most 15 % of the screen, and shows the page title on the first screen', async () => {
    const context = await site.browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(phone.height * 0.15);
    const title = await page.locator('main h1').boundingBox();
    expect(title!.y).toBeLessThan(phone.height / 2);
    await context.close();
  });
});

describe('the phone menu', () => {
  const sections = navigation().map((item) => item.label);

  it('opens without JavaScript, from the keyboard, and lists every section once, the current one marked', async () => {
    const context = await site.browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}lieux/`);
    const visibleLinks = () => page.locator('.site-nav a:visible').allTextContents();
    expect(await visibleLinks()).toEqual([]);
    await page.locator('.site-nav summary').focus();
    await page.keyboard.press('Enter');
    expect((await visibleLinks()).map((text) => text.trim())).toEqual(sections);
    expect(await page.locator('.site-nav a:visible[aria-current="page"]').textContent()).toBe('Lieux');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(sections[0]);
    await context.close();
  });

  it('gives way to the row of sections on a wide screen, each link reachable once', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url);
    expect(await page.locator('.site-nav summary').isVisible()).toBe(false);
    expect((await page.locator('.site-nav a:visible').allTextContents()).map((text) => text.trim())).toEqual(sections);
    await context.close();
  });
});
