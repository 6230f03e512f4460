import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check-project';
import { formatContentError } from '../../src/lib/content/content-error';
import { groupProjectFiles } from '../../src/lib/content/content-files';
import { isDevServer } from '../../src/lib/content/drafts';
import { fixturesRoot, readTree } from '../helpers/fixtures';

/** The base fixture, its article marked as a draft and no event citing it. */
function draftProject(extra: Record<string, string> = {}) {
  const files = readTree(join(fixturesRoot, 'base'));
  const article = new TextDecoder().decode(files.get('content/articles/alep-tombe.mdx')!);
  files.set('content/articles/alep-tombe.mdx', new TextEncoder().encode(article.replace(/^framing: (.*)$/m, 'framing: $1\ndraft: true')));
  files.delete('content/events/2024-11-27-offensive-alep.yaml');
  for (const [path, text] of Object.entries(extra)) files.set(path, new TextEncoder().encode(text));
  return groupProjectFiles([...files].map(([path, bytes]) => ({ path, bytes })));
}

describe('drafts', () => {
  it('are left out of the built project and listed as notes', () => {
    const checked = checkProject(draftProject());
    expect(checked.errors.map(formatContentError)).toEqual([]);
    expect([...checked.project.articles.keys()]).toEqual([]);
    expect(checked.notes.map(formatContentError)).toEqual([
      'content/articles/alep-tombe.mdx:20:8  Draft left out of the built site (shown by npm run dev)  (fix: remove draft: true when the article is finished)',
    ]);
  });

  it('are kept, with no note, when npm run dev previews them', () => {
    const checked = checkProject(draftProject(), { drafts: 'include' });
    expect([...checked.project.articles.keys()]).toEqual(['alep-tombe']);
    expect(checked.notes).toEqual([]);
  });

  it('may keep the import’s placeholders in their prose, not in their day', () => {
    const files = draftProject();
    const article = files.collections.articles[0]!;
    const text = new TextDecoder().decode(article.bytes).replace(/^summary: .*$/m, 'summary: "À compléter : une ligne qui résume l’article."');
    article.bytes = new TextEncoder().encode(text);
    expect(checkProject(files).errors).toEqual([]);
    article.bytes = new TextEncoder().encode(text.replace(/^published: .*$/m, 'published: "À compléter : la date."'));
    expect(checkProject(files).errors.map((error) => error.message)).toEqual(['Unexpected placeholder left by the import in published "À compléter : la date.", expected the publication day, YYYY-MM-DD']);
  });

  it('are previewed by astro dev only', () => {
    expect(isDevServer(['node', 'astro', 'dev'])).toBe(true);
    expect(isDevServer(['node', 'astro', '--verbose', 'dev'])).toBe(true);
    expect(isDevServer(['node', 'astro', 'build'])).toBe(false);
    expect(isDevServer(['node', 'astro', 'check'])).toBe(false);
  });
});

describe('the build day', () => {
  it('refuses an article published after it', () => {
    const errors = checkProject(groupProjectFiles([...readTree(join(fixturesRoot, 'base'))].map(([path, bytes]) => ({ path, bytes }))), { today: '2024-11-27' }).errors;
    expect(errors.map(formatContentError)).toContain(
      'content/articles/alep-tombe.mdx:7:12  Unexpected published 2024-11-28, after the build day 2024-11-27, expected the day the text was published  (fix: correct the day: an article cannot be published after today)',
    );
  });
});
