import { distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import type { ContentError } from './content-error';
import type { YamlSource } from './yaml-source';

type Issue = z.core.$ZodIssue;

/**
 * Validates `source.data` against `schema`. Each Zod issue becomes a ContentError at the
 * line of the offending value, worded as "Unexpected X, expected Y" with the fix.
 */
export function validateEntry<Schema extends z.ZodType>(
  schema: Schema,
  source: YamlSource,
  file: string,
): { data: z.output<Schema> } | { errors: ContentError[] } {
  if (source.errors.length > 0) return { errors: source.errors };
  if (source.data === null || source.data === undefined) {
    return { errors: [{ file, line: 1, column: 1, message: 'Unexpected empty file, expected YAML fields', fix: 'copy an existing file of the same folder and edit it' }] };
  }
  const result = schema.safeParse(source.data);
  if (result.success) return { data: result.data };
  return {
    errors: withRenamedFields(result.error.issues, source.data).map((issue) => ({
      file,
      ...source.locate(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path),
      ...describeIssue(issue, valueAt(source.data, issue.path)),
    })),
  };
}

/**
 * A misspelt or renamed field ("titre" for "title") is one mistake, not an unknown field plus a missing
 * one: the two issues become a single custom issue at the unknown key, saying which field was meant.
 */
function withRenamedFields(issues: readonly Issue[], data: unknown): Issue[] {
  const missing = issues.filter((issue) => issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined);
  const replaced = new Set<Issue>();
  const renamed: Issue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const renamedKeys = new Set<string>();
    for (const key of issue.keys) {
      const siblings = missing.filter((candidate) => !replaced.has(candidate) && sameParent(candidate.path, issue.path));
      // A close spelling, or the only unknown field where only one field is missing ("resume" for "summary").
      const meant =
        siblings.find((candidate) => {
          const name = String(candidate.path.at(-1));
          return distance(key.toLowerCase(), name.toLowerCase()) <= Math.max(2, Math.floor(name.length / 3));
        }) ?? (issue.keys.length === 1 && siblings.length === 1 ? siblings[0] : undefined);
      if (!meant) continue;
      replaced.add(meant);
      renamedKeys.add(key);
      renamed.push({ code: 'custom', path: [...issue.path, key], message: `Unexpected field ${JSON.stringify(key)}, expected ${JSON.stringify(String(meant.path.at(-1)))}`, input: key, params: { fix: `rename it ${JSON.stringify(String(meant.path.at(-1)))}` } } as Issue);
    }
    const left = issue.keys.filter((key) => !renamedKeys.has(key));
    if (left.length < issue.keys.length) {
      replaced.add(issue);
      if (left.length > 0) renamed.push({ ...issue, keys: left });
    }
  }
  return [...issues.filter((issue) => !replaced.has(issue)), ...renamed];
}

function sameParent(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length + 1 && b.every((key, index) => a[index] === key);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: Issue, input: unknown): { message: string; fix: string } {
  const field = issue.path.length > 0 ? issue.path.join('.') : 'the file';
  switch (issue.code) {
    case 'invalid_type': {
      // A schema may say better than its type what it expects ("a day written YYYY-MM-DD").
      const ownWords = /^Unexpected .*, expected (.+)$/.exec(issue.message)?.[1];
      const expected = ownWords ?? article(issue.expected);
      if (input === undefined) {
        return { message: `Missing ${field}, expected ${expected}`, fix: `add the field "${String(issue.path.at(-1))}"${ownWords ? `: ${ownWords}` : ''}` };
      }
      return {
        message: `Unexpected ${describeValue(input)} in ${field}, expected ${expected}`,
        fix: `write ${expected}${issue.expected === 'string' && !ownWords ? ' (quote it with double quotes)' : ''}`,
      };
    }
    case 'unrecognized_keys':
      return {
        message: `Unexpected field ${issue.keys.map((key) => JSON.stringify(key)).join(', ')} in ${field}`,
        fix: 'remove it or correct its spelling (see the schema in src/lib/schemas/)',
      };
    case 'invalid_value':
      return {
        message: `Unexpected ${describeValue(input)} in ${field}, expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`,
        fix: `use one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`,
      };
    default:
      // Our schemas' own messages already name the field and say what was expected.
      // A custom issue may carry its own fix (params.fix) when "write <expected>" would not say it.
      return {
        message: /^(Unexpected|Missing) /.test(issue.message) ? issue.message : `${issue.message} (in ${field})`,
        fix: ownFix(issue) ?? fixFromMessage(issue.message),
      };
  }
}

function ownFix(issue: Issue): string | undefined {
  const fix = issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined;
  return typeof fix === 'string' ? fix : undefined;
}

function fixFromMessage(message: string): string {
  const expected = /\bexpected (.+)$/.exec(message);
  return expected ? `write ${expected[1]}` : 'correct the value';
}

function article(type: string): string {
  const names: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a group of fields' };
  return names[type] ?? type;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty value';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
