import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { pageTypes } from '../helpers/page-types';

const site = siteInBrowser();

/** The pages that hold charts: the home page, /graphiques/, a day, an actor, a place, the chronology. */
const chartPages = { home: pageTypes['home']!, charts: pageTypes['charts']!, day: pageTypes['day']!, actor: pageTypes['actor']!, place: pageTypes['place']!, chronology: pageTypes['chronology']! };

interface Measure {
  overflow: number;
  charts: number;
  texts: number;
  small: string[];
  wideCharts: string[];
}

/** In the page: sideways overflow, and the displayed size of every visible chart text (font size × the picture's scale). */
function measure(): Measure {
  const small: string[] = [];
  const wideCharts: string[] = [];
  let texts = 0;
  const figures = [...document.querySelectorAll<HTMLElement>('figure.chart')];
  for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || !svg.viewBox.baseVal || svg.viewBox.baseVal.width === 0) continue;
    const scale = box.width / svg.viewBox.baseVal.width;
    if (box.right > document.documentElement.clientWidth + 0.5) wideCharts.push(svg.closest('figure')?.id ?? '?');
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      if (text.getClientRects().length === 0) continue;
      texts++;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < 11.95) small.push(`${svg.closest('figure')?.id ?? '?'}: "${text.textContent?.slice(0, 30)}" ${size.toFixed(1)} px`);
    }
  }
  for (const figure of figures) {
    for (const element of figure.querySelectorAll<HTMLElement>('figcaption, figcaption *, .map-key li')) {
      if (element.getClientRects().length === 0 || !element.textContent?.trim()) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 11.95) small.push(`${figure.id}: "${element.textContent.slice(0, 30)}" ${size.toFixed(1)} px`);
    }
  }
  return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, charts: figures.length, texts, small, wideCharts };
}

describe.each([375, 320, 768, 1280])('charts at %i px', (width) => {
  it.each(Object.entries(chartPages))('%s: no sideways scrolling, no chart wider than the screen, no chart text under 12 px as displayed', async (_, path) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const result = await page.evaluate(measure);
    expect(result.charts).toBeGreaterThan(0);
    expect(result.texts).toBeGreaterThan(0);
    expect(result.overflow).toBeLessThanOrEqual(0);
    expect(result.wideCharts).toEqual([]);
    expect(result.small).toEqual([]);
    await context.close();
  });
});
