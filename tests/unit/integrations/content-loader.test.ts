import { EventEmitter } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { contentLoaders } from '../../../src/content-loader';
import { readArticlePayload, type PayloadRef } from '../../../src/lib/content/article-payloads';
import { buildContent, type ArticleData, type StoredArticle } from '../../../src/lib/content/build-content';
import { readProjectFiles } from '../../../src/lib/content/content-files';
import { engineDigest } from '../../../src/lib/content/engine-digest';
import { fixturesRoot } from '../../helpers/fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'chronique-loader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** The valid base project, with a bad case laid over it, as real files. */
function projectOnDisk(badCase?: string): string {
  const root = mkdtempSync(join(scratch, 'project-'));
  cpSync(join(fixturesRoot, 'base'), root, { recursive: true });
  if (badCase) cpSync(join(fixturesRoot, 'bad', badCase), root, { recursive: true });
  return root;
}

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  rendered?: { html: string; metadata?: { headings?: unknown[] } };
}

/** Astro's data store, as much of it as the loader uses: an entry with an unchanged digest is not written again. */
function memoryStore() {
  const entries = new Map<string, StoredEntry>();
  const writes: string[] = [];
  return {
    entries,
    writes,
    get: (id: string) => entries.get(id),
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
    set(entry: StoredEntry) {
      if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, structuredClone(entry));
      writes.push(entry.id);
      return true;
    },
  };
}

type Watcher = EventEmitter & { add(path: string): void };

/** Runs the loaders the way Astro does: every collection's load() at once, each with its own store. */
async function sync(root: string, stores = new Map<string, ReturnType<typeof memoryStore>>(), watcher?: Watcher) {
  const loaders = contentLoaders();
  const info = vi.fn();
  await Promise.all(
    Object.entries(loaders).map(([name, loader]) => {
      if (!stores.has(name)) stores.set(name, memoryStore());
      const context = { collection: name, store: stores.get(name)!, config: { root: pathToFileURL(`${root}/`), base: '/' }, logger: { info, warn: info, error: info }, watcher } as unknown as LoaderContext;
      return loader.load(context);
    }),
  );
  return { stores, info };
}

describe('the content loader', () => {
  it('fills every collection from one reading, articles with their annotated HTML and a digest', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const root = projectOnDisk();
    const { stores } = await sync(root);
    expect(stores.get('actors')!.keys().length).toBeGreaterThan(0);
    expect(stores.get('events')!.keys()).toContain('2024-11-27-offensive-alep');
    const article = stores.get('articles')!.get('alep-tombe')!;
    expect(article.digest).toMatch(/^[0-9a-f]{32}$/);
    // The store keeps the metadata; the blocks, HTML and seed text are in files named by the article's digest.
    expect(Object.keys(article.data)).toEqual(['article', 'payload']);
    expect(article.rendered).toBeUndefined();
    const payload = readArticlePayload(article.data['payload'] as PayloadRef);
    expect(payload.html).toMatch(/^<p id="p-[0-9a-f]+">/);
    expect(payload.html).toContain('class="mention mention-');
    // The blocks come back from their file exactly as the engine made them.
    const built = buildContent(readProjectFiles(root), { base: '/', engine: engineDigest(root), drafts: 'exclude', today: '2026-12-02', previous: () => undefined });
    expect(payload.blocks.length).toBeGreaterThan(0);
    expect(payload.blocks).toEqual(built.items.articles.find((item) => item.id === 'alep-tombe')!.data['blocks']);
    expect(payload.seedText).toBe(readFileSync(join(root, 'seeds', (article.data['article'] as { seed: string }).seed), 'utf8'));
  });

  it('annotates again only the articles whose inputs changed', () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const root = projectOnDisk();
    const stored = new Map<string, StoredArticle>();
    const first = buildContent(readProjectFiles(root), { base: '/', engine: 'engine-1', drafts: 'exclude', today: '2026-12-02', previous: () => undefined });
    for (const item of first.items.articles) stored.set(item.id, { digest: item.digest, blocks: (item.data as unknown as ArticleData).blocks, rendered: item.rendered! });
    expect(first.reused).toEqual([]);
    expect(first.annotated.length).toBeGreaterThan(0);
    const again = buildContent(readProjectFiles(root), { base: '/', engine: 'engine-1', drafts: 'exclude', today: '2026-12-02', previous: (id) => stored.get(id) });
    expect(again.annotated).toEqual([]);
    expect(again.reused).toEqual(first.annotated);
    expect(again.items.articles).toEqual(first.items.articles);
    // Other engine code may annotate differently: everything is annotated again.
    expect(buildContent(readProjectFiles(root), { base: '/', engine: 'engine-2', drafts: 'exclude', today: '2026-12-02', previous: (id) => stored.get(id) }).reused).toEqual([]);
    // Another base path changes every link: everything is rendered again.
    expect(buildContent(readProjectFiles(root), { base: '/chronique/', engine: 'engine-1', drafts: 'exclude', today: '2026-12-02', previous: (id) => stored.get(id) }).reused).toEqual([]);
    // So does a change to the registry (an actor's name is in the HTML).
    const actor = join(root, 'content/actors/osdh.yaml');
    writeFileSync(actor, `${readFileSync(actor, 'utf8')}\n`);
    expect(buildContent(readProjectFiles(root), { base: '/', engine: 'engine-1', drafts: 'exclude', today: '2026-12-02', previous: (id) => stored.get(id) }).reused).toEqual([]);
  });

  it('reuses the payload files of unchanged articles, redoes one whose files are gone and removes stale ones', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const root = projectOnDisk();
    const { stores } = await sync(root);
    const folder = join(root, 'node_modules/.astro/chronique/articles');
    const files = readdirSync(folder).sort();
    expect(files.length).toBe(3 * stores.get('articles')!.keys().length);

    const again = await sync(root, stores);
    expect(again.info).toHaveBeenCalledWith(expect.stringMatching(/^0 article annoté, 1 repris tel quel /));
    expect(readdirSync(folder).sort()).toEqual(files);

    // Astro empties its store when its config changes: the payloads are found by digest all the same.
    const emptied = await sync(root);
    expect(emptied.info).toHaveBeenCalledWith(expect.stringMatching(/^0 article annoté, 1 repris tel quel /));
    expect(readdirSync(folder).sort()).toEqual(files);

    // A payload lost (a cache cleared by hand, a build stopped halfway): that article is annotated again.
    rmSync(join(folder, files.find((name) => name.endsWith('.html'))!));
    const repaired = await sync(root, stores);
    expect(repaired.info).toHaveBeenCalledWith(expect.stringMatching(/^1 article annoté, /));
    expect(readdirSync(folder).sort()).toEqual(files);

    // An edited article gets new files under its new digest; the old ones go.
    const article = join(root, 'content/articles/alep-tombe.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^summary: (.*)$/m, 'summary: $1 Modifié.'));
    await sync(root, stores);
    const after = readdirSync(folder).sort();
    expect(after.length).toBe(files.length);
    expect(after.filter((name) => name.startsWith('alep-tombe.'))).not.toEqual(files.filter((name) => name.startsWith('alep-tombe.')));
  });

  it('stops the build on a mistake with every error in our format, no stack trace', async () => {
    const output: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => (output.push(String(text)), true));
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    await sync(projectOnDisk('event-impossible-date'));
    expect(exit).toHaveBeenCalledWith(1);
    expect(output.join('')).toMatch(/Chronique : 1 erreur dans le contenu, le site n'est pas construit\.\n\n {2}content\/events\/2024-11-27-offensive-alep\.yaml:1:7 {2}Unexpected date "2024-11-31"/);
    expect(output.join('')).not.toMatch(/\n\s+at /);
  });
});

describe('the content loader in astro dev', () => {
  it('checks an edit again, keeps the last good content on a mistake, and takes the fix', async () => {
    vi.useFakeTimers();
    try {
      const output: string[] = [];
      vi.spyOn(process.stderr, 'write').mockImplementation((text) => (output.push(String(text)), true));
      const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
      const root = projectOnDisk();
      const watcher = Object.assign(new EventEmitter(), { add: vi.fn() }) as Watcher;
      const { stores } = await sync(root, undefined, watcher);
      expect(watcher.add).toHaveBeenCalledWith(join(root, 'content/articles'));
      const events = stores.get('events')!;
      const good = events.get('2024-11-27-offensive-alep')!;

      const eventFile = join(root, 'content/events/2024-11-27-offensive-alep.yaml');
      const original = readFileSync(eventFile, 'utf8');
      cpSync(join(fixturesRoot, 'bad/event-impossible-date'), root, { recursive: true });
      watcher.emit('change', eventFile);
      await vi.advanceTimersByTimeAsync(200);
      expect(exit).not.toHaveBeenCalled();
      expect(output.join('')).toMatch(/l'aperçu garde la dernière version correcte\.\n\n {2}content\/events\/2024-11-27-offensive-alep\.yaml:1:7 {2}Unexpected date "2024-11-31"/);
      expect(events.get('2024-11-27-offensive-alep')).toEqual(good);

      const actorWrites = stores.get('actors')!.writes.length;
      writeFileSync(eventFile, original.replace('title: ', 'title: Corrigé — '));
      watcher.emit('change', eventFile);
      await vi.advanceTimersByTimeAsync(200);
      expect(String(events.get('2024-11-27-offensive-alep')!.data['title'])).toMatch(/^Corrigé — /);
      // What did not change is not written again.
      expect(stores.get('actors')!.writes.length).toBe(actorWrites);

      // A file outside the content is not the loader's business.
      const writes = events.writes.length;
      watcher.emit('change', join(root, 'src/pages/index.astro'));
      await vi.advanceTimersByTimeAsync(200);
      expect(events.writes.length).toBe(writes);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('engineDigest(root)', () => {
  it('changes when a file of the annotation engine changes, and only then', () => {
    const root = projectOnDisk();
    mkdirSync(join(root, 'src/lib/annotate'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ devDependencies: { 'french-verbs-lefff': '^3.4.0' } }));
    writeFileSync(join(root, 'src/lib/annotate/dates.ts'), 'export const a = 1;\n');
    const before = engineDigest(root);
    expect(engineDigest(root)).toBe(before);
    writeFileSync(join(root, 'src/lib/annotate/dates.ts'), 'export const a = 2;\n');
    expect(engineDigest(root)).not.toBe(before);
  });
});
