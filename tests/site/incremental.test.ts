import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../helpers/dist';
import { fixturesRoot } from '../helpers/fixtures';
import { projectRoot } from '../helpers/project';
import { buildSite, siteCopy } from '../helpers/site-copy';

/** A copy of the site with the project's own content and seeds. */
function copyWithProjectContent(): string {
  const root = siteCopy(join(fixturesRoot, 'base'));
  for (const folder of ['content', 'seeds']) {
    rmSync(join(root, folder), { recursive: true, force: true });
    cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
  }
  return root;
}


function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

const article = 'content/articles/homs-fuite-des-habitants.mdx';
// An event citing another article: that article's page and annotations show the event's title.
const event = 'content/events/2024-12-02-ligne-de-deconfliction-avec-la-russie.yaml';

// One copy built, edited, then built again with everything the build keeps (Astro's incremental
// build, the loader's payloads and checked bodies); another copy of the
// edited content built from nothing. A host must get the same site from both.
const rebuilt = copyWithProjectContent();
const fresh = copyWithProjectContent();
let rebuildLog = '';

beforeAll(() => {
  expect(buildSite(rebuilt).status).toBe(0);
  for (const root of [rebuilt, fresh]) {
    // The outlet shows wherever the article is cited: on the day pages of the events citing it too.
    edit(root, article, (text) => text.replace(/^outlet: (.*)$/m, 'outlet: $1 (revu)'));
    edit(root, event, (text) => text.replace(/^title: /m, 'title: (titre revu) '));
  }
  const second = buildSite(rebuilt);
  expect(second.status).toBe(0);
  rebuildLog = stripVTControlCharacters(second.output);
  expect(buildSite(fresh).status).toBe(0);
}, 180_000);

afterAll(() => {
  for (const root of [rebuilt, fresh]) rmSync(root, { recursive: true, force: true });
});

describe('a rebuild after an edit', () => {
  it('renders again the edited source, the one the edited event cites and the pages citing them, and restores the others', () => {
    expect(rebuildLog).toMatch(/2 articles annotés, \d+ repris tels quels/);
    expect(rebuildLog).not.toContain('/sources/homs-fuite-des-habitants/index.html (restored)');
    expect(rebuildLog).not.toContain('/sources/avia-pro-contre-attaque-hama/index.html (restored)');
    expect(rebuildLog).not.toContain('/data/annotations/avia-pro-contre-attaque-hama.jsonld (restored)');
    expect(rebuildLog).toMatch(/\/sources\/[a-z0-9-]+\/index\.html \(restored\)/);
    // Further pages of a day are restored unless what they show changed.
    expect(rebuildLog).toContain('/chronologie/2024-12-01/page/2/index.html (restored)');
    expect(rebuildLog).not.toContain('/chronologie/2024-12-06/page/2/index.html (restored)');
  });

  it('gives the same dist/, byte for byte, as a build of the edited content from nothing', () => {
    const expected = builtFiles(join(fresh, 'dist'));
    expect(builtFiles(join(rebuilt, 'dist'))).toEqual(expected);
    const different = expected.filter((file) => !readFileSync(join(rebuilt, 'dist', file)).equals(readFileSync(join(fresh, 'dist', file))));
    expect(different).toEqual([]);
  });
});
