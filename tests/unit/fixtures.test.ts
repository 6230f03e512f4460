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
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s fails with the exact error, and no file is touched', (name) => {
    const caseDir = join(badRoot, name);
    const before = readTree(caseDir);
    const expected = readFileSync(join(caseDir, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    const { errors } = checkProject(fixtureProject(caseDir));
    expect(sortContentErrors(errors).map(formatContentError)).toEqual(expected);
    expect(readTree(caseDir)).toEqual(before);
  });
});
