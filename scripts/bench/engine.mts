/**
 * `tsx scripts/bench/engine.mts [--articles 1000] [--runs 3] [--against <checkout>]`: the annotation
 * engine alone, timed on the bench's synthetic corpus: mentions, dates and statements of every
 * article, as the content loader computes them (gazetteer and matcher built once). With `--against`,
 * the same corpus is annotated by the engine of another checkout of Chronique (e.g. a `git worktree`
 * of an older commit), so that the cost of a change to the engine reads apart from the rest of the
 * build. Prints the median of the runs in CPU seconds (the machine may be shared) and ms per article.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readProjectFiles } from '../../src/lib/content/content-files';
import { loadProject } from '../../src/lib/content/load-project';
import { corpusSource, generateCorpus } from './corpus';
import { prepareChroniqueCopy } from './workspace.mts';

interface Options {
  articles: number;
  runs: number;
  against?: string;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { articles: 1000, runs: 3 };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const next = argv[++index];
    if (next === undefined) fail(`Missing value after ${arg}`);
    if (arg === '--articles' || arg === '--runs') {
      const value = Number(next);
      if (!Number.isInteger(value) || value < 1) fail(`Unexpected ${arg} ${JSON.stringify(next)}, expected a whole number`);
      options[arg === '--articles' ? 'articles' : 'runs'] = value;
    } else if (arg === '--against') options.against = resolve(next);
    else fail(`Unexpected argument ${JSON.stringify(arg)}, expected --articles <n>, --runs <n> or --against <checkout>`);
  }
  return options;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The three functions the loader calls, from the engine of one checkout. */
interface Engine {
  buildGazetteer(project: unknown): unknown;
  compileMentionMatcher(gazetteer: unknown): unknown;
  annotateArticle(tree: unknown, options: { file: string; published: string; gazetteer: unknown; matcher: unknown }): unknown;
}

async function loadEngine(root: string): Promise<Engine> {
  const from = (file: string) => import(pathToFileURL(join(root, 'src/lib/annotate', file)).href);
  const [gazetteer, mentions, article] = await Promise.all([from('gazetteer.ts'), from('mentions.ts'), from('annotate-article.ts')]);
  return { buildGazetteer: gazetteer.buildGazetteer, compileMentionMatcher: mentions.compileMentionMatcher, annotateArticle: article.annotateArticle };
}

const options = parseOptions(process.argv.slice(2));
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'chronique-engine-'));
try {
  const corpus = generateCorpus(corpusSource(loadProject(readProjectFiles(root)).project), { articles: options.articles });
  prepareChroniqueCopy(root, work, corpus.files);
  const { project } = loadProject(readProjectFiles(work));
  const articles = [...project.articles.values()];
  const engines = [{ name: 'this checkout', root }, ...(options.against ? [{ name: options.against, root: options.against }] : [])];
  const medians: number[] = [];
  for (const { name, root: engineRoot } of engines) {
    const engine = await loadEngine(engineRoot);
    const times: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      // CPU time, not wall time: the machine is shared, and other processes' load would be counted.
      const started = process.cpuUsage();
      const gazetteer = engine.buildGazetteer(project);
      const matcher = engine.compileMentionMatcher(gazetteer);
      for (const article of articles) engine.annotateArticle(article.tree, { file: article.file, published: article.data.published, gazetteer, matcher });
      const used = process.cpuUsage(started);
      times.push((used.user + used.system) / 1000);
    }
    const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    medians.push(median);
    console.log(`${name}: ${(median / 1000).toFixed(1)} s of CPU for ${articles.length} articles, ${(median / articles.length).toFixed(1)} ms/article (median of ${options.runs}: ${times.map((time) => (time / 1000).toFixed(1)).join(', ')} s)`);
  }
  if (medians.length === 2) console.log(`difference: ${((medians[0]! - medians[1]!) / 1000).toFixed(1)} s of CPU (this checkout minus the other)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
