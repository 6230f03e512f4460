import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { distRoot } from '../helpers/dist';
import { projectRoot } from '../helpers/project';
import { realProject } from '../helpers/project';
import { serveStatic, type StaticServer } from '../helpers/static-server';

/**
 * A printed chapter cites with full addresses: each citation is followed by a note number and the
 * notes at the end give absolute URLs (from SITE_URL). The PDF Chromium prints is read back with
 * pdftotext (poppler-utils).
 */
const pdftotext = '/usr/bin/pdftotext';
const { project } = realProject();
const chapters = [...project.chapters.values()].sort((a, b) => a.data.order - b.data.order);
const output = join(projectRoot, 'test-results', 'print');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!existsSync(pdftotext)) throw new Error(`pdftotext not found at ${pdftotext}: install it with \`apt-get update && apt-get install -y poppler-utils\``);
  browser = await launchBrowser();
  server = await serveStatic(distRoot, '/');
  mkdirSync(output, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(chapters.map((chapter) => [chapter.id] as const))('the printed chapter %s', (slug) => {
  it('ends with numbered notes giving every citation’s absolute URL, and prints no relative URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}chapitres/${slug}/`);
    const citations = await page.locator('.chapter-text a.citation').count();
    const urls = await page.locator('.print-notes .note-url').allTextContents();
    expect(urls).toHaveLength(citations);
    expect(await page.locator('.print-notes').isVisible()).toBe(false);
    for (const url of urls) expect(url).toMatch(/^https?:\/\/[^/]+\//);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-notes').isVisible()).toBe(citations > 0);
    const marker = await page.locator('.chapter-text a.citation').first().evaluate((link) => getComputedStyle(link, '::after').content);
    expect(marker).toBe('counter(note)');
    const pdf = join(output, `${slug}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } }));
    await page.close();

    const text = execFileSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' });
    // A long address wraps across lines: read the notes with line breaks and page furniture removed.
    const joined = text.replace(/\s+/g, '');
    expect(text).toMatch(/^\s*Notes\s*$/m);
    for (const url of urls) expect(joined).toContain(url);
    const relative = [...joined.matchAll(/(.{0,12})\/(sources|chronologie)\/[\w-]+\//g)].filter((match) => !/https?:\/\/[^/]*$/.test(match[1]!) && !/[\w.:-]$/.test(match[1]!));
    expect(relative.map((match) => match[0])).toEqual([]);
    expect(text).not.toMatch(/<\/(sources|chronologie)\//);
  });
});
