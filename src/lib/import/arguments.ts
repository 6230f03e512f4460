import type { ContentError } from '../content/content-error';

export interface ImportArguments {
  /** The .txt file to import, as the editor typed it. */
  path: string;
  slug?: string;
}

/** `--accept <slug>[:c1,e2]`: copy the chronology proposals of an import into the events. */
export interface AcceptArguments {
  accept: { slug: string; ids: string[] | undefined };
}

const usage = 'npm run new:article -- <article.txt> [--slug <slug>], or npm run new:article -- --accept <slug>[:c1,e1]';

/** Reads `<path> [--slug <slug>]` (in any order); a mistake is reported against the command line. */
export function parseImportArguments(argv: readonly string[]): ImportArguments | AcceptArguments | ContentError {
  const accept = argv.findIndex((arg) => arg === '--accept' || arg.startsWith('--accept='));
  if (accept !== -1) {
    const value = argv[accept]!.includes('=') ? argv[accept]!.slice('--accept='.length) : argv[accept + 1];
    if (value === undefined || value.startsWith('--') || !/^[a-z0-9-]+(?::[ce]\d+(?:,[ce]\d+)*)?$/.test(value)) {
      return commandLineError('Missing or unexpected value after --accept, expected the article’s slug, optionally with proposal ids ("hama-tombe" or "hama-tombe:c1,e2")', usage);
    }
    if (argv.length !== (argv[accept]!.includes('=') ? 1 : 2)) return commandLineError('Unexpected arguments besides --accept, expected only --accept <slug>[:ids]', usage);
    const [slug, ids] = value.split(':');
    return { accept: { slug: slug!, ids: ids?.split(',') } };
  }
  const paths: string[] = [];
  let slug: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--slug') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) return commandLineError('Missing value after --slug, expected a slug such as "hama-tombe"', usage);
      slug = value;
      index++;
    } else if (arg.startsWith('--slug=')) {
      slug = arg.slice('--slug='.length);
    } else if (arg.startsWith('--')) {
      return commandLineError(`Unexpected option ${JSON.stringify(arg)}, expected --slug or --accept`, usage);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length !== 1) {
    return commandLineError(paths.length === 0 ? 'Missing the path of the .txt article to import' : `Unexpected ${paths.length} files, expected one .txt article per import`, usage);
  }
  return { path: paths[0]!, ...(slug !== undefined ? { slug } : {}) };
}

function commandLineError(message: string, fix: string): ContentError {
  return { file: 'command line', line: 1, column: 1, message, fix };
}
