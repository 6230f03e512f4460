import type { Root } from 'mdast';
import type { TextBlock } from '../article/blocks';
import type { Actor } from '../schemas/actor';
import type { Article } from '../schemas/article';
import type { Chapter } from '../schemas/chapter';
import type { Event } from '../schemas/event';
import type { GlossaryTerm } from '../schemas/glossary-term';
import type { Place } from '../schemas/place';
import type { ChapterCitations } from '../opendata/chapter-citations';
import type { Position } from './yaml-source';

/** What the pages need of an entry: its id, its file and its validated data. */
export interface SiteEntry<Data> {
  id: string;
  file: string;
  data: Data;
}

/** An entry of a collection with where it came from, so later checks can point at its lines. */
export interface Entry<Data> extends SiteEntry<Data> {
  locate: (path: readonly PropertyKey[]) => Position;
}

export interface ArticleEntry extends Entry<Article> {
  /** The MDX body, frontmatter lines blanked so positions match the file. */
  body: string;
  tree: Root;
  blocks: TextBlock[];
  /** The article's text as the seed gives it (seed minus title and boilerplate), one line per block. */
  text: string;
  seedText: string;
}

export interface ChapterEntry extends Entry<Chapter> {
  tree: Root;
  /** Reading time, in minutes. */
  minutes: number;
  /** The events and sources the chapter cites, in reading order. */
  citations: ChapterCitations;
}

/** All of Chronique's editor-owned content, validated. */
export interface Project {
  actors: Map<string, Entry<Actor>>;
  places: Map<string, Entry<Place>>;
  glossary: Map<string, Entry<GlossaryTerm>>;
  events: Map<string, Entry<Event>>;
  articles: Map<string, ArticleEntry>;
  chapters: Map<string, ChapterEntry>;
}

/** An article as pages read it: its metadata and the text of its seed, served raw. */
export interface SiteArticle extends SiteEntry<Article> {
  seedText: string;
}

export interface SiteChapter extends SiteEntry<Chapter> {
  minutes: number;
  /** The events and sources the chapter cites, in reading order. */
  citations: ChapterCitations;
}

/** The content as the pages read it from Astro's content layer: no positions, no syntax trees. */
export interface SiteProject {
  actors: Map<string, SiteEntry<Actor>>;
  places: Map<string, SiteEntry<Place>>;
  glossary: Map<string, SiteEntry<GlossaryTerm>>;
  events: Map<string, SiteEntry<Event>>;
  articles: Map<string, SiteArticle>;
  chapters: Map<string, SiteChapter>;
}
