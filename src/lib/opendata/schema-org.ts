import type {
  Article as SchemaArticle,
  Claim,
  DefinedTerm,
  DefinedTermSet,
  Event as SchemaEvent,
  NewsArticle,
  Organization,
  Person,
  Place as SchemaPlace,
  SearchAction,
  Thing,
  WebPage,
  WebSite,
  WithActionConstraints,
} from 'schema-dts';
import type { ChronologyEvent } from '../chronology/chronology';
import type { SiteChapter, SiteEntry, SiteProject } from '../content/project';
import type { Actor } from '../schemas/actor';
import type { Article } from '../schemas/article';
import type { GlossaryTerm } from '../schemas/glossary-term';
import type { Place } from '../schemas/place';
import { paths } from '../site/paths';
import type { AbsoluteUrl } from './web-annotation';

/** The schema.org JSON-LD document of a page: one graph, the context of schema.org. */
export interface StructuredData {
  '@context': 'https://schema.org';
  '@graph': Thing[];
}

export const siteName = 'Chronique';
const siteDescription = 'L’offensive de l’opposition syrienne (27 novembre – 8 décembre 2024) racontée à partir de ses sources, chaque fait relié au passage qui le rapporte.';

/** The @id of the site and of Chronique as publisher: every page refers to them. */
export const siteIds = (absolute: AbsoluteUrl) => ({ site: `${absolute(paths.home())}#site`, publisher: `${absolute(paths.home())}#chronique` });

/** The site, with a SearchAction to `/recherche/?q=…` (the query Pagefind's page reads), and Chronique as publisher. */
export function siteNodes(absolute: AbsoluteUrl): [WebSite, Organization] {
  const ids = siteIds(absolute);
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absolute(paths.search())}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return [
    { '@type': 'WebSite', '@id': ids.site, name: siteName, url: absolute(paths.home()), description: siteDescription, inLanguage: 'fr', publisher: { '@id': ids.publisher }, potentialAction: search },
    { '@type': 'Organization', '@id': ids.publisher, name: siteName, url: absolute(paths.home()) },
  ];
}

/** The page itself, part of the site, about its main entity when it has one. */
export function webPageNode(page: { url: string; name: string; description: string }, absolute: AbsoluteUrl, mainEntity?: string): WebPage {
  return {
    '@type': 'WebPage',
    '@id': `${page.url}#page`,
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: 'fr',
    isPartOf: { '@id': siteIds(absolute).site },
    ...(mainEntity ? { mainEntity: { '@id': mainEntity } } : {}),
  };
}

/** A chapter: an Article by Chronique, citing the sources it quotes, about the events it cites. */
export function chapterNode(chapter: SiteChapter, project: SiteProject, absolute: AbsoluteUrl): SchemaArticle {
  const cited = chapter.citations;
  const url = absolute(paths.chapter(chapter.id));
  const ids = siteIds(absolute);
  return {
    '@type': 'Article',
    '@id': url,
    url,
    headline: chapter.data.title,
    name: chapter.data.title,
    description: chapter.data.summary,
    dateModified: chapter.data.updated,
    inLanguage: 'fr',
    author: { '@id': ids.publisher },
    publisher: { '@id': ids.publisher },
    isPartOf: { '@id': ids.site },
    citation: cited.sources.flatMap((slug) => {
      const article = project.articles.get(slug);
      return article ? [sourceReference(article, absolute)] : [];
    }),
    about: cited.events.flatMap((id) => {
      const event = project.events.get(id);
      return event ? [{ '@type': 'Event' as const, '@id': absolute(paths.event(event.data.date, id)), name: event.data.title }] : [];
    }),
  };
}

function sourceReference(article: SiteEntry<Article>, absolute: AbsoluteUrl): NewsArticle {
  return { '@type': 'NewsArticle', '@id': absolute(paths.source(article.id)), headline: article.data.title };
}

/**
 * A source: the news article as its outlet published it (`url` is the original's, when known),
 * based on the work it translates or republishes, archived on Chronique's page.
 */
export function sourceNode(article: SiteEntry<Article>, absolute: AbsoluteUrl): NewsArticle {
  const { data } = article;
  const original = data.originalSource;
  return {
    '@type': 'NewsArticle',
    '@id': absolute(paths.source(article.id)),
    headline: data.title,
    name: data.title,
    description: data.summary,
    inLanguage: data.language,
    datePublished: publicationDate(data),
    publisher: { '@type': 'Organization', name: data.outlet },
    ...(data.url ? { url: data.url } : {}),
    archivedAt: absolute(paths.source(article.id)),
    ...(original
      ? {
          isBasedOn: { '@type': 'CreativeWork', name: original.name, ...(original.url ? { url: original.url } : {}) },
          ...(original.relation === 'translation' && original.via ? { translator: { '@type': 'Organization', name: original.via } } : {}),
        }
      : {}),
  };
}

/** An ISO 8601 date as precise as the source's: a day, or only the month. */
export function publicationDate(data: Pick<Article, 'published' | 'publishedPrecision'>): string {
  return data.publishedPrecision === 'month' ? data.published.slice(0, 7) : data.published;
}

/** An event of the chronology: when, where (places with their coordinates). */
export function eventNode(event: ChronologyEvent, project: SiteProject, absolute: AbsoluteUrl): SchemaEvent {
  const url = absolute(paths.event(event.data.date, event.id));
  return {
    '@type': 'Event',
    '@id': url,
    url,
    name: event.data.title,
    description: event.data.summary.replace(/\s+/g, ' ').trim(),
    startDate: event.data.date,
    ...(event.data.endDate ? { endDate: event.data.endDate } : {}),
    location: event.data.places.flatMap((id) => {
      const place = project.places.get(id);
      return place ? [placeNode(place, absolute)] : [];
    }),
  };
}

/**
 * What each source says of an event, as schema.org Claims: the quoted words, where they appear (the
 * passage on the source page), who makes the claim (the actor it is attributed to, else the outlet).
 */
export function claimNodes(event: ChronologyEvent, project: SiteProject, absolute: AbsoluteUrl): Claim[] {
  const eventUrl = absolute(paths.event(event.data.date, event.id));
  return event.claims.map((claim, index) => {
    const article = project.articles.get(claim.article);
    const by = claim.by ? project.actors.get(claim.by) : undefined;
    return {
      '@type': 'Claim',
      '@id': `${eventUrl}-affirmation-${index + 1}`,
      text: claim.quote,
      about: { '@id': eventUrl },
      datePublished: claim.reported,
      author: by ? actorReference(by, absolute) : { '@type': 'Organization', name: article?.data.outlet ?? claim.article },
      appearance: {
        '@type': 'WebPageElement',
        url: absolute(`${paths.source(claim.article)}#${claim.anchor}`),
        isPartOf: { '@id': absolute(paths.source(claim.article)) },
      },
    };
  });
}

type ActorType = 'Person' | 'Organization' | 'GovernmentOrganization' | 'NGO' | 'NewsMediaOrganization';

const actorTypes: Record<Actor['kind'], ActorType> = {
  person: 'Person',
  'armed-group': 'Organization',
  state: 'Organization',
  'government-body': 'GovernmentOrganization',
  army: 'GovernmentOrganization',
  'international-organisation': 'Organization',
  media: 'NewsMediaOrganization',
  ngo: 'NGO',
};

function actorReference(actor: SiteEntry<Actor>, absolute: AbsoluteUrl): Person | Organization {
  const type = actorTypes[actor.data.kind];
  const reference = { '@id': absolute(paths.actor(actor.id)), name: actor.data.name };
  return type === 'Person' ? { '@type': 'Person', ...reference } : { '@type': type, ...reference };
}

/** An actor: a Person, or an Organization of the closest kind, with its names and affiliation. */
export function actorNode(actor: SiteEntry<Actor>, project: SiteProject, absolute: AbsoluteUrl): Person | Organization {
  const { data } = actor;
  const url = absolute(paths.actor(actor.id));
  const affiliation = data.affiliation ? project.actors.get(data.affiliation) : undefined;
  const common = {
    '@id': url,
    url,
    name: data.name,
    ...(data.aliases.length > 0 ? { alternateName: data.aliases } : {}),
    description: data.description.replace(/\s+/g, ' ').trim(),
  };
  if (actorTypes[data.kind] === 'Person') {
    return { '@type': 'Person', ...common, ...(data.role ? { jobTitle: data.role } : {}), ...(affiliation ? { affiliation: actorReference(affiliation, absolute) as Organization } : {}) };
  }
  return { '@type': actorTypes[data.kind] as Exclude<ActorType, 'Person'>, ...common, ...(affiliation ? { parentOrganization: actorReference(affiliation, absolute) as Organization } : {}) };
}

/** A place: its coordinates (GeoCoordinates) and its country and governorate. */
export function placeNode(place: SiteEntry<Place>, absolute: AbsoluteUrl): SchemaPlace {
  const { data } = place;
  return {
    '@type': 'Place',
    '@id': absolute(paths.place(place.id)),
    name: data.name,
    geo: { '@type': 'GeoCoordinates', latitude: data.latitude, longitude: data.longitude },
    address: { '@type': 'PostalAddress', addressCountry: data.country, ...(data.governorate ? { addressRegion: data.governorate } : {}) },
  };
}

/** The glossary: a DefinedTermSet whose terms are anchored on its page. */
export function glossaryNode(terms: readonly SiteEntry<GlossaryTerm>[], absolute: AbsoluteUrl): DefinedTermSet {
  const url = absolute(paths.glossary());
  return {
    '@type': 'DefinedTermSet',
    '@id': url,
    name: 'Glossaire de Chronique',
    hasDefinedTerm: terms.map(
      (term): DefinedTerm => ({ '@type': 'DefinedTerm', '@id': absolute(paths.glossary(term.id)), name: term.data.term, description: term.data.definition.replace(/\s+/g, ' ').trim(), inDefinedTermSet: { '@id': url } }),
    ),
  };
}

/** A page's JSON-LD: the site, the page, and what the page is about. */
export function structuredData(nodes: readonly Thing[]): StructuredData {
  return { '@context': 'https://schema.org', '@graph': [...nodes] };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped (`\u003c`) so that no
 * text of the content can close the element or open a comment.
 */
export function jsonLdScriptText(data: StructuredData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
