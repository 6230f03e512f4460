import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/check-project';
import { formatContentError } from '../../../src/lib/content/content-error';
import { readProjectFiles } from '../../../src/lib/content/content-files';
import { loadProject } from '../../../src/lib/content/load-project';
import { planImport, type FileToWrite } from '../../../src/lib/import/import-plan';
import { fixturesRoot } from '../../helpers/fixtures';
import { projectRoot } from '../../helpers/project';

/** A text with what seeds bring: BOM, CRLF, a repeated title, links, a footer, and characters MDX would read as syntax. */
const lines = [
  'Alep : la « bataille » continue',
  '',
  'Alep : la « bataille » continue',
  'Le 1er décembre 2024, l’Armée nationale syrienne {ANS} a pris <b>Alep</b>, selon l’OSDH.',
  '* * *',
  'Un autre article sans rapport',
  '* * *',
  '# Ceci n’est pas un titre : 1. ni une liste, ni :directive[x]{#id} ni *emphase*.',
  '\u00a0',
  'Mercredi, Maria Zakharova a dit : « Nous suivons la situation » _de près_ & <avec> soin.',
  'Un intertitre sans point',
  '1. Une ligne qui commence comme une liste.',
  '> Une ligne qui commence comme une citation.',
  'Suivez-nous sur les réseaux',
  'Copyright © Une agence, 2024',
];
const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(lines.join('\r\n') + '\r\n')]);

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'chronique-import-'));
  cpSync(join(fixturesRoot, 'base'), root, { recursive: true });
  mkdirSync(join(root, 'in'));
  writeFileSync(join(root, 'in', 'alep-bataille.txt'), bytes);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** What an editor does after the import: replaces each placeholder with real words. */
function complete(path: string): void {
  const text = readFileSync(path, 'utf8')
    .replace(/^outlet: .*$/m, 'outlet: Agence d’essai')
    .replace(/^(outletNote|summary|framing): "À compléter.*$/gm, (_line, field: string) => `${field}: Une phrase écrite par l’éditeur pour le champ ${field}.`);
  writeFileSync(path, text);
}

/** What scripts/new-article.ts does with a plan. */
function write(files: readonly FileToWrite[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.bytes, { flag: file.createOnly ? 'wx' : 'w' });
  }
}

const importFile = (slug?: string) =>
  planImport({ sourcePath: 'in/alep-bataille.txt', sourceBytes: readFileSync(join(root, 'in', 'alep-bataille.txt')), today: '2025-01-10', files: readProjectFiles(root), ...(slug ? { slug } : {}) });

describe('importing an article into a copy of a minimal project', () => {
  it('creates an article refused while unfinished, that passes every content check once completed, fidelity to its seed included', () => {
    const plan = importFile();
    if (!plan.ok) throw new Error(plan.errors.map(formatContentError).join('\n'));
    write(plan.writes);

    const unfinished = checkProject(readProjectFiles(root), { today: '2025-01-10' }).errors.map((error) => error.message.split(' "')[0]);
    expect(unfinished).toEqual(['outlet', 'outletNote', 'summary', 'framing'].map((field) => `Unexpected placeholder left by the import in ${field}`));
    complete(join(root, 'content', 'articles', 'alep-la-bataille-continue.mdx'));

    const files = readProjectFiles(root);
    const { project, errors } = loadProject(files);
    expect(errors.map(formatContentError)).toEqual([]);
    expect(checkProject(files, { today: '2025-01-10' }).errors.map(formatContentError)).toEqual([]);

    const article = project.articles.get('alep-la-bataille-continue')!;
    expect(article.data).toMatchObject({ title: lines[0], titleOrigin: 'seed', seed: 'alep-bataille.txt', published: '2024-12-01', publishedPrecision: 'approximate', outletInferred: true });
    expect(article.data.boilerplate.map((entry) => [entry.line, entry.kind])).toEqual([
      [3, 'repeated-title'],
      [5, 'separator'],
      [6, 'related-link'],
      [7, 'separator'],
      [14, 'aggregator-footer'],
      [15, 'credit'],
    ]);
    expect(article.blocks.map((block) => block.text)).toEqual([lines[3], lines[7], lines[9], lines[10], lines[11], lines[12]]);
    expect(readFileSync(join(root, 'seeds', 'alep-bataille.txt'))).toEqual(Buffer.from(bytes));
  });

  it('refuses to import the same text again, and writes nothing', () => {
    const first = importFile();
    if (!first.ok) throw new Error('first import refused');
    write(first.writes);
    const manifest = readFileSync(join(root, 'seeds', 'SHA256SUMS'));

    const again = importFile();
    expect(again.ok ? [] : again.errors.map((error) => error.message)).toEqual([
      'Refusing to overwrite content/articles/alep-la-bataille-continue.mdx, which already exists',
      'Unexpected second import of seeds/alep-bataille.txt, already the seed of content/articles/alep-la-bataille-continue.mdx',
    ]);
    expect(readFileSync(join(root, 'seeds', 'SHA256SUMS'))).toEqual(manifest);
  });
});

describe('npm run new:article', () => {
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  const script = join(projectRoot, 'scripts', 'new-article.ts');
  const run = (...args: string[]) => spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: root } });

  it('imports the file, prints the report and exits with 0', () => {
    const result = run('in/alep-bataille.txt', '--slug', 'bataille-d-alep');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Fichiers écrits :\n  seeds/alep-bataille.txt (copie octet pour octet)\n');
    expect(existsSync(join(root, 'content', 'articles', 'bataille-d-alep.mdx'))).toBe(true);
  }, 30_000);

  it('refuses with an error in the ContentError format, exit code 1 and nothing written', () => {
    writeFileSync(join(root, 'in', 'latin1.txt'), new Uint8Array([0x54, 0x0a, 0xe9, 0x74, 0xe9]));
    const result = run('in/latin1.txt');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^in\/latin1\.txt:2:1 {2}Unexpected byte that is not UTF-8/);
    expect(existsSync(join(root, 'seeds', 'latin1.txt'))).toBe(false);

    const missing = run('in/absent.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('in/absent.txt:1:1  Missing file, expected the path of a .txt article');
  }, 30_000);
});
