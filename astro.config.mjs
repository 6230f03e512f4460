// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { loadContentOrExit } from './src/integrations/load-content.ts';
import { siteBase, siteUrl } from './src/lib/site/deployment.ts';

const project = loadContentOrExit();

export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  base: siteBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      // Smart quotes would change the sources' punctuation: the text must stay exact.
      smartypants: false,
      remarkPlugins: [],
      rehypePlugins: [],
    }),
  },
  integrations: [mdx()],
});
