import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contentWatch } from '../../../src/integrations/content-watch';
import { contentFolders, loadContentOrExit } from '../../../src/integrations/load-content';
import { fixturesRoot } from '../../helpers/fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'chronique-reload-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The valid base project, with a bad case laid over it, as real files. */
function projectOnDisk(badCase?: string): string {
  const root = mkdtempSync(join(scratch, 'project-'));
  cpSync(join(fixturesRoot, 'base'), root, { recursive: true });
  if (badCase) cpSync(join(fixturesRoot, 'bad', badCase), root, { recursive: true });
  return root;
}

describe('content in astro dev', () => {
  it('lists every content file to watch, and watches them only in dev', () => {
    const { files } = loadContentOrExit(projectOnDisk());
    expect(files).toEqual(expect.arrayContaining(['content/articles/alep-tombe.mdx', 'content/events/2024-11-27-offensive-alep.yaml', 'seeds/alep.txt', 'seeds/SHA256SUMS']));
    const setup = contentWatch(files, contentFolders).hooks['astro:config:setup']!;
    const watched: string[] = [];
    const call = (command: 'dev' | 'build') => (setup as (options: unknown) => void)({ command, config: { root: new URL('file:///projet/') }, addWatchFile: (path: string) => watched.push(path) });
    call('build');
    expect(watched).toEqual([]);
    call('dev');
    expect(watched).toContain('/projet/content/articles/alep-tombe.mdx');
    expect(watched).toHaveLength(files.length);
  });

  it('reports a mistake made while the dev server runs by throwing, so the server keeps the last good content', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    try {
      loadContentOrExit(projectOnDisk());
      expect(() => loadContentOrExit(projectOnDisk('event-impossible-date'))).toThrow(/content\/events\/2024-11-27-offensive-alep\.yaml:1:7 {2}Unexpected date "2024-11-31"/);
      expect(exit).not.toHaveBeenCalled();
    } finally {
      exit.mockRestore();
    }
  });
});
