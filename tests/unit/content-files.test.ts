import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check-project';
import { formatContentError } from '../../src/lib/content/content-error';
import { largestFile, readProjectFiles } from '../../src/lib/content/content-files';
import { fixturesRoot, readTree } from '../helpers/fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'chronique-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The valid base project as real files, and a folder outside it holding a secret. */
function project(): { root: string; outside: string } {
  const root = mkdtempSync(join(scratch, 'project-'));
  cpSync(join(fixturesRoot, 'base'), root, { recursive: true });
  const outside = mkdtempSync(join(scratch, 'outside-'));
  writeFileSync(join(outside, 'secret.yaml'), 'name: SECRET-VALUE-42\nkind: ngo\ndescription: Ce fichier est hors du projet et ne doit jamais être lu.\n');
  return { root, outside };
}

const report = (root: string) => checkProject(readProjectFiles(root)).errors.map(formatContentError);

describe('reading the content folders', () => {
  it('never follows a symbolic link: the link is refused and its target is never opened', () => {
    const { root, outside } = project();
    // A link to a named pipe: opening the target would block the check for ever, so finishing proves it was not opened.
    execFileSync('mkfifo', [join(outside, 'pipe')]);
    symlinkSync(join(outside, 'pipe'), join(root, 'content/actors/tube.yaml'));
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'content/actors/secret.yaml'));
    symlinkSync('/proc/self/environ', join(root, 'content/glossary/environ.yaml'));
    symlinkSync(join(outside, 'missing.yaml'), join(root, 'content/places/pendant.yaml'));
    const errors = report(root);
    expect(errors).toEqual([
      'content/actors/secret.yaml:1:1  Unexpected symbolic link, expected a plain file inside the project (it was not read)  (fix: put the file itself here, not a link to a file elsewhere: copy it in, or import a source with `npm run new:article -- <file>`)',
      'content/actors/tube.yaml:1:1  Unexpected symbolic link, expected a plain file inside the project (it was not read)  (fix: put the file itself here, not a link to a file elsewhere: copy it in, or import a source with `npm run new:article -- <file>`)',
      'content/glossary/environ.yaml:1:1  Unexpected symbolic link, expected a plain file inside the project (it was not read)  (fix: put the file itself here, not a link to a file elsewhere: copy it in, or import a source with `npm run new:article -- <file>`)',
      'content/places/pendant.yaml:1:1  Unexpected symbolic link, expected a plain file inside the project (it was not read)  (fix: put the file itself here, not a link to a file elsewhere: copy it in, or import a source with `npm run new:article -- <file>`)',
    ]);
    expect(errors.join('\n')).not.toContain('SECRET');
  });

  it('refuses a content folder that is a link to a folder elsewhere, without reading what it holds', () => {
    const { root, outside } = project();
    rmSync(join(root, 'content/glossary'), { recursive: true });
    symlinkSync(outside, join(root, 'content/glossary'));
    const files = readProjectFiles(root);
    expect(files.collections.glossary).toEqual([]);
    expect(files.refused.map(formatContentError)).toEqual([
      'content/glossary:1:1  Unexpected symbolic link, expected a plain file inside the project (it was not read)  (fix: put the file itself here, not a link to a file elsewhere: copy it in, or import a source with `npm run new:article -- <file>`)',
    ]);
  });

  it('refuses a named pipe without opening it, and a file too large without reading it', () => {
    const { root } = project();
    execFileSync('mkfifo', [join(root, 'content/events/tube.yaml')]);
    writeFileSync(join(root, 'content/articles/enorme.mdx'), Buffer.alloc(largestFile + 1, 'a'));
    expect(report(root)).toEqual([
      'content/articles/enorme.mdx:1:1  Unexpected file of 513 KB, expected at most 512 KB (it was not read)  (fix: check that the right file was saved here; split a very long source into several articles)',
      'content/events/tube.yaml:1:1  Unexpected special file (device, socket or pipe), expected a plain file inside the project (it was not read)  (fix: put the file itself here, not a link to a file elsewhere: copy it in, or import a source with `npm run new:article -- <file>`)',
    ]);
  });

  it('reads the same files as the fixture helper for a plain project, and writes nothing', () => {
    const { root } = project();
    mkdirSync(join(root, 'content/actors/sous-dossier'));
    const before = readTree(root);
    const files = readProjectFiles(root);
    expect(files.refused).toEqual([]);
    expect([...Object.values(files.collections).flat(), ...files.seeds.values(), files.seedManifest!].map((file) => file.path).sort()).toEqual([...before.keys()].sort());
    expect(readTree(root)).toEqual(before);
  });
});
