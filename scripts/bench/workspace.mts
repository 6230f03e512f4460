/**
 * Temporary sites for the benchmark: a copy of Chronique with a synthetic corpus in place of the
 * real articles, events, chapters and seeds, and a plain Astro + MDX site with the same texts.
 * Both use the project's node_modules through symlinks, one per package, so that each build keeps
 * its own caches (node_modules/.astro, node_modules/.vite) and never writes into the project's.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { GeneratedFile } from './corpus';

/** Top-level entries of the project that are not copied: installed packages, build output, caches, history. */
const notCopied = new Set(['node_modules', 'dist', '.astro', '.git', 'scratch']);
/** Caches inside node_modules that each temporary site must have for itself. */
const privateCaches = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/** Symlinks each entry of the project's node_modules into `target`/node_modules, caches left out. */
export function linkNodeModules(projectRoot: string, target: string): void {
  const source = join(projectRoot, 'node_modules');
  const modules = join(target, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(source)) {
    if (privateCaches.has(name)) continue;
    symlinkSync(join(source, name), join(modules, name));
  }
}

export function writeFiles(root: string, files: readonly GeneratedFile[]): void {
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** Folders of the copy that the synthetic corpus replaces. */
export const replacedFolders = ['content/articles', 'content/events', 'content/chapters', 'seeds'];

/** Copies Chronique to `target` and puts the corpus in place of its articles, events, chapters and seeds. */
export function prepareChroniqueCopy(projectRoot: string, target: string, corpus: readonly GeneratedFile[]): void {
  const targetInside = relative(resolve(projectRoot), resolve(target));
  cpSync(projectRoot, target, {
    recursive: true,
    filter: (path) => {
      const inside = relative(projectRoot, path);
      // A target inside the project would otherwise be copied into itself, forever.
      if (inside !== '' && inside === targetInside) return false;
      return inside === '' || !notCopied.has(inside.split(sep)[0]!);
    },
  });
  for (const folder of replacedFolders) {
    rmSync(join(target, folder), { recursive: true, force: true });
    mkdirSync(join(target, folder), { recursive: true });
  }
  writeFiles(target, corpus);
  linkNodeModules(projectRoot, target);
}

/** The files of a plain Astro 7 + @astrojs/mdx site: one layout, one page per MDX entry of a glob collection. */
export const baselineSite: GeneratedFile[] = [
  { path: 'package.json', text: `${JSON.stringify({ name: 'chronique-bench-baseline', private: true, type: 'module' }, null, 2)}\n` },
  {
    path: 'astro.config.mjs',
    text: `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ output: 'static', integrations: [mdx()] });
`,
  },
  {
    path: 'src/content.config.ts',
    text: `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }), schema: z.object({ title: z.string() }) }),
};
`,
  },
  {
    path: 'src/layouts/Layout.astro',
    text: `---
interface Props {
  title: string;
}
const { title } = Astro.props;
---
<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`,
  },
  {
    path: 'src/pages/[slug].astro',
    text: `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}>
  <h1>{entry.data.title}</h1>
  <Content />
</Layout>
`,
  },
];

export function prepareBaseline(projectRoot: string, target: string, articles: readonly GeneratedFile[]): void {
  mkdirSync(target, { recursive: true });
  writeFiles(target, [...baselineSite, ...articles]);
  linkNodeModules(projectRoot, target);
}

/**
 * The files of a plain Hugo site on the same texts: one page per article from a one-line template,
 * the floor of what building these pages costs (Debian's hugo, Go, no JavaScript toolchain).
 */
export const hugoSite: GeneratedFile[] = [
  {
    path: 'hugo.toml',
    text: `baseURL = "http://localhost/"
languageCode = "fr"
title = "Chronique (bench)"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

[markup.goldmark.renderer]
unsafe = true
`,
  },
  {
    path: 'layouts/_default/baseof.html',
    text: `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{{ .Title }}</title>
  </head>
  <body>
    <main>{{ block "main" . }}{{ end }}</main>
  </body>
</html>
`,
  },
  { path: 'layouts/_default/single.html', text: '{{ define "main" }}<h1>{{ .Title }}</h1>\n{{ .Content }}{{ end }}\n' },
  { path: 'layouts/_default/list.html', text: '{{ define "main" }}<h1>{{ .Title }}</h1>\n<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n' },
];

/** A Hugo site with the baseline's article files (Markdown with a title), renamed .md. */
export function prepareHugo(target: string, articles: readonly GeneratedFile[]): void {
  mkdirSync(target, { recursive: true });
  writeFiles(target, [...hugoSite, ...articles.map((file) => ({ path: file.path.replace(/\.mdx$/, '.md'), text: file.text }))]);
}

/** Total size of the files under `root`, in bytes (symlinks not followed). */
export function directorySize(root: string): number {
  let total = 0;
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
