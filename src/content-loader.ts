import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { hasArticlePayload, payloadRef, prunePayloads, readArticleAnalysis, readArticleHtml, writeArticlePayload, type PayloadRef } from './lib/content/article-payloads';
import { buildContent, type ArticleData, type BuiltContent, type StoredArticle, type StoredArticleData } from './lib/content/build-content';
import { keptCheckedBodies } from './lib/content/checked-bodies';
import { formatContentError, sortContentErrors, type ContentError } from './lib/content/content-error';
import { collectionFolders, readProjectFiles, seedFolder, type CollectionName } from './lib/content/content-files';
import { isDevServer } from './lib/content/drafts';
import { engineDigest } from './lib/content/engine-digest';
import { localToday } from './lib/content/publication-day';

/** The folders whose files make the content: a change to any of them means checking it again. */
export const contentFolders: readonly string[] = [...Object.values(collectionFolders), seedFolder];

const collectionNames = Object.keys(collectionFolders) as CollectionName[];

/** The report editors read when the content has mistakes: every one of them, in our format, no stack trace. */
export function contentErrorReport(errors: readonly ContentError[]): string {
  return `Chronique : ${errors.length} ${errors.length === 1 ? 'erreur' : 'erreurs'} dans le contenu, le site n'est pas construit.\n\n${list(errors)}`;
}

export function contentWarningReport(warnings: readonly ContentError[]): string {
  return `Chronique : ${warnings.length} ${warnings.length === 1 ? 'avertissement' : 'avertissements'} (le site est construit) :\n${list(warnings)}`;
}

function list(errors: readonly ContentError[]): string {
  return sortContentErrors(errors).map((error) => `  ${formatContentError(error)}\n`).join('');
}

/**
 * Chronique's content loader: one reading of `content/` and `seeds/` feeds every collection.
 * Astro calls each collection's `load()`; the content is read, checked, annotated and rendered once,
 * when all of them have asked, and each collection's store receives its entries. An article whose
 * digest (its file, its seed, the registry, the events citing it, the engine, the base path) has a
 * payload from an earlier build keeps that annotation and HTML: a rebuild annotates only what changed.
 *
 * A mistake stops the build with the list of mistakes. In `astro dev`, the loader watches the
 * content folders: an edit is checked again, and a mistake is printed while the site keeps the last
 * good content.
 */
export function contentLoaders(): Record<CollectionName, Loader> {
  let round: Round | undefined;
  let watching = false;

  const sync = (contexts: ReadonlyMap<CollectionName, LoaderContext>, reload: boolean): boolean => {
    const articles = contexts.get('articles')!;
    const root = fileURLToPath(articles.config.root);
    const started = performance.now();
    const folder = payloadFolder(articles);
    const engine = engineDigest(root);
    const checkedBodies = keptCheckedBodies(join(folder, '..', 'checked-articles.json'), engine);
    let built: BuiltContent;
    try {
      built = buildContent(readProjectFiles(root), { base: articles.config.base, engine, drafts: isDevServer(process.argv) ? 'include' : 'exclude', today: localToday(), checkedBodies, previous: (id, digest) => storedArticle(folder, id, digest) });
      checkedBodies.save();
    } catch (error) {
      // Content mistakes never throw (they are errors in `built`): this is a fault of Chronique's own code.
      // The build stops with its stack, for whoever fixes it; the preview says it in one line and keeps
      // the last good content.
      if (!reload) throw error;
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      process.stderr.write(`\nChronique : erreur interne pendant la vérification du contenu (${reason}) ; l'aperçu garde la dernière version correcte. Signalez-la avec le nom du dernier fichier modifié.\n`);
      return false;
    }
    if (built.errors.length > 0) {
      const report = contentErrorReport(built.errors);
      if (!reload) {
        process.stderr.write(`\n${report}\n`);
        process.exit(1);
      }
      process.stderr.write(`\n${report.replace("le site n'est pas construit", "l'aperçu garde la dernière version correcte")}\n`);
      return false;
    }
    for (const name of collectionNames) write(contexts.get(name)!, built, name, folder);
    if (built.warnings.length > 0 && process.env['CHRONIQUE_QUIET'] !== '1' && !reload) process.stderr.write(`\n${contentWarningReport(built.warnings)}\n`);
    if (built.notes.length > 0 && !reload) process.stderr.write(`\nChronique : ${built.notes.length} ${built.notes.length === 1 ? 'brouillon laissé' : 'brouillons laissés'} hors du site :\n${list(built.notes)}\n`);
    articles.logger.info(`${built.annotated.length} ${built.annotated.length < 2 ? 'article annoté' : 'articles annotés'}, ${built.reused.length} ${built.reused.length < 2 ? 'repris tel quel' : 'repris tels quels'} (${Math.round(performance.now() - started)} ms)`);
    return true;
  };

  const watch = (contexts: ReadonlyMap<CollectionName, LoaderContext>) => {
    const { watcher, config } = contexts.get('articles')!;
    if (!watcher || watching) return;
    watching = true;
    const root = fileURLToPath(config.root);
    for (const folder of contentFolders) watcher.add(`${root}${root.endsWith(sep) ? '' : sep}${folder}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onFile = (path: string) => {
      const file = relative(root, path).split(sep).join('/');
      if (!contentFolders.some((folder) => file.startsWith(`${folder}/`))) return;
      clearTimeout(timer);
      // Editors save several files at once (an event and its article): check once they are all written.
      timer = setTimeout(() => {
        if (sync(contexts, true)) contexts.get('articles')!.logger.info(`Contenu relu après la modification de ${file}.`);
      }, 100);
    };
    watcher.on('change', onFile);
    watcher.on('add', onFile);
    watcher.on('unlink', onFile);
  };

  const loader = (name: CollectionName): Loader => ({
    name: `chronique-${name}`,
    load: async (context) => {
      // A new round starts when a collection asks again: Astro is syncing the content anew.
      if (!round || round.contexts.has(name)) round = newRound();
      const current = round;
      current.contexts.set(name, context);
      if (current.contexts.size === collectionNames.length) {
        sync(current.contexts, false);
        watch(current.contexts);
        current.done();
      }
      return current.finished;
    },
  });
  return Object.fromEntries(collectionNames.map((name) => [name, loader(name)])) as Record<CollectionName, Loader>;
}

interface Round {
  contexts: Map<CollectionName, LoaderContext>;
  finished: Promise<void>;
  done(): void;
}

function newRound(): Round {
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  return { contexts: new Map(), finished, done };
}

/** Beside Astro's own store, in its cache folder (`node_modules/.astro/` unless the config says otherwise). */
function payloadFolder(context: LoaderContext): string {
  const cacheDir = (context.config.cacheDir as URL | undefined) ?? new URL('node_modules/.astro/', context.config.root);
  return fileURLToPath(new URL('chronique/articles/', cacheDir));
}

/**
 * The payload an earlier build made from the same inputs, if its files are still there. It is found
 * by the article's digest, not through Astro's store, which Astro empties when its config changes.
 * A reused article's HTML and seed text stay in their files: they are read only if asked for.
 */
function storedArticle(folder: string, id: string, digest: string): StoredArticle | undefined {
  const ref = payloadRef(folder, id, digest);
  if (!hasArticlePayload(ref)) return undefined;
  const { blocks, headings } = readArticleAnalysis(ref);
  return {
    digest,
    blocks,
    rendered: { get html() { return readArticleHtml(ref); }, headings },
  };
}

function write(context: LoaderContext, built: BuiltContent, name: CollectionName, folder: string): void {
  const items = built.items[name];
  const ids = new Set(items.map((item) => item.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  if (name === 'articles') {
    const refs = items.map((item) => writeArticle(context, item, folder));
    prunePayloads(folder, refs);
    return;
  }
  for (const item of items) {
    context.store.set({
      id: item.id,
      data: item.data,
      filePath: item.filePath,
      digest: item.digest,
      ...(item.rendered ? { rendered: { html: item.rendered.html, metadata: { headings: item.rendered.headings } } } : {}),
    });
  }
}

/** An article's payload goes to its files (once per digest), its metadata and their reference to the store. */
function writeArticle(context: LoaderContext, item: BuiltContent['items']['articles'][number], folder: string): PayloadRef {
  const ref = payloadRef(folder, item.id, item.digest);
  const data = item.data as unknown as ArticleData;
  if (!hasArticlePayload(ref)) writeArticlePayload(ref, { blocks: data.blocks, html: item.rendered!.html, headings: item.rendered!.headings, seedText: data.seedText });
  const stored: StoredArticleData = { article: data.article, payload: ref };
  // The store's digest covers the folder too: Astro keeps an entry whose digest is unchanged, and a
  // project copied elsewhere must not point at the payloads of the original.
  context.store.set({ id: item.id, data: { ...stored }, filePath: item.filePath, digest: createHash('sha256').update(`${folder}\0${ref.name}`).digest('hex').slice(0, 32) });
  return ref;
}
