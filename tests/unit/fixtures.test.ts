import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError, sortContentErrors } from '../../src/lib/content/content-error';
import { checkProject } from '../../src/lib/check-project';
import { fixtureProject, fixturesRoot, readTree } from '../helpers/fixtures';

const badRoot = join(fixturesRoot, 'bad');
const cases = readdirSync(badRoot).sort();

describe('the base fixture', () => {
  it('is a valid project', () => {
    const { errors } = checkProject(fixtureProject(join(fixturesRoot, 'base')));
    expect(errors.map(formatContentError)).toEqual([]);
  });
});

describe('bad inputs', () => {
  it('has at least 94 cases, the number the README gives', () => {
    expect(cases.length).toBeGreaterThanOrEqual(94);
    const readme = readFileSync(join(fixturesRoot, '../../README.md'), 'utf8');
    expect(Number(/réunit (\d+) erreurs de saisie/.exec(readme)?.[1])).toBe(cases.length);
  });

  // expected.txt lists the errors, then the warnings as `npm run check` prints them ("avertissement  …"):
  // a harmless mistake is a warning only.
  it.each(cases)('%s fails with the exact error, and no file is touched', (name) => {
    const caseDir = join(badRoot, name);
    const before = readTree(caseDir);
    const expected = readFileSync(join(caseDir, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    const { errors, warnings } = checkProject(fixtureProject(caseDir));
    expect([...sortContentErrors(errors).map(formatContentError), ...sortContentErrors(warnings).map((warning) => `avertissement  ${formatContentError(warning)}`)]).toEqual(expected);
    expect(readTree(caseDir)).toEqual(before);
  });
});
