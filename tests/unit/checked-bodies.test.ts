import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keptCheckedBodies } from '../../src/lib/content/checked-bodies';
import { readProjectFiles, type ProjectFiles } from '../../src/lib/content/content-files';
import { loadProject, type CheckedBodies } from '../../src/lib/content/load-project';
import { projectRoot } from '../helpers/project';

const scratch = mkdtempSync(join(tmpdir(), 'chronique-checked-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function memo(): CheckedBodies & { keys: Set<string> } {
  const keys = new Set<string>();
  return { keys, has: (key) => keys.has(key), add: (key) => void keys.add(key) };
}

/** The project's files with one article's body changed by `edit`. */
function withArticleEdited(files: ProjectFiles, edit: (text: string) => string): { files: ProjectFiles; path: string } {
  const [first, ...rest] = files.collections.articles;
  const text = edit(new TextDecoder().decode(first!.bytes));
  return { files: { ...files, collections: { ...files.collections, articles: [{ ...first!, bytes: new TextEncoder().encode(text) }, ...rest] } }, path: first!.path };
}

describe('loadProject(files, { checkedBodies })', () => {
  const files = readProjectFiles(projectRoot);
  const plain = loadProject(files);

  it('records every article body that passes its checks, and loads the same entries', () => {
    const checked = memo();
    const loaded = loadProject(files, { checkedBodies: checked });
    expect(loaded.errors).toEqual(plain.errors);
    expect(checked.keys.size).toBe(plain.project.articles.size);
    for (const [id, entry] of loaded.project.articles) expect({ ...entry, locate: undefined }).toEqual({ ...plain.project.articles.get(id)!, locate: undefined });
  });

  it('does not parse a body checked before until its tree is asked for, and then gives the same tree and blocks', () => {
    const checked = memo();
    loadProject(files, { checkedBodies: checked });
    const again = loadProject(files, { checkedBodies: checked });
    for (const [id, entry] of again.project.articles) {
      const expected = plain.project.articles.get(id)!;
      expect(entry.text).toBe(expected.text);
      expect(entry.tree).toEqual(expected.tree);
      expect(entry.blocks).toEqual(expected.blocks);
    }
  });

  it('parses a checked body only when its tree is asked for', () => {
    // A memo that trusts every body: the code left in this one goes unseen until the tree is parsed.
    const trusting: CheckedBodies = { has: () => true, add: () => undefined };
    const { files: edited, path } = withArticleEdited(files, (text) => `${text}\n\n{oups\n`);
    expect(loadProject(edited).errors.filter((error) => error.file === path).length).toBeGreaterThan(0);
    const loaded = loadProject(edited, { checkedBodies: trusting });
    expect(loaded.errors.filter((error) => error.file === path)).toEqual([]);
    const article = [...loaded.project.articles.values()].find((entry) => entry.file === path)!;
    expect(() => article.tree).toThrow(/though an earlier build parsed the same text/);
  });

  it('checks a changed body again, and reports its mistake', () => {
    const checked = memo();
    loadProject(files, { checkedBodies: checked });
    const { files: edited, path } = withArticleEdited(files, (text) => `${text}\n\nimport Carte from './carte.astro';\n`);
    const errors = loadProject(edited, { checkedBodies: checked }).errors.filter((error) => error.file === path);
    expect(errors).toEqual(loadProject(edited).errors.filter((error) => error.file === path));
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('keptCheckedBodies(file, engine)', () => {
  it('keeps the bodies of this build for the next one, and forgets the others', () => {
    const file = join(scratch, 'kept', 'checked-articles.json');
    const first = keptCheckedBodies(file, 'engine-1');
    expect(first.has('a')).toBe(false);
    first.add('a');
    first.add('b');
    first.save();
    const second = keptCheckedBodies(file, 'engine-1');
    expect(second.has('a')).toBe(true);
    second.save();
    const third = keptCheckedBodies(file, 'engine-1');
    expect(third.has('a')).toBe(true);
    expect(third.has('b')).toBe(false);
  });

  it('ignores bodies checked by other code, and a damaged file', () => {
    const file = join(scratch, 'other.json');
    const first = keptCheckedBodies(file, 'engine-1');
    first.add('a');
    first.save();
    expect(keptCheckedBodies(file, 'engine-2').has('a')).toBe(false);
    writeFileSync(file, '{"engine":"engine-1","keys":["a"');
    expect(keptCheckedBodies(file, 'engine-1').has('a')).toBe(false);
  });
});
