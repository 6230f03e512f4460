// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { remarkAnnotateOptions } from './src/integrations/annotate-options.ts';
import { contentWatch } from './src/integrations/content-watch.ts';
import { contentFolders, loadContentOrExit } from './src/integrations/load-content.ts';
import remarkAnnotate from './src/lib/annotate/remark-annotate.ts';
import { siteBase, siteUrl } from './src/lib/site/deployment.ts';

const { project, annotations, files } = loadContentOrExit();
const base = siteBase(process.env.BASE_PATH);

export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  base,
  // OUT_DIR lets tests build a second copy (another base path, a reproducibility check) beside dist/.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // The content has no code blocks; Shiki would only cost time, and its inline styles break the CSP.
    syntaxHighlight: false,
    processor: unified({
      // Smart quotes would change the sources' punctuation, and GFM would turn a bare address into
      // a link: the text must stay exact. (No content needs tables or footnotes; parse-mdx.ts agrees.)
      smartypants: false,
      gfm: false,
      remarkPlugins: [remarkDirective, [remarkAnnotate, remarkAnnotateOptions(project, annotations, base)]],
      rehypePlugins: [],
    }),
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive that Rolldown warns
        // about once per article (withastro/astro#18087, harmless): hidden so that editors see our warnings.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [contentWatch(files, contentFolders), mdx({ optimize: true }), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  security: {
    // Only the site's own resources. Pagefind's search runs WebAssembly: 'wasm-unsafe-eval'.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
