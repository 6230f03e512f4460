import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderArticleFile } from '../../src/lib/article/article-file';
import { groupProjectFiles, type SourceFile } from '../../src/lib/content/content-files';
import { formatContentError } from '../../src/lib/content/content-error';
import { loadProject } from '../../src/lib/content/load-project';
import { expectedBlocks } from '../../src/lib/seed/fidelity';
import { formatSeedManifest, seedHash } from '../../src/lib/seed/seed-manifest';
import { fixturesRoot, readTree } from '../helpers/fixtures';

const encoder = new TextEncoder();
const base = readTree(`${fixturesRoot}/base`);
const baseArticle = new TextDecoder().decode(base.get('content/articles/alep-tombe.mdx'));
const baseFrontmatter = parse(baseArticle.split('---')[1]!) as Record<string, unknown>;

/** The base project with its one seed replaced by `seed`, imported the way `new:article` does. */
function projectWithSeed(seedBytes: Uint8Array) {
  const text = new TextDecoder().decode(seedBytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const frontmatter = { ...baseFrontmatter, title: text.split('\n')[0], boilerplate: [] };
  const files = new Map(base);
  files.delete('content/events/2024-11-27-offensive-alep.yaml');
  files.set('seeds/alep.txt', seedBytes);
  files.set('seeds/SHA256SUMS', encoder.encode(formatSeedManifest(new Map([['alep.txt', seedHash(seedBytes)]]))));
  files.set('content/articles/alep-tombe.mdx', encoder.encode(renderArticleFile(frontmatter, expectedBlocks(text, { titleOrigin: 'seed', boilerplate: [] }))));
  return loadProject(groupProjectFiles([...files].map(([path, bytes]): SourceFile => ({ path, bytes }))));
}

describe('seeds that must be accepted unchanged', () => {
  it('reads a UTF-8 seed with byte-order mark and CRLF line ends', () => {
    const { project, errors } = projectWithSeed(encoder.encode('\uFEFFTitre\r\nPremière ligne, à Alep.\r\n\r\nSeconde ligne.\r\n'));
    expect(errors.map(formatContentError)).toEqual([]);
    expect(project.articles.get('alep-tombe')!.text).toBe('Première ligne, à Alep.\nSeconde ligne.');
  });

  it('keeps Arabic names inside French text (mixed scripts, right-to-left runs)', () => {
    const line = 'Le chef de HTS, Abou Mohammad al-Jolani (أبو محمد الجولاني), a parlé à Alep (حلب) dimanche.';
    const { project, errors } = projectWithSeed(encoder.encode(`Titre\n${line}\n`));
    expect(errors.map(formatContentError)).toEqual([]);
    expect(project.articles.get('alep-tombe')!.text).toBe(line);
  });

  it('keeps a 50 000-character paragraph whole', () => {
    const paragraph = 'Les forces avancent vers Hama, selon l’OSDH. '.repeat(1100).slice(0, 50_000).trim();
    const { project, errors } = projectWithSeed(encoder.encode(`Titre\n${paragraph}\n`));
    expect(errors.map(formatContentError)).toEqual([]);
    expect(project.articles.get('alep-tombe')!.text).toBe(paragraph);
  });

  it.each([
    ['a script element', 'Texte <script>alert("x")</script> fin.'],
    ['an onerror attribute', 'Image <img src=x onerror=alert(1)> fin.'],
    ['MDX braces and directives', 'Des accolades {1 + 1}, un :actor[faux]{#x} et un *astérisque*.'],
  ])('keeps %s as text, never as code', (_, line) => {
    const { project, errors } = projectWithSeed(encoder.encode(`Titre\n${line}\n`));
    expect(errors.map(formatContentError)).toEqual([]);
    const article = project.articles.get('alep-tombe')!;
    expect(article.blocks.map((block) => block.text)).toEqual([line]);
    expect(JSON.stringify(article.tree)).not.toMatch(/"type":"(mdxJsx|mdxFlow|mdxText|mdxjs|html|textDirective)/);
  });
});

/** The base project with one YAML file replaced: the plausibility rules must let these through. */
function projectWith(path: string, text: string) {
  const files = new Map(base);
  files.set(path, encoder.encode(text));
  return loadProject(groupProjectFiles([...files].map(([file, bytes]): SourceFile => ({ path: file, bytes }))));
}

const baseText = (path: string) => new TextDecoder().decode(base.get(path));
const actor = baseText('content/actors/ans.yaml');
const place = baseText('content/places/alep.yaml');
const event = baseText('content/events/2024-11-27-offensive-alep.yaml');

describe('plausible data that the rules must accept', () => {
  it.each([
    ['a short alias confirmed by the editor', 'content/actors/ans.yaml', actor.replace('  - ANS\n', '  - ANS\n  - AN\nconfirmedAliases:\n  - AN\n')],
    ['a common word confirmed as a name', 'content/actors/ans.yaml', actor.replace('  - ANS\n', '  - ANS\n  - armée\nconfirmedAliases:\n  - armée\n')],
    ['a lower-case alias of several words', 'content/actors/ans.yaml', actor.replace('  - ANS\n', '  - ANS\n  - armée nationale\n')],
    ['an Arabic alias (right-to-left letters, no control character)', 'content/actors/ans.yaml', actor.replace('  - ANS\n', '  - ANS\n  - الجيش الوطني السوري\n')],
    ['a background event long before the corpus period', 'content/events/2024-11-27-offensive-alep.yaml', event.replace('date: "2024-11-27"', 'date: "2011-03-15"').replace('type: offensive', 'type: background')],
    ['an event 90 days before the corpus period', 'content/events/2024-11-27-offensive-alep.yaml', event.replace('date: "2024-11-27"', 'date: "2024-08-29"')],
    ['a border post a few kilometres outside its country', 'content/places/alep.yaml', place.replace('latitude: 36.2021', 'latitude: 36.7210').replace('longitude: 37.1343', 'longitude: 36.5650')],
    ['a place abroad with its own country', 'content/places/alep.yaml', place.replace('country: SY', 'country: TR').replace('governorate: Alep\n', '').replace('latitude: 36.2021', 'latitude: 37.0662').replace('longitude: 37.1343', 'longitude: 37.3833')],
    ['an http: address', 'content/articles/alep-tombe.mdx', baseArticle.replace('language: fr\n', 'url: http://agence-essai.example/alep\nlanguage: fr\n')],
  ])('accepts %s', (_, path, text) => {
    expect(projectWith(path, text).errors.map(formatContentError)).toEqual([]);
  });
});
