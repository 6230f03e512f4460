/**
 * `tsx scripts/bench/prepare.mts <dir> [--articles 1000]`: writes the bench's Chronique copy with a
 * synthetic corpus of N articles to <dir>, to build or profile it by hand
 * (e.g. `NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" npx astro build` inside it).
 */
import { readProjectFiles } from '../../src/lib/content/content-files';
import { loadProject } from '../../src/lib/content/load-project';
import { corpusSource, generateCorpus } from './corpus';
import { prepareChroniqueCopy } from './workspace.mts';

const [target, ...rest] = process.argv.slice(2);
const index = rest.indexOf('--articles');
const articles = index === -1 ? 1000 : Number(rest[index + 1]);
if (!target || !Number.isInteger(articles) || articles < 1) {
  console.error('Expected `tsx scripts/bench/prepare.mts <dir> [--articles 1000]`');
  process.exit(2);
}
const root = process.cwd();
const corpus = generateCorpus(corpusSource(loadProject(readProjectFiles(root)).project), { articles });
prepareChroniqueCopy(root, target, corpus.files);
console.log(`${target}: Chronique with ${articles} synthetic articles and ${corpus.events.length} events`);
