import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baselineArticleFiles, corpusSource, generateCorpus, publicationRange, type CorpusSource } from '../../../scripts/bench/corpus';
import { createRng } from '../../../scripts/bench/lcg';
import { buildPool, createSubstituter, varyDates, withDatePrefix, type BenchEntity } from '../../../scripts/bench/text-pool';
import { normalizeWhitespace } from '../../../src/lib/article/blocks';
import { checkProject } from '../../../src/lib/check-project';
import { readProjectFiles } from '../../../src/lib/content/content-files';
import { parseSeedManifest, seedHash } from '../../../src/lib/seed/seed-manifest';
import { projectRoot, realProject } from '../../helpers/project';

const entities: BenchEntity[] = [
  { kind: 'actor', id: 'hts', group: 'armed-group', forms: ['Hayat Tahrir al-Cham', 'HTS'] },
  { kind: 'actor', id: 'asl', group: 'armed-group', forms: ['Armée syrienne libre', 'ASL'] },
  { kind: 'place', id: 'hama', group: 'city', forms: ['Hama'] },
  { kind: 'place', id: 'homs', group: 'city', forms: ['Homs'] },
];

describe('buildPool', () => {
  it('cuts lines into sentences with the annotator’s splitter and keeps intertitles apart', () => {
    const pool = buildPool([['HTS est entré dans Homs hier soir. L’armée a quitté Hama le 5 décembre.', 'UNE NOUVELLE ARMÉE AU SUD']], ['Un titre']);
    expect(pool.sentences).toEqual(['HTS est entré dans Homs hier soir.', 'L’armée a quitté Hama le 5 décembre.']);
    expect(pool.intertitles).toEqual(['Un titre', 'UNE NOUVELLE ARMÉE AU SUD']);
  });
});

describe('createSubstituter', () => {
  it('replaces a name by one of the same group, whole words only, and records what it now names', () => {
    const substituter = createSubstituter(entities);
    const rng = createRng(3);
    for (let run = 0; run < 20; run++) {
      const { text, actors, places } = substituter.substitute('HTS avance sur Hama, pas sur Hamas.', rng);
      expect(text).toMatch(/^(?:HTS|Hayat Tahrir al-Cham|Armée syrienne libre|ASL) avance sur (?:Hama|Homs), pas sur Hamas\.$/);
      expect(actors).toHaveLength(1);
      expect(['hts', 'asl']).toContain(actors[0]);
      expect(places).toHaveLength(1);
    }
  });
});

describe('varyDates and withDatePrefix', () => {
  it('moves explicit days of November and December to a day up to publication, keeps other months', () => {
    const rng = createRng(5);
    for (let run = 0; run < 30; run++) {
      const text = varyDates('Le 30 novembre 2024, puis le 8 septembre.', rng, '2024-11-28');
      const [, day, month] = /^Le (\d+|1er) (novembre|décembre) 2024, puis le 8 septembre\.$/.exec(text)!;
      expect(month).toBe('novembre');
      expect(Number(day)).toBeGreaterThanOrEqual(24);
      expect(Number(day)).toBeLessThanOrEqual(28);
    }
  });

  it('prefixes a date only where the first word can take a lower case', () => {
    const rng = createRng(9);
    const prefixed = Array.from({ length: 20 }, () => withDatePrefix('Les groupes avancent.', rng, '2024-12-05'));
    expect(prefixed.every((text) => /, les groupes avancent\.$/.test(text))).toBe(true);
    expect(withDatePrefix('Hama est tombée.', rng, '2024-12-05')).toBe('Hama est tombée.');
  });
});

describe('generateCorpus', () => {
  const source: CorpusSource = corpusSource(realProject().project);
  const corpus = generateCorpus(source, { articles: 3, seed: 11 });
  const directory = mkdtempSync(join(tmpdir(), 'chronique-bench-test-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('is the same for the same seed, different for another', () => {
    expect(generateCorpus(source, { articles: 3, seed: 11 }).files).toEqual(corpus.files);
    expect(generateCorpus(source, { articles: 3, seed: 12 }).files).not.toEqual(corpus.files);
  });

  it('writes 6–20 paragraphs per article, published in the range, and about one event per three articles', () => {
    for (const article of corpus.articles) {
      expect(article.paragraphs.length).toBeGreaterThanOrEqual(6);
      expect(article.paragraphs.length).toBeLessThanOrEqual(20);
      expect(article.published >= publicationRange.start && article.published <= publicationRange.end).toBe(true);
    }
    expect(corpus.events).toHaveLength(1);
    expect(generateCorpus(source, { articles: 30 }).events).toHaveLength(10);
  });

  it('quotes each claim exactly and dates each event on or before the articles it cites', () => {
    const bigger = generateCorpus(source, { articles: 30, seed: 2 });
    const bySlug = new Map(bigger.articles.map((article) => [article.slug, article]));
    for (const event of bigger.events) {
      for (const claim of event.claims) {
        const article = bySlug.get(claim.article)!;
        expect(normalizeWhitespace(article.blocks.map((block) => block.text).join('\n'))).toContain(normalizeWhitespace(claim.quote));
        expect(event.date <= article.published).toBe(true);
      }
    }
  });

  it('lists every seed with its hash in SHA256SUMS', () => {
    const manifest = parseSeedManifest(corpus.files.find((file) => file.path === 'seeds/SHA256SUMS')!.text, 'SHA256SUMS');
    const seeds = corpus.files.filter((file) => file.path.endsWith('.txt'));
    expect(seeds).toHaveLength(3);
    for (const seed of seeds) expect(manifest.hashes.get(seed.path.slice('seeds/'.length))).toBe(seedHash(new TextEncoder().encode(seed.text)));
  });

  it('passes every content check of the project (schemas, fidelity to seeds, quotes, citations)', () => {
    for (const folder of ['actors', 'places', 'glossary']) cpSync(join(projectRoot, 'content', folder), join(directory, 'content', folder), { recursive: true });
    for (const file of corpus.files) {
      mkdirSync(dirname(join(directory, file.path)), { recursive: true });
      writeFileSync(join(directory, file.path), file.text);
    }
    const checked = checkProject(readProjectFiles(directory));
    expect(checked.errors).toEqual([]);
    expect(checked.project.articles.size).toBe(3);
    expect(checked.project.events.size).toBe(1);
    expect(checked.project.chapters.size).toBe(3);
    // The annotator has work to do: names and dates in every article.
    for (const annotation of checked.annotations.articles.values()) {
      const analyses = annotation.blocks.map((block) => block.analysis);
      expect(analyses.some((analysis) => analysis.mentions.length > 0)).toBe(true);
    }
  });

  it('gives the baseline the same MDX bodies with a title only', () => {
    const baseline = baselineArticleFiles(corpus);
    const chronique = corpus.files.filter((file) => file.path.startsWith('content/articles/'));
    expect(baseline.map((file) => file.path)).toEqual(chronique.map((file) => file.path));
    baseline.forEach((file, index) => {
      expect(file.text).toMatch(/^---\ntitle: .+\n---\n\n/);
      expect(file.text.split('\n---\n\n')[1]).toBe(chronique[index]!.text.split('\n---\n\n')[1]);
    });
  });
});
