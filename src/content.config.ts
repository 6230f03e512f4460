import { defineCollection } from 'astro:content';
import { contentLoaders } from './content-loader';

/**
 * Editor-owned content lives in `content/` and `seeds/` at the project root. One loader reads it,
 * checks it with the schemas of src/lib/schemas/ (with file and line), annotates and renders the
 * articles, and fills every collection (src/content-loader.ts).
 */
const loaders = contentLoaders();

export const collections = {
  articles: defineCollection({ loader: loaders.articles }),
  actors: defineCollection({ loader: loaders.actors }),
  places: defineCollection({ loader: loaders.places }),
  glossary: defineCollection({ loader: loaders.glossary }),
  events: defineCollection({ loader: loaders.events }),
  chapters: defineCollection({ loader: loaders.chapters }),
};
