import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/check-project';
import { formatContentError } from '../../../src/lib/content/content-error';
import { readProjectFiles } from '../../../src/lib/content/content-files';
import { proposeBoilerplate } from '../../../src/lib/import/boilerplate';
import { planImport } from '../../../src/lib/import/import-plan';
import { fixturesRoot } from '../../helpers/fixtures';

/**
 * An article as an editor pastes it from a news site (written for this test): byline and dateline,
 * share prompt, image placeholder, caption and credit, an intertitle, a list of related headlines,
 * an embedded post in English, a "§" separator, a newsletter prompt and a copyright, with CRLF ends.
 */
const paste = readFileSync(join(fixturesRoot, 'import', 'homs-web.txt'), 'utf8').replace(/\n/g, '\r\n');
const slug = 'homs-portes';
const articlePath = `content/articles/${slug}.mdx`;
const today = '2024-12-31';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'chronique-paste-'));
  cpSync(join(fixturesRoot, 'base'), root, { recursive: true });
  // The registry knows the HTS leader under another spelling than the article's.
  writeFileSync(join(root, 'content', 'actors', 'abou-mohammad-al-jolani.yaml'), 'name: Abou Mohammad al-Jolani\nkind: person\ngender: m\naliases:\n  - Jolani\ndescription: Chef de HTS, une fiche d’essai pour ce test.\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function importPaste() {
  const plan = planImport({ sourcePath: 'in/homs-web.txt', sourceBytes: new TextEncoder().encode(paste), slug, today, files: readProjectFiles(root) });
  if (!plan.ok) throw new Error(plan.errors.map(formatContentError).join('\n'));
  for (const file of plan.writes) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.bytes, { flag: file.createOnly ? 'wx' : 'w' });
  }
  return plan.report.join('\n');
}

const edit = (path: string, change: (text: string) => string) => writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
const errors = () => checkProject(readProjectFiles(root), { today }).errors.map(formatContentError);

describe('importing an article pasted from a web page', () => {
  it('proposes every line of the page around the article as boilerplate, each with its kind, and nothing else', () => {
    importPaste();
    const mdx = readFileSync(join(root, articlePath), 'utf8');
    const kinds = [...mdx.matchAll(/- line: (\d+)\n\s+text: .*\n\s+kind: (.+)/g)].map((match) => [Number(match[1]), match[2]]);
    expect(kinds).toEqual([
      [3, 'byline'],
      [4, 'byline'],
      [5, 'share-prompt'],
      [6, 'placeholder'],
      [7, 'caption'],
      [8, 'caption'],
      [13, 'related-link'],
      [14, 'related-link'],
      [15, 'related-link'],
      [17, 'embed'],
      [18, 'embed'],
      [20, 'separator'],
      [21, 'share-prompt'],
      [22, 'credit'],
    ]);
    // The body stays verbatim; the only intertitle is the line that reads like one.
    expect(mdx.split('---\n')[2]!.match(/^## .*$/gm)).toEqual(['## Une ville sur la route de Damas']);
  });

  it('dates it from its dateline, not from the caption, and says why', () => {
    const report = importPaste();
    const mdx = readFileSync(join(root, articlePath), 'utf8');
    expect(mdx).toContain('published: 2024-12-07\npublishedPrecision: day\n');
    expect(mdx).toContain('publishedNote: "Date proposée à l’import (sûre), à vérifier : ligne de mise en ligne, ligne 4 : « samedi 7 décembre 2024 »."');
    expect(report).toContain('ligne 7 « 6 décembre 2024 » → 2024-12-06 : date explicite avec l’année (ligne proposée en boilerplate : non retenue)');
    expect(report).toContain('ligne 18 « December 7, 2024 » → 2024-12-07 : date explicite avec l’année (message intégré)');
  });

  it('offers another spelling of a known name as its alias, in a review file outside the content', () => {
    const report = importPaste();
    expect(report).toContain('  Abou Mohammed al-Joulani ×1 (ligne 19) : alias de Abou Mohammad al-Jolani (abou-mohammad-al-jolani) ?');
    expect(report).toContain('  HTS ×1 (ligne 19) : nouvel acteur ou lieu ?');
    const review = readFileSync(join(root, 'review', `${slug}-noms.yaml`), 'utf8');
    expect(review).toContain('fichier: content/actors/abou-mohammad-al-jolani.yaml\n    ajouter_a_aliases: Abou Mohammed al-Joulani');
  });

  it('refuses to publish it while unfinished, keeps it out as a draft, and publishes it once completed', () => {
    importPaste();
    expect(errors().map((error) => error.replace(/ ".*$/, ''))).toEqual(
      [[4, 9, 'outlet'], [6, 13, 'outletNote'], [55, 10, 'summary'], [56, 10, 'framing']].map(([line, column, field]) => `${articlePath}:${line}:${column}  Unexpected placeholder left by the import in ${field}`),
    );

    edit(articlePath, (text) => text.replace(/^framing: (.*)$/m, 'framing: $1\ndraft: true'));
    const draft = checkProject(readProjectFiles(root), { today });
    expect(draft.errors.map(formatContentError)).toEqual([]);
    expect(draft.project.articles.has(slug)).toBe(false);
    expect(draft.notes.map((note) => note.message)).toEqual(['Draft left out of the built site (shown by npm run dev)']);

    edit(articlePath, (text) =>
      text
        .replace(/^draft: true\n/m, '')
        .replace(/^outlet: .*$/m, 'outlet: Le Quotidien du Levant')
        .replace(/^outletInferred: true$/m, 'outletInferred: false')
        .replace(/^(outletNote|summary|framing): "À compléter.*$/gm, (_line, field: string) => `${field}: Une phrase de l’éditeur pour le champ ${field} de cet article.`),
    );
    edit('content/actors/abou-mohammad-al-jolani.yaml', (text) => text.replace('  - Jolani\n', '  - Jolani\n  - Abou Mohammed al-Joulani\n'));
    const done = checkProject(readProjectFiles(root), { today });
    expect(done.errors.map(formatContentError)).toEqual([]);
    const article = done.project.articles.get(slug)!;
    expect(article.blocks.map((block) => block.line > 0 && block.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph']);
    const mentions = done.annotations.articles.get(slug)!.blocks.flatMap((block) => block.analysis.mentions.map((mention) => mention.entity.id));
    expect(mentions).toContain('abou-mohammad-al-jolani');
  });
});

describe('another site’s layout', () => {
  it('finds its boilerplate too, and leaves the article’s own lines (“Par ailleurs, …”, a one-word line)', () => {
    const text = readFileSync(join(fixturesRoot, 'import', 'alep-web.txt'), 'utf8');
    expect(proposeBoilerplate(text).map(({ line, kind }) => [line, kind])).toEqual([
      [2, 'byline'],
      [3, 'byline'],
      [4, 'placeholder'],
      [5, 'caption'],
      [6, 'caption'],
      [10, 'related-link'],
      [12, 'embed'],
      [13, 'embed'],
      [14, 'separator'],
      [15, 'share-prompt'],
      [16, 'share-prompt'],
      [17, 'share-prompt'],
    ]);
  });
});
