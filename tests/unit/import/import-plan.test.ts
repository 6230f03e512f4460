import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../../src/lib/content/content-error';
import { groupProjectFiles, type ProjectFiles } from '../../../src/lib/content/content-files';
import { planImport, type ImportPlan } from '../../../src/lib/import/import-plan';
import { seedHash } from '../../../src/lib/seed/seed-manifest';
import { fixturesRoot, readTree } from '../../helpers/fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const today = '2025-01-10';

/** The minimal valid project of the fixtures (it knows Alep, the ANS and the OSDH), in memory, with extra files. */
function project(extra: Record<string, Uint8Array> = {}): ProjectFiles {
  const files = new Map([...readTree(join(fixturesRoot, 'base')), ...Object.entries(extra)]);
  return groupProjectFiles([...files].map(([path, bytes]) => ({ path, bytes })));
}

const article = utf8(
  [
    'Hama : l’armée recule',
    '',
    'Hama : l’armée recule',
    'Le 1er décembre 2024, l’Armée nationale syrienne a pris Alep, selon l’OSDH.',
    '-',
    'Un autre article sans rapport',
    '-',
    'Mercredi, Maria Zakharova a parlé de Hama.',
    'PREV Un sujet voisin',
  ].join('\r\n'),
);

function plan(bytes: Uint8Array, files = project(), options: { slug?: string; path?: string } = {}): ImportPlan {
  return planImport({ sourcePath: options.path ?? 'in/hama.txt', sourceBytes: bytes, today, files, ...(options.slug ? { slug: options.slug } : {}) });
}

function errors(result: ImportPlan): string[] {
  return result.ok ? [] : result.errors.map(formatContentError);
}

describe('planImport', () => {
  it('writes the seed byte for byte, its manifest line and the article stub', () => {
    const result = plan(article);
    if (!result.ok) throw new Error(errors(result).join('\n'));
    expect(result.writes.map((file) => [file.path, file.createOnly])).toEqual([
      ['seeds/hama.txt', true],
      ['seeds/SHA256SUMS', false],
      ['content/articles/hama-armee-recule.mdx', true],
      ['review/hama-armee-recule-noms.yaml', true],
      ['review/hama-armee-recule-chronologie.yaml', true],
    ]);
    expect(result.writes[0]!.bytes).toBe(article);
    expect(decode(result.writes[1]!.bytes)).toBe(`a105311c67f85b226186d8d5445bcb1a5b32f5da125698ffc00b951239a448dd  alep.txt\n${seedHash(article)}  hama.txt\n`);
  });

  it('writes a stub whose frontmatter marks what the editor must complete', () => {
    const result = plan(article);
    const mdx = result.ok ? decode(result.writes[2]!.bytes) : '';
    expect(mdx).toContain('title: "Hama : l’armée recule"\ntitleOrigin: seed\noutlet: "À compléter : le nom du média qui publie ce texte."\noutletInferred: true\n');
    expect(mdx).toContain('language: fr\npublished: 2024-12-01\npublishedPrecision: approximate\n');
    expect(mdx).toContain('publishedNote: "Date proposée à l’import (probable), à vérifier : fait daté le plus récent du texte, ligne 4 : « 1er décembre 2024 » (avec l’année) ; le texte a pu paraître plus tard."');
    expect(mdx).toContain('seed: hama.txt\nboilerplate:\n  - line: 3\n    text: "Hama : l’armée recule"\n    kind: repeated-title\n  - line: 5\n    text: "-"\n    kind: separator\n');
    expect(mdx).toContain('summary: "À compléter :');
    expect(mdx).toContain('framing: "À compléter :');
    expect(mdx.split('---\n')[2]).toBe('\nLe 1er décembre 2024, l’Armée nationale syrienne a pris Alep, selon l’OSDH.\n\nMercredi, Maria Zakharova a parlé de Hama.\n');
  });

  it('reports, in French, the boilerplate to check, the dates and the unknown names, then the next steps', () => {
    const result = plan(article);
    const report = result.ok ? result.report.join('\n') : '';
    expect(report).toContain('Boilerplate proposé (5 lignes, hors de la page) — à vérifier par l’éditeur');
    expect(report).toContain('  ligne 6 [related-link] « Un autre article sans rapport » : titre court sans ponctuation finale entre deux séparateurs');
    expect(report).toContain('  ligne 9 [prev-next] « PREV Un sujet voisin »');
    expect(report).toContain('  ligne 8 « Mercredi » → 2024-11-27 : jour de la semaine');
    expect(report).toContain('Date proposée pour published : 2024-12-01 (confiance : probable) ; fait daté le plus récent du texte, ligne 4 : « 1er décembre 2024 » (avec l’année)');
    expect(report).toContain('  Maria Zakharova ×1 (ligne 8) : nouvel acteur ou lieu ?');
    // A single word that resembles no entry is left out as noise, and counted.
    expect(report).toContain('  (1 mot isolé écarté : un seul mot à majuscule qui ne ressemble à aucune fiche)');
    expect(report).not.toMatch(/^ {2}(Alep|OSDH|Armée nationale syrienne) /m);
    expect(report).toContain('  content/articles/hama-armee-recule.mdx');
    expect(report).toContain('Lancez `npm run check`');
    expect(report).toContain('Intertitres : aucun');
    expect(report).toContain('Faits datés qu’aucun événement ne raconte (nouveaux événements à écrire ?) :\n  e1 ligne 4 → 2024-12-01 « Le 1er décembre 2024, l’Armée nationale syrienne a pris Alep, selon l’OSDH. » (lieux : alep)');
    expect(report).toContain('npm run new:article -- --accept hama-armee-recule');
  });

  it('uses the slug given with --slug', () => {
    const result = plan(article, project(), { slug: 'recul-a-hama' });
    expect(result.ok && result.writes[2]!.path).toBe('content/articles/recul-a-hama.mdx');
  });

  it('refuses a slug that is not an id', () => {
    expect(errors(plan(article, project(), { slug: 'Recul à Hama' }))).toEqual([
      'command line:1:1  Unexpected slug "Recul à Hama", expected lower-case ASCII words joined by hyphens (it becomes the URL)  (fix: use --slug recul-a-hama)',
    ]);
  });

  it('refuses to overwrite an existing article', () => {
    const files = project({ 'content/articles/hama-armee-recule.mdx': utf8('---\ntitle: À moi\n---\n') });
    expect(errors(plan(article, files))).toEqual([
      'content/articles/hama-armee-recule.mdx:1:1  Refusing to overwrite content/articles/hama-armee-recule.mdx, which already exists  (fix: choose another slug with --slug <slug>; an existing article is never replaced)',
    ]);
  });

  it('refuses to overwrite a different seed of the same name', () => {
    expect(errors(plan(article, project(), { path: 'in/alep.txt' }))).toEqual([
      'seeds/alep.txt:1:1  Refusing to overwrite seeds/alep.txt, which holds a different text; seeds are never replaced  (fix: rename the file (e.g. "alep-2.txt") and import it again)',
    ]);
  });

  it('accepts a seed already copied with the same bytes, and does not copy it again', () => {
    const files = project({ 'seeds/hama.txt': article, 'seeds/SHA256SUMS': utf8(`${seedHash(article)}  hama.txt\n`) });
    const result = plan(article, files);
    expect(result.ok && result.writes.map((file) => file.path)).toEqual(['seeds/SHA256SUMS', 'content/articles/hama-armee-recule.mdx', 'review/hama-armee-recule-noms.yaml', 'review/hama-armee-recule-chronologie.yaml']);
    expect(result.ok && decode(result.writes[0]!.bytes)).toBe(`${seedHash(article)}  hama.txt\n`);
    expect(result.ok && result.report).toContain('  seeds/hama.txt (déjà présent, octet pour octet identique : inchangé)');
  });

  it('numbers lines as an editor sees them in a file with a byte-order mark and CRLF ends', () => {
    const result = plan(new Uint8Array([0xef, 0xbb, 0xbf, ...article]));
    expect(result.ok && decode(result.writes[2]!.bytes)).toContain('  - line: 9\n    text: PREV Un sujet voisin\n    kind: prev-next\n');
  });

  it('refuses an empty file and a file that is not UTF-8, writing nothing', () => {
    expect(errors(plan(utf8('  \r\n\r\n')))).toEqual(['in/hama.txt:1:1  Unexpected empty file, expected the text of an article  (fix: check that you picked the right file and that it was saved)']);
    expect(errors(plan(new Uint8Array([...utf8('Titre\nUne ligne.\nD'), 0xe9, 0x6a, 0xe0])))).toEqual([
      'in/hama.txt:3:1  Unexpected byte that is not UTF-8, expected a text file encoded in UTF-8  (fix: save the file as UTF-8 in your editor ("Enregistrer sous…", encodage UTF-8))',
    ]);
  });

  it('refuses a text with nothing besides its title and boilerplate', () => {
    expect(errors(plan(utf8('Titre\n-\nCopyright © Quelqu’un')))).toEqual([
      'in/hama.txt:1:1  Unexpected text with nothing besides its title and boilerplate, expected the paragraphs of an article  (fix: check that the file holds the whole article)',
    ]);
  });

  it('never falls back on the day of the import: with no dated happening, the date stays to write', () => {
    const result = plan(utf8('Titre\nJeudi, la ville est tombée.'));
    const mdx = result.ok ? decode(result.writes[2]!.bytes) : '';
    expect(mdx).not.toContain(today);
    expect(mdx).toContain('published: "À compléter : la date de publication, AAAA-MM-JJ (le texte ne permet pas de la déduire)."\n');
    expect(mdx).toContain('publishedNote: "À compléter : comment la date de publication a été trouvée."');
    expect(result.ok && result.report.join('\n')).toContain('Date proposée pour published : aucune (aucune date de mise en ligne ni aucun fait daté dans le texte');
  });

  it('writes as intertitles only short lines that read like one, and lists them', () => {
    const result = plan(utf8('Titre\nUn paragraphe qui finit.\nThumbnail\nLa bataille de Hama\n12:45\nhama\nUn autre paragraphe.'));
    const mdx = result.ok ? decode(result.writes[2]!.bytes) : '';
    expect(mdx.split('---\n')[2]).toBe('\nUn paragraphe qui finit.\n\n## La bataille de Hama\n\n12\\:45\n\nhama\n\nUn autre paragraphe.\n');
    expect(result.ok && result.report).toContain('  ligne 4 « La bataille de Hama »');
  });
});
