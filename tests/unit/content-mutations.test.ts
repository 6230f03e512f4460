import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check-project';
import { formatContentError } from '../../src/lib/content/content-error';
import { readProjectFiles } from '../../src/lib/content/content-files';
import { readTree } from '../helpers/fixtures';
import { projectRoot } from '../helpers/project';

/**
 * A careless editor on real content: a copy of the repository's registry, two of its articles with
 * their seeds, and the events that cite only those, in a temporary folder. Each run breaks one file
 * the way a bad save or a clumsy edit does, and the check must still answer with errors in our format.
 */
const articles = ['avia-pro-contre-attaque-hama', 'hts-entre-dans-homs'];
const root = mkdtempSync(join(tmpdir(), 'chronique-mutations-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

for (const folder of ['content/actors', 'content/places', 'content/glossary']) cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
mkdirSync(join(root, 'content/articles'), { recursive: true });
mkdirSync(join(root, 'content/events'), { recursive: true });
mkdirSync(join(root, 'seeds'), { recursive: true });
const manifest = readFileSync(join(projectRoot, 'seeds/SHA256SUMS'), 'utf8').split('\n');
const seeds: string[] = [];
for (const slug of articles) {
  const text = readFileSync(join(projectRoot, 'content/articles', `${slug}.mdx`), 'utf8');
  writeFileSync(join(root, 'content/articles', `${slug}.mdx`), text);
  const seed = /^seed: (.+)$/m.exec(text)![1]!.trim();
  seeds.push(seed);
  cpSync(join(projectRoot, 'seeds', seed), join(root, 'seeds', seed));
}
writeFileSync(join(root, 'seeds/SHA256SUMS'), `${manifest.filter((line) => seeds.some((seed) => line.endsWith(`  ${seed}`))).join('\n')}\n`);
for (const name of readdirSync(join(projectRoot, 'content/events'))) {
  const text = readFileSync(join(projectRoot, 'content/events', name), 'utf8');
  const claims = (parse(text) as { claims: { article: string }[] }).claims;
  if (claims.every((claim) => articles.includes(claim.article))) writeFileSync(join(root, 'content/events', name), text);
}

const files = [...readTree(root).keys()].filter((path) => path !== 'seeds/SHA256SUMS').sort();

type Mutation = (lines: string[], text: string) => string;
const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.nat().map((at) => ({ name: `delete line ${at}`, apply: (lines: string[]) => lines.filter((_, index) => index !== at % lines.length).join('\n') })),
  fc.nat().map((at) => ({ name: `duplicate line ${at}`, apply: (lines: string[]) => lines.flatMap((line, index) => (index === at % lines.length ? [line, line] : [line])).join('\n') })),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => ({
    name: `swap lines ${a} and ${b}`,
    apply: (lines: string[]) => {
      const swapped = [...lines];
      const [i, j] = [a % lines.length, b % lines.length];
      [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
      return swapped.join('\n');
    },
  })),
  fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), fc.constantFrom('\u200b', '\u202e', '\u0000', '\t', '\r', '{', '<', ':::', '"', '&a *a', '\ufeff')).map(([at, unicode, special]) => ({
    name: `insert ${JSON.stringify(unicode + special)} at ${at}`,
    apply: (_: string[], text: string) => {
      const index = at % (text.length + 1);
      return text.slice(0, index) + unicode + special + text.slice(index);
    },
  })),
  fc.nat().map((at) => ({ name: `truncate at ${at}`, apply: (_: string[], text: string) => text.slice(0, at % (text.length + 1)) })),
);

describe('the check on real content broken at random', () => {
  it('starts from a copy without mistakes', () => {
    expect(checkProject(readProjectFiles(root)).errors.map(formatContentError)).toEqual([]);
  }, 60_000);

  it('never throws, reports every mistake at file:line:column, and never writes a file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), mutation, (path, change) => {
        const original = readFileSync(join(root, path), 'utf8');
        const mutated = change.apply(original.split('\n'), original);
        writeFileSync(join(root, path), mutated);
        try {
          const before = readTree(root);
          const { errors, warnings } = checkProject(readProjectFiles(root));
          for (const error of [...errors, ...warnings]) {
            expect(formatContentError(error)).toMatch(/^[\w./~#-]+:\d+:\d+ {2}\S/);
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.column).toBeGreaterThanOrEqual(1);
          }
          expect(readTree(root)).toEqual(before);
        } finally {
          writeFileSync(join(root, path), original);
        }
      }),
      // Modest by default so that npm test stays fast; MUTATION_RUNS=500 for a longer hunt.
      { numRuns: Number(process.env['MUTATION_RUNS'] ?? 12) },
    );
  }, 1_800_000);
});
