/**
 * `tsx scripts/eval/list-blocks.ts <slug>`: an article's blocks (paragraphs and intertitles) numbered
 * as the gold files count them, with their plain text, for labelling by hand.
 */
import { readProjectFiles } from '../../src/lib/content/content-files';
import { loadProject } from '../../src/lib/content/load-project';

const slug = process.argv[2];
const { project } = loadProject(readProjectFiles(process.cwd()));
const article = slug ? project.articles.get(slug) : undefined;
if (!article) {
  console.error(`usage: tsx scripts/eval/list-blocks.ts <slug>, one of: ${[...project.articles.keys()].join(', ')}`);
  process.exit(1);
}
console.log(`published: ${article.data.published}`);
article.blocks.forEach((block, index) => console.log(`\n[${index}] (${block.kind}, line ${block.line})\n${block.text}`));
