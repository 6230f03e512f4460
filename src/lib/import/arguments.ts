import type { ContentError } from '../content/content-error';

export interface ImportArguments {
  /** The .txt file to import, as the editor typed it. */
  path: string;
  slug?: string;
}

const usage = 'npm run new:article -- <article.txt> [--slug <slug>]';

/** Reads `<path> [--slug <slug>]` (in any order); a mistake is reported against the command line. */
export function parseImportArguments(argv: readonly string[]): ImportArguments | ContentError {
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
      return commandLineError(`Unexpected option ${JSON.stringify(arg)}, expected only --slug`, usage);
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
