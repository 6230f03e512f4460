// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { remarkAnnotateOptions } from './src/integrations/annotate-options.ts';
import { loadContentOrExit } from './src/integrations/load-content.ts';
import remarkAnnotate from './src/lib/annotate/remark-annotate.ts';
import { siteBase, siteUrl } from './src/lib/site/deployment.ts';

const { project, annotations } = loadContentOrExit();
const base = siteBase(process.env.BASE_PATH);

export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      // Smart quotes would change the sources' punctuation: the text must stay exact.
      smartypants: false,
      remarkPlugins: [remarkDirective, [remarkAnnotate, remarkAnnotateOptions(project, annotations, base)]],
      rehypePlugins: [],
    }),
  },
  integrations: [mdx()],
});
