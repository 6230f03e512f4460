// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteBase, siteUrl } from './src/lib/site/deployment.ts';

// The content (content/, seeds/) is read, checked, annotated and rendered by one content loader,
// src/content-loader.ts: articles and chapters are HTML by the time pages render, nothing is compiled.
const base = siteBase(process.env.BASE_PATH);

export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  base,
  // OUT_DIR lets tests build a second copy (another base path, a reproducibility check) beside dist/.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  output: 'static',
  // Pages render eight at a time: while one waits for its file to be written, another renders
  // (N = 1 000 cold, 2 cores: 16.6 s of page generation at 1, 14.6 s at 2, 13.1 s at 4, 12.6 s at 8).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // The content has no code blocks; Shiki's inline styles would break the CSP (and Astro warns about it).
  markdown: { syntaxHighlight: false },
  // A rebuild copies the pages whose data (`cacheKey`) and code are unchanged instead of rendering
  // them again: the source pages, a thousand at N = 1 000 (src/pages/sources/[slug].astro).
  experimental: { incrementalBuild: true },
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') })],
  security: {
    // Only the site's own resources. Pagefind's search runs WebAssembly: 'wasm-unsafe-eval'.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
