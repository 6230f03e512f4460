import type { SiteChapter, SiteEntry, SiteProject } from '../content/project';
import type { Article } from '../schemas/article';
import { paths } from '../site/paths';
import { formatDay, formatPublished } from '../text/french-date';
import { publicationDate, siteName } from './schema-org';
import type { AbsoluteUrl } from './web-annotation';

/** The title of the site as a whole, as a bibliography names it. */
export const siteTitle = 'Chronique — l’offensive de l’opposition syrienne, 27 novembre – 8 décembre 2024';

export type CitationKind = 'chapitres' | 'sources';

/** One reference to a page of Chronique: what reference managers, BibTeX, CSL-JSON and ISO 690 read. */
export interface CitationRecord {
  kind: CitationKind;
  slug: string;
  title: string;
  /** People or bodies, as written; none for a news article that names no author. */
  authors: string[];
  /** ISO 8601: a day, or a month when only the month is known. */
  date: string;
  /** The date in words, with what it is ("mis à jour le 23 novembre 2026", "vers le 5 décembre 2024"). */
  dateText: string;
  publisher: string;
  /** The page on Chronique. */
  url: string;
  /** The article where its outlet published it, when known. */
  originalUrl?: string;
  /** For a translation or republication: the work it is based on. */
  basedOn?: string;
  language: string;
  abstract: string;
}

/** A chapter: written by Chronique, dated by its last revision. */
export function chapterCitation(chapter: SiteChapter, absolute: AbsoluteUrl): CitationRecord {
  return {
    kind: 'chapitres',
    slug: chapter.id,
    title: chapter.data.title,
    authors: [siteName],
    date: chapter.data.updated,
    dateText: `mis à jour le ${formatDay(chapter.data.updated)}`,
    publisher: siteName,
    url: absolute(paths.chapter(chapter.id)),
    language: 'fr',
    abstract: chapter.data.summary,
  };
}

/** A source: the outlet's article, reproduced on Chronique. */
export function sourceCitation(article: SiteEntry<Article>, absolute: AbsoluteUrl): CitationRecord {
  const { data } = article;
  return {
    kind: 'sources',
    slug: article.id,
    title: data.title,
    authors: [],
    date: publicationDate(data),
    dateText: formatPublished(data.published, data.publishedPrecision),
    publisher: data.outlet,
    url: absolute(paths.source(article.id)),
    ...(data.url ? { originalUrl: data.url } : {}),
    ...(data.originalSource ? { basedOn: `${data.originalSource.relation === 'translation' ? 'Traduction de' : 'Reprise de'} ${data.originalSource.name}` } : {}),
    language: data.language,
    abstract: data.summary,
  };
}

/** Every citable page: the chapters, then the sources. */
export function citationRecords(project: SiteProject, absolute: AbsoluteUrl): CitationRecord[] {
  return [...[...project.chapters.values()].map((chapter) => chapterCitation(chapter, absolute)), ...[...project.articles.values()].map((article) => sourceCitation(article, absolute))];
}

/** Site-absolute paths of a reference's downloads: `/citer/<kind>/<slug>.bib` and `.json`. */
export const citationPaths = {
  bibtex: (kind: CitationKind, slug: string) => `/citer/${kind}/${slug}.bib`,
  cslJson: (kind: CitationKind, slug: string) => `/citer/${kind}/${slug}.json`,
};

/**
 * The meta tags reference managers read (Zotero, Mendeley…): Highwire Press `citation_*` and their
 * Dublin Core equivalents, `DC.*`.
 */
export function citationMetaTags(record: CitationRecord): { name: string; content: string }[] {
  const date = record.date.replace(/-/g, '/');
  return [
    { name: 'citation_title', content: record.title },
    ...record.authors.map((author) => ({ name: 'citation_author', content: author })),
    { name: 'citation_publication_date', content: date },
    { name: 'citation_date', content: date },
    { name: 'citation_publisher', content: record.publisher },
    ...(record.kind === 'chapitres' ? [] : [{ name: 'citation_journal_title', content: record.publisher }]),
    { name: 'citation_public_url', content: record.url },
    { name: 'citation_language', content: record.language },
    { name: 'DC.title', content: record.title },
    ...record.authors.map((author) => ({ name: 'DC.creator', content: author })),
    { name: 'DC.date', content: record.date },
    { name: 'DC.publisher', content: record.publisher },
    { name: 'DC.identifier', content: record.url },
    { name: 'DC.language', content: record.language },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.format', content: 'text/html' },
    ...(record.originalUrl ? [{ name: 'DC.source', content: record.originalUrl }] : []),
    { name: 'DCTERMS.isPartOf', content: siteTitle },
  ];
}

/** The key a BibTeX entry is cited by: `chronique-<kind>-<slug>`. */
export const bibtexKey = (record: CitationRecord) => `chronique-${record.kind}-${record.slug}`;

/** A BibTeX field value: TeX's special characters escaped, text kept in UTF-8 (biber and Zotero read it). */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (char) => (char === '\\' ? '\\textbackslash{}' : char === '^' ? '\\textasciicircum{}' : char === '~' ? '\\textasciitilde{}' : `\\${char}`));
}

/**
 * The reference as a BibTeX entry (biblatex fields, read by Zotero, JabRef and biber): a chapter is
 * `@online`, a source `@article` of subtype newspaper whose journal is its outlet.
 */
export function bibtex(record: CitationRecord): string {
  const fields: [string, string][] = [
    ['title', `{${bibtexText(record.title)}}`],
    ...(record.authors.length > 0 ? [['author', record.authors.map((author) => `{${bibtexText(author)}}`).join(' and ')] as [string, string]] : []),
    ['date', record.date],
    ['year', record.date.slice(0, 4)],
    ...(record.kind === 'chapitres'
      ? ([
          ['organization', bibtexText(record.publisher)],
          ['publisher', bibtexText(record.publisher)],
        ] as [string, string][])
      : ([
          ['journaltitle', bibtexText(record.publisher)],
          ['journal', bibtexText(record.publisher)],
          ['entrysubtype', 'newspaper'],
        ] as [string, string][])),
    ['url', record.url],
    ['langid', record.language === 'fr' ? 'french' : record.language],
    ['abstract', bibtexText(record.abstract)],
    ['note', bibtexText([record.kind === 'sources' ? `Texte reproduit et annoté dans ${siteTitle}` : siteTitle, record.basedOn, record.originalUrl ? `original : ${record.originalUrl}` : undefined].filter(Boolean).join(' ; '))],
  ];
  const type = record.kind === 'chapitres' ? 'online' : 'article';
  return `@${type}{${bibtexKey(record)},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

/** A CSL-JSON item (Citation Style Language), as Zotero and pandoc read it. */
export interface CslItem {
  id: string;
  type: 'webpage' | 'article-newspaper';
  title: string;
  author?: { literal: string }[];
  issued: { 'date-parts': [number[]] };
  publisher: string;
  'container-title': string;
  URL: string;
  language: string;
  abstract: string;
  note?: string;
}

/** The reference as CSL-JSON: an array of one item. */
export function cslJson(record: CitationRecord): CslItem[] {
  const note = [record.basedOn, record.originalUrl ? `Original : ${record.originalUrl}` : undefined].filter(Boolean).join(' ; ');
  return [
    {
      id: bibtexKey(record),
      type: record.kind === 'chapitres' ? 'webpage' : 'article-newspaper',
      title: record.title,
      ...(record.authors.length > 0 ? { author: record.authors.map((literal) => ({ literal })) } : {}),
      issued: { 'date-parts': [record.date.split('-').map(Number)] },
      publisher: record.publisher,
      'container-title': record.kind === 'chapitres' ? siteTitle : record.publisher,
      URL: record.url,
      language: record.language === 'fr' ? 'fr-FR' : record.language,
      abstract: record.abstract,
      ...(note ? { note } : {}),
    },
  ];
}

/** A piece of a formatted reference: text, in italics when it is a title of a whole. */
export interface CitationPart {
  text: string;
  italic?: boolean;
}

const nbsp = '\u00a0';

/**
 * The reference in ISO 690 as French libraries and universities use it: author in capitals, title,
 * "In :" the whole it belongs to in italics, "[en ligne]", publisher and date, then the address
 * ("Disponible à l’adresse : …") and a "[consulté le …]" for the reader to fill in.
 */
export function iso690(record: CitationRecord): CitationPart[] {
  const colon = `${nbsp}:`;
  const authors = record.authors.map((author) => author.toLocaleUpperCase('fr')).join(', ');
  if (record.kind === 'chapitres') {
    return [
      { text: `${authors}. ${record.title}. In${colon} ` },
      { text: siteTitle, italic: true },
      { text: ` [en ligne]. ${record.publisher}, ${record.dateText}. [Consulté le …]. Disponible à l’adresse${colon} ${record.url}` },
    ];
  }
  return [
    { text: `${record.title}. ` },
    { text: record.publisher, italic: true },
    { text: ` [en ligne]. ${capitalise(record.dateText)}.${record.basedOn ? ` ${record.basedOn}.` : ''} Reproduit dans${colon} ` },
    { text: siteTitle, italic: true },
    { text: `. [Consulté le …]. Disponible à l’adresse${colon} ${record.url}` },
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}
