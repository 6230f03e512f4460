/**
 * `npm run new:article -- <article.txt> [--slug <slug>]`: imports a text as a seed and creates the
 * stub of its article (see src/lib/import/import-plan.ts). `npm run new:article -- --accept <slug>[:c1,e1]`:
 * copies the chronology proposals left in review/<slug>-chronologie.yaml into content/events/
 * (src/lib/import/accept-proposals.ts). Run from the project root.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { formatContentError, sortContentErrors, type ContentError } from '../src/lib/content/content-error';
import { readProjectFiles } from '../src/lib/content/content-files';
import { isContentError } from '../src/lib/content/frontmatter';
import { planAcceptance } from '../src/lib/import/accept-proposals';
import { parseImportArguments } from '../src/lib/import/arguments';
import { claimReviewPath } from '../src/lib/import/claim-proposals';
import type { FileToWrite } from '../src/lib/import/import-plan';
import { planImport } from '../src/lib/import/import-plan';
import { isoDay } from '../src/lib/text/calendar';

const root = process.cwd();

function fail(errors: readonly ContentError[], written: readonly string[] = []): never {
  console.error(sortContentErrors(errors).map(formatContentError).join('\n'));
  console.error(written.length === 0 ? 'Rien n’a été écrit.' : `Déjà écrit : ${written.join(', ')}.`);
  process.exit(1);
}

const args = parseImportArguments(process.argv.slice(2));
if (isContentError(args)) fail([args]);

if (!existsSync(join(root, 'content'))) {
  fail([{ file: 'command line', line: 1, column: 1, message: `Missing content/ in ${root}, expected to run from the project root`, fix: 'run `npm run new:article -- <article.txt>` from the project, or cd to its root first' }]);
}

function writeAll(files: readonly FileToWrite[]): void {
  const written: string[] = [];
  for (const file of files) {
    const target = join(root, file.path);
    try {
      mkdirSync(dirname(target), { recursive: true });
      // "wx" fails if the file appeared since the plan was made: an editor's file is never replaced.
      writeFileSync(target, file.bytes, { flag: file.createOnly ? 'wx' : 'w' });
    } catch (error) {
      fail([{ file: file.path, line: 1, column: 1, message: `Unexpected failure writing the file (${(error as Error).message})`, fix: 'fix the cause, then run the command again' }], written);
    }
    written.push(file.path);
  }
}

if ('accept' in args) {
  const reviewPath = join(root, claimReviewPath(args.accept.slug));
  const plan = planAcceptance({
    slug: args.accept.slug,
    ids: args.accept.ids,
    reviewText: existsSync(reviewPath) ? readFileSync(reviewPath, 'utf8') : undefined,
    files: readProjectFiles(root),
    exists: (path) => existsSync(join(root, path)),
  });
  if (!plan.ok) fail(plan.errors);
  writeAll(plan.writes);
  console.log(plan.report.join('\n'));
  process.exit(0);
}

// npm runs scripts from the project root; INIT_CWD is where the editor typed the command.
const absolute = resolve(process.env['INIT_CWD'] ?? root, args.path);
const fromRoot = relative(root, absolute);
const sourcePath = (fromRoot.startsWith('..') || isAbsolute(fromRoot) ? absolute : fromRoot).split('\\').join('/');
let isFile = false;
try {
  isFile = statSync(absolute).isFile();
} catch {
  fail([{ file: sourcePath, line: 1, column: 1, message: 'Missing file, expected the path of a .txt article', fix: 'check the path (relative to the folder where you typed the command, or absolute)' }]);
}
if (!isFile) fail([{ file: sourcePath, line: 1, column: 1, message: 'Unexpected folder, expected the path of a .txt file', fix: 'give the path of the article file itself' }]);

const now = new Date();
const plan = planImport({
  sourcePath,
  sourceBytes: readFileSync(absolute),
  ...(args.slug !== undefined ? { slug: args.slug } : {}),
  today: isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate()),
  files: readProjectFiles(root),
  exists: (path) => existsSync(join(root, path)),
});
if (!plan.ok) fail(plan.errors);

writeAll(plan.writes);
console.log(plan.report.join('\n'));
