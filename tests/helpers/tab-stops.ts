import type { Page } from 'playwright-core';

/**
 * The page's tab stops, in order, as a keyboard user meets them: Tab pressed from the top until focus
 * leaves the page or comes back to an element already met. Each stop is described by its tag,
 * classes and text or label.
 */
export async function tabStops(page: Page, limit = 1000): Promise<string[]> {
  const stops: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let index = 0; index < limit; index += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((index) => {
      const active = document.activeElement as HTMLElement | null;
      if (!active || active === document.body) return null;
      if (active.dataset['tabStop']) return null;
      active.dataset['tabStop'] = String(index);
      return `${active.tagName.toLowerCase()}.${[...active.classList].join('.')} ${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? ''}`;
    }, index);
    if (stop === null) break;
    stops.push(stop);
  }
  return stops;
}
