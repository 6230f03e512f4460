import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ActorSchema } from './lib/schemas/actor';
import { ArticleSchema } from './lib/schemas/article';
import { ChapterSchema } from './lib/schemas/chapter';
import { EventSchema } from './lib/schemas/event';
import { GlossaryTermSchema } from './lib/schemas/glossary-term';
import { PlaceSchema } from './lib/schemas/place';

/**
 * Editor-owned content lives in `content/` at the project root. The same schemas are checked,
 * with file and line, before Astro starts (src/integrations/load-content.ts).
 */
const yaml = (folder: string) => glob({ pattern: '*.{yaml,yml}', base: `./content/${folder}` });

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }), schema: ArticleSchema }),
  actors: defineCollection({ loader: yaml('actors'), schema: ActorSchema }),
  places: defineCollection({ loader: yaml('places'), schema: PlaceSchema }),
  glossary: defineCollection({ loader: yaml('glossary'), schema: GlossaryTermSchema }),
  events: defineCollection({ loader: yaml('events'), schema: EventSchema }),
  chapters: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/chapters' }), schema: ChapterSchema }),
};
