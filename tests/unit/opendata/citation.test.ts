import { describe, expect, it } from 'vitest';
import { bibtex, bibtexText, chapterCitation, citationMetaTags, citationRecords, cslJson, iso690, sourceCitation, type CitationRecord } from '../../../src/lib/opendata/citation';
import { realProject } from '../../helpers/project';

const { project } = realProject();
const absolute = (path: string) => `https://exemple.org${path}`;
const chapter = [...project.chapters.values()][0]!;
const translated = [...project.articles.values()].find((article) => article.data.originalSource?.relation === 'translation')!;

const record: CitationRecord = {
  kind: 'sources',
  slug: 'alep-tombe',
  title: 'Alep tombe : 50 % du {centre} & plus',
  authors: [],
  date: '2024-12',
  dateText: 'en décembre 2024',
  publisher: 'Média_Test',
  url: 'https://exemple.org/sources/alep-tombe/',
  language: 'fr',
  abstract: 'Un résumé # d’une phrase complète.',
};

describe('chapterCitation(chapter, absolute) and sourceCitation(article, absolute)', () => {
  it('cites a chapter as Chronique’s, dated by its last revision', () => {
    expect(chapterCitation(chapter, absolute)).toMatchObject({ kind: 'chapitres', title: chapter.data.title, authors: ['Chronique'], date: chapter.data.updated, publisher: 'Chronique', url: `https://exemple.org/chapitres/${chapter.id}/` });
  });

  it('cites a source as its outlet’s, with the work it translates', () => {
    expect(sourceCitation(translated, absolute)).toMatchObject({ kind: 'sources', authors: [], publisher: translated.data.outlet, basedOn: `Traduction de ${translated.data.originalSource!.name}` });
  });
});

describe('citationRecords(project, absolute)', () => {
  it('has one reference per chapter and per source', () => {
    expect(citationRecords(project, absolute)).toHaveLength(project.chapters.size + project.articles.size);
  });
});

describe('citationMetaTags(record)', () => {
  it('gives reference managers the title, date, publisher and address, in Highwire and Dublin Core', () => {
    const tags = Object.fromEntries(citationMetaTags(chapterCitation(chapter, absolute)).map((tag) => [tag.name, tag.content]));
    expect(tags).toMatchObject({
      citation_title: chapter.data.title,
      citation_author: 'Chronique',
      citation_publication_date: chapter.data.updated.replace(/-/g, '/'),
      citation_date: chapter.data.updated.replace(/-/g, '/'),
      citation_publisher: 'Chronique',
      citation_public_url: `https://exemple.org/chapitres/${chapter.id}/`,
      'DC.title': chapter.data.title,
      'DC.date': chapter.data.updated,
      'DC.publisher': 'Chronique',
      'DC.identifier': `https://exemple.org/chapitres/${chapter.id}/`,
    });
  });

  it('names no author for a source that names none', () => {
    expect(citationMetaTags(record).map((tag) => tag.name)).not.toContain('citation_author');
  });
});

describe('bibtexText(text)', () => {
  it('escapes TeX’s special characters and keeps UTF-8', () => {
    expect(bibtexText('50 % & {x} #1 a_b ~ ^ \\ é')).toBe('50 \\% \\& \\{x\\} \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} é');
  });
});

describe('bibtex(record)', () => {
  it('writes a source as a newspaper @article with balanced braces', () => {
    const entry = bibtex(record);
    expect(entry).toMatch(/^@article\{chronique-sources-alep-tombe,\n/);
    expect(entry).toContain('  title = {{Alep tombe : 50 \\% du \\{centre\\} \\& plus}}');
    expect(entry).toContain('  journal = {Média\\_Test}');
    expect(entry).toContain('  date = {2024-12}');
    expect(entry).toContain('  url = {https://exemple.org/sources/alep-tombe/}');
    const unescaped = entry.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });

  it('writes a chapter as @online with Chronique as author', () => {
    expect(bibtex(chapterCitation(chapter, absolute))).toMatch(/^@online\{chronique-chapitres-[a-z0-9-]+,\n {2}title = \{\{.+\}\},\n {2}author = \{\{Chronique\}\}/);
  });
});

describe('cslJson(record)', () => {
  it('is one CSL item with the date as date-parts', () => {
    expect(cslJson(record)).toEqual([
      expect.objectContaining({ id: 'chronique-sources-alep-tombe', type: 'article-newspaper', issued: { 'date-parts': [[2024, 12]] }, 'container-title': 'Média_Test', URL: record.url, language: 'fr-FR' }),
    ]);
    expect(cslJson(chapterCitation(chapter, absolute))[0]).toMatchObject({ type: 'webpage', author: [{ literal: 'Chronique' }] });
  });
});

describe('iso690(record)', () => {
  it('formats a chapter in ISO 690: AUTHOR. Title. In : site [en ligne]. Publisher, date. Address', () => {
    const text = iso690(chapterCitation(chapter, absolute)).map((part) => part.text).join('');
    expect(text).toBe(
      `CHRONIQUE. ${chapter.data.title}. In\u00a0: Chronique — l’offensive de l’opposition syrienne, 27 novembre – 8 décembre 2024 [en ligne]. Chronique, mis à jour le ${chapterCitation(chapter, absolute).dateText.replace('mis à jour le ', '')}. [Consulté le …]. Disponible à l’adresse\u00a0: https://exemple.org/chapitres/${chapter.id}/`,
    );
  });

  it('formats a source without author from its title, the outlet in italics', () => {
    const parts = iso690(record);
    expect(parts[0]).toEqual({ text: 'Alep tombe : 50 % du {centre} & plus. ' });
    expect(parts[1]).toEqual({ text: 'Média_Test', italic: true });
    expect(parts.map((part) => part.text).join('')).toContain('[en ligne]. En décembre 2024. Reproduit dans\u00a0: ');
  });
});
