import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check-project';
import { formatContentError } from '../../src/lib/content/content-error';
import { readProjectFiles } from '../../src/lib/content/content-files';
import type { ClaimReview } from '../../src/lib/import/claim-proposals';
import { planImport } from '../../src/lib/import/import-plan';
import { readerText, readPage, selectAll } from '../helpers/dist';
import { fixturesRoot } from '../helpers/fixtures';
import { projectRoot } from '../helpers/project';
import { buildSite, siteCopy } from '../helpers/site-copy';

/**
 * From a web paste to the built site, in a copy of the site with the small fixture content: the
 * import's proposals, the refusal to publish while unfinished (check and real build), then, once the
 * editor has completed the article and accepted the chronology's proposals with one command, a clean
 * build where the article is a claim of the chronology and a column of the corroboration matrix.
 */
// Written for this test: byline, dateline, share prompt, photo credit, an embedded post, related headlines, a copyright; CRLF ends.
const paste = readFileSync(join(fixturesRoot, 'import', 'alep-essai-web.txt'), 'utf8').replace(/\n/g, '\r\n');
const slug = 'alep-essai';
const today = '2024-12-31';
let root: string;

beforeAll(() => {
  root = siteCopy(join(fixturesRoot, 'base'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const at = (path: string) => join(root, path);
const edit = (path: string, change: (text: string) => string) => writeFileSync(at(path), change(readFileSync(at(path), 'utf8')));
const errors = () => checkProject(readProjectFiles(root), { today }).errors.map(formatContentError);

describe('a web paste, from import to the built site', () => {
  it('proposes the boilerplate, the publication day and the chronology: a claim of the existing event, a new event', () => {
    const plan = planImport({ sourcePath: 'in/alep-essai-web.txt', sourceBytes: new TextEncoder().encode(paste), slug, today, files: readProjectFiles(root), exists: () => false });
    if (!plan.ok) throw new Error(plan.errors.map(formatContentError).join('\n'));
    for (const file of plan.writes) {
      mkdirSync(dirname(at(file.path)), { recursive: true });
      writeFileSync(at(file.path), file.bytes, { flag: file.createOnly ? 'wx' : 'w' });
    }
    const report = plan.report.join('\n');
    expect([...report.matchAll(/^ {2}ligne (\d+) \[([a-z-]+)\]/gm)].map((match) => [Number(match[1]), match[2]])).toEqual([
      [3, 'byline'],
      [4, 'byline'],
      [5, 'share-prompt'],
      [6, 'caption'],
      [10, 'embed'],
      [11, 'embed'],
      [12, 'related-link'],
      [13, 'related-link'],
      [14, 'related-link'],
      [15, 'credit'],
    ]);
    expect(report).toContain('Date proposée pour published : 2024-11-28 (confiance : sûre)');
    expect(report).toContain('c1 ligne 7 → 2024-11-27-offensive-alep [claims par osdh]');
    expect(report).toMatch(/^ {2}e1 ligne 8 → 2024-11-28 « Jeudi, les combattants de l'ANS ont pris plusieurs villages aux portes d'Alep, .*» \(lieux : alep\)$/m);
    const review = parse(readFileSync(at(`review/${slug}-chronologie.yaml`), 'utf8')) as Required<ClaimReview>;
    expect(review.evenements_existants.map((proposal) => proposal.claim)).toEqual([
      [{ article: slug, quote: 'Mercredi, l\'Armée nationale syrienne a lancé une offensive contre les positions gouvernementales à l\'ouest d\'Alep, selon l\'OSDH.', stance: 'claims', by: 'osdh' }],
    ]);
    expect(review.nouveaux_evenements.map((proposal) => [proposal.id, proposal.evenement.date, proposal.evenement['places']])).toEqual([['e1', '2024-11-28', ['alep']]]);
  });

  it('refuses to publish the article while unfinished: npm run check and the build fail on each placeholder', () => {
    expect(errors().map((error) => error.split('  ').slice(0, 2).join('  '))).toEqual(
      ['outlet', 'outletNote', 'summary', 'framing'].map((field) => expect.stringMatching(new RegExp(`^content/articles/${slug}\\.mdx:\\d+:\\d+  Unexpected placeholder left by the import in ${field}`))),
    );
    const build = buildSite(root);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`content/articles/${slug}.mdx`);
    expect(build.output).toContain('Unexpected placeholder left by the import in outlet');
  });

  it('builds cleanly once completed and the proposals accepted, the article among the claims of the chronology and the columns of the matrix', () => {
    edit(`content/articles/${slug}.mdx`, (text) =>
      text
        .replace(/^outlet: .*$/m, 'outlet: Courrier du Levant')
        .replace(/^(outletNote|summary|framing): "À compléter.*$/gm, (_line, field: string) => `${field}: Une phrase écrite par l’éditeur pour le champ ${field}.`),
    );
    // The editor writes the new event's type, title and summary in the review file, then accepts everything in it.
    edit(`review/${slug}-chronologie.yaml`, (text) => {
      const review = parse(text) as Required<ClaimReview>;
      Object.assign(review.nouveaux_evenements[0]!.evenement, { type: 'capture', title: 'L’ANS prend des villages aux portes d’Alep', summary: 'Selon l’OSDH, l’Armée nationale syrienne prend plusieurs villages aux portes d’Alep.' });
      return stringify(review, { lineWidth: 0 });
    });
    const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
    const accept = spawnSync(tsx, [join(root, 'scripts', 'new-article.ts'), '--accept', slug], { cwd: root, encoding: 'utf8' });
    expect(accept.stderr).toBe('');
    expect(accept.stdout).toContain('c1 : ajouté à content/events/2024-11-27-offensive-alep.yaml (claims par osdh)');
    expect(accept.stdout).toContain('e1 : nouvel événement content/events/2024-11-28-ans-prend-des-villages-aux-portes-alep.yaml');
    expect(errors()).toEqual([]);

    const build = buildSite(root);
    expect(build.status, build.output).toBe(0);
    const dist = at('dist');
    const matrix = selectAll('#matrice-corroboration table', readPage('/graphiques/', dist))[0]!;
    const columns = selectAll('thead th', matrix).map((cell) => readerText(cell).trim());
    const column = columns.indexOf('Courrier du Levant');
    expect(column).toBeGreaterThan(0);
    const cells = selectAll('tbody tr', matrix).map((row) => [readerText(selectAll('th', row)[0]!), readerText(selectAll('td', row)[column - 1]!)]);
    expect(cells).toEqual([
      [expect.stringContaining('Offensive sur Alep'), 'affirme'],
      [expect.stringContaining('L’ANS prend des villages aux portes d’Alep'), 'affirme'],
    ]);
    for (const day of ['2024-11-27', '2024-11-28']) {
      const page = readPage(`/chronologie/${day}/`, dist);
      expect(selectAll(`a[href="/sources/${slug}/"]`, page).length, day).toBeGreaterThan(0);
    }
  });
});
